import LedeCore

/// Finds one-word names the recogniser did not know that the article itself shows to be
/// countries or cities, and labels them places: `Ostria's capital, Kallisto`, `the Maranthian
/// fleet` beside `Maranthia`, `the Republic of Caldera`.
///
/// The evidence is read from the words around every mention of the name; a name that is a
/// person's surname elsewhere in the article is left alone.
enum EntityCountries {

    static func relabel(_ mentions: inout [NameMention], words: [String]) {
        let person = NERTag.index(of: .person)
        let location = NERTag.index(of: .location)
        let miscellaneous = NERTag.index(of: .miscellaneous)
        var surnames = Set<String>()
        var nationalities = Set<String>()
        for mention in mentions {
            if mention.label == person && mention.words.count > 1, let last = mention.words.last { surnames.insert(last) }
            if mention.words.count == 1 { nationalities.insert(mention.words[0]) }
        }
        // One clear sign is enough: these phrases do not occur with people or companies.
        var places = Set<String>()
        // A nationality (`Serb`, MISC) is never turned into its country.
        for mention in mentions where mention.words.count == 1 && mention.label != miscellaneous {
            let name = mention.words[0]
            if !surnames.contains(name), isPlace(at: mention.tokens, words: words) || hasDemonym(name, among: nationalities) {
                places.insert(name)
            }
        }
        guard !places.isEmpty else { return }
        for m in mentions.indices
        where mentions[m].words.count == 1 && mentions[m].label != miscellaneous && places.contains(mentions[m].words[0]) {
            mentions[m].label = location
        }
    }

    /// The words around one mention show a place.
    static func isPlace(at tokens: Range<Int>, words: [String]) -> Bool {
        let after = tokens.upperBound
        if after + 1 < words.count, words[after] == "'s" || words[after] == "’s", Lexicon.stateHoldings.contains(words[after + 1]) {
            // `Ostria's capital, Kallisto`, not `Gazprom's capital` (its shares).
            return words[after + 1] != "capital" || (after + 2 < words.count && words[after + 2] == ",")
        }
        let before = tokens.lowerBound
        if before >= 2, words[before - 1] == "of", Lexicon.stateTitles.contains(words[before - 2]) { return true }
        if before >= 3, words[before - 1] == "of", words[before - 2] == "the", Lexicon.stateTitles.contains(words[before - 3]) {
            return true
        }
        // `Ostria's capital, Kallisto`, `the port city, Valadares`; not `the Chechnya region, Interfax added`.
        if before >= 3, words[before - 1] == ",", Lexicon.placeNouns.contains(words[before - 2]),
            Lexicon.placeNounOwners.contains(words[before - 3])
        {
            return true
        }
        return false
    }

    /// A nationality the article names is a demonym of `name` (`maranthia` → `maranthian`,
    /// `ardena` → `ardenian`).
    static func hasDemonym(_ name: String, among names: Set<String>) -> Bool {
        guard name.count >= 4 else { return false }
        let stem = String(name.dropLast())
        let forms = [name + "n", name + "an", name + "ian", stem + "an", stem + "ian", name + "ese", stem + "ese"]
        // `Belgian` is Belgium's, not the agency Belga's.
        return forms.contains { form in names.contains(form) && (EntityPlaces.country(of: form).map { $0 == name } ?? true) }
    }
}
