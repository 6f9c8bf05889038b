import Foundation
import LedeCore
import LedeKit
import LedePlugins

/// Builds the recogniser's gazetteer table from the TSV name lists in `shared/data/gazetteers`
/// (GeoNames, ISO 3166, demonyms, US Census names; see NOTICE.md) and lede's closed word lists.
enum NERGazetteerBuilder {
    typealias Classes = NERGazetteer.Classes

    /// Number of surnames kept, by frequency rank.
    static let surnameLimit = 25_000
    /// Common short names for countries and regions that the lists spell differently.
    static let countryAliases = [
        "U.S.", "US", "USA", "U.S.A.", "America", "United States", "UK", "U.K.", "Britain", "Great Britain",
        "England", "Scotland", "Wales", "Northern Ireland", "Holland", "Burma", "Ivory Coast", "Czech Republic",
        "Soviet Union", "USSR", "Yugoslavia", "Zaire", "Bosnia", "Herzegovina", "Kosovo", "Palestine",
    ]
    static let regions = [
        "Middle East", "Latin America", "Central America", "Central Asia", "Southeast Asia", "South Asia",
        "East Asia", "Balkans", "Caribbean", "Scandinavia", "Gulf", "Persian Gulf", "West Bank", "Gaza",
        "Gaza Strip", "Sahara", "Siberia", "Caucasus", "Horn of Africa", "Pacific", "Atlantic", "Arctic",
        "Antarctica", "Mediterranean", "Baltic", "Western Europe", "Eastern Europe", "North Africa",
        "West Africa", "East Africa", "Southern Africa", "Sub-Saharan Africa",
    ]

    static func build(directory: String, log2: Int, lexicon: [(String, Classes)] = []) throws -> NERGazetteer {
        var entries: [(String, Classes)] = lexicon
        func column(_ file: String, _ handle: ([String]) -> Void) throws {
            let path = directory + "/" + file
            guard let data = FileManager.default.contents(atPath: path) else { throw LedeError("cannot read \(path)") }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst()
            for line in lines { handle(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)) }
        }
        try column("countries.tsv") { if $0.count > 4 { entries.append(($0[4], .country)) } }
        try column("countries-iso3166.tsv") { row in
            for k in [3, 5] where row.count > k && !row[k].isEmpty && !row[k].contains(",") {
                entries.append((row[k], .country))
            }
        }
        entries += countryAliases.map { ($0, .country) }
        try column("cities15000.tsv") { row in
            guard row.count > 2 else { return }
            entries.append((row[1], .city))
            if row[2] != row[1] { entries.append((row[2], .city)) }
        }
        try column("us-states.tsv") { if $0.count > 1 { entries.append(($0[1], .region)) } }
        try column("continents.tsv") { if $0.count > 1 { entries.append(($0[1], .continent)) } }
        entries += regions.map { ($0, .continent) }
        try column("demonyms.tsv") { row in
            for k in [2, 3] where row.count > k {
                for name in row[k].split(separator: ",") {
                    let word = name.trimmingCharacters(in: .whitespaces)
                    guard !word.isEmpty else { continue }
                    entries.append((word, .demonym))
                    if word.hasSuffix("n") || word.hasSuffix("i") { entries.append((word + "s", .demonym)) }
                }
            }
        }
        var given: [String: (male: Double, female: Double)] = [:]
        try column("given-names-us1990.tsv") { row in
            guard row.count > 2, let percent = Double(row[2]) else { return }
            if row[1] == "M" { given[row[0], default: (0, 0)].male += percent }
            if row[1] == "F" { given[row[0], default: (0, 0)].female += percent }
        }
        for (name, share) in given {
            entries.append((name, share.male >= share.female ? .givenMale : .givenFemale))
        }
        try column("surnames-us1990.tsv") { row in
            guard row.count > 3, let rank = Int(row[3]), rank <= surnameLimit else { return }
            entries.append((row[0], .surname))
        }
        entries += Lexicon.roleHeads.words.map { ($0, .title) }
        entries += EntityVocabulary.honorifics.keys.map { ($0, .title) }
        entries += Lexicon.organizationWords.words.map { ($0, .organizationWord) }

        var table = NERGazetteer(log2: log2)
        var stored = 0
        // Sorted so the table's layout does not depend on dictionary order.
        for (name, classes) in entries.sorted(by: { $0.0 == $1.0 ? $0.1.rawValue < $1.1.rawValue : $0.0 < $1.0 }) {
            let scalars = Array(name.unicodeScalars)
            let tokens = Tokenizer.tokenize(scalars)
            guard !tokens.isEmpty, tokens.count <= NERGazetteer.maximumLength else { continue }
            var key = NERGazetteer.emptyKey
            for (k, token) in tokens.enumerated() {
                key = NERGazetteer.extend(key, with: NERTokenInfo(scalars, token).lower)
                table.insert(key, k == tokens.count - 1 ? classes : .prefix)
            }
            stored += 1
        }
        if table.count * 10 > (1 << log2) * 7 { throw LedeError("gazetteer table too small for \(stored) names") }
        return table
    }

    /// Short forms that the lists do not map to their country.
    static let countryShortForms: [String: String] = [
        "u.s.": "united states", "us": "united states", "usa": "united states", "u.s.a.": "united states",
        "america": "united states", "united states of america": "united states", "uk": "united kingdom",
        "u.k.": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
        "soviet": "russia", "soviet union": "russia",
    ]

    /// `name<TAB>country` lines (lower case, sorted): countries, short forms and demonyms.
    static func countryTable(directory: String) throws -> String {
        let path = directory + "/demonyms.tsv"
        guard let data = FileManager.default.contents(atPath: path) else { throw LedeError("cannot read \(path)") }
        var table = countryShortForms
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst() {
            let row = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.lowercased() }
            guard row.count > 3, !row[1].isEmpty else { continue }
            let country = row[1]
            if table[country] == nil { table[country] = country }
            for k in [2, 3] {
                for name in row[k].split(separator: ",") {
                    let word = name.trimmingCharacters(in: .whitespaces)
                    if !word.isEmpty && table[word] == nil { table[word] = country }
                }
            }
        }
        return table.keys.sorted().map { "\($0)\t\(table[$0] ?? $0)\n" }.joined()
    }
}
