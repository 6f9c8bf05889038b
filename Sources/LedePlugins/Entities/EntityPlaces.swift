import LedeCore

/// Country names, short forms and demonyms, each mapped to one country name, so that `Russian`,
/// `Russia` and `the Kremlin` read as the same modifier of a role.
///
/// Read lazily from `Resources/ner-countries.tsv` (`name<TAB>country`, lower case), which
/// `lede-train ner` derives from the demonym and country lists (see NOTICE.md).
enum EntityPlaces {
    static let resourceName = "ner-countries.tsv"

    static let table: [String: String] = {
        var table: [String: String] = [:]
        guard let text = ResourceStore.text(resourceName) else { return table }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            table[String(fields[0])] = String(fields[1])
        }
        return table
    }()

    /// The country a lower-cased name or demonym stands for.
    static func country(of name: String) -> String? { table[name] }
}
