/// Abbreviations whose final dot does not end a sentence.
public enum Abbreviations {
    /// Lower-cased abbreviations without the dot.
    static let known: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
        "gov", "sen", "rep", "rev", "hon", "pres", "supt", "det", "insp", "st", "mt", "ft", "jr", "sr", "inc",
        "corp", "ltd", "co", "bros", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "no", "nos", "vol", "fig", "approx", "dept", "univ", "assn", "ave", "blvd", "rd",
        "messrs", "mme", "mlle", "sen", "atty", "gen", "fr", "sr", "esq", "al", "cf", "ca", "est", "op",
    ]

    /// Abbreviations that usually precede a name, so a following capital does not start a sentence.
    public static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
        "gov", "sen", "rep", "rev", "hon", "pres", "supt", "det", "insp", "st", "mt", "messrs", "mme", "mlle",
        "atty", "fr", "no", "nos", "vol", "fig",
    ]

    static func isAbbreviation(_ text: [Unicode.Scalar], _ start: Int, _ dot: Int) -> Bool {
        let length = dot - start
        guard length >= 1 && length <= 6 else { return false }
        return known.contains(lowercased(text, start, dot))
    }

    static func lowercased(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var word = String.UnicodeScalarView()
        for s in text[start..<end] {
            if s.value >= 0x41 && s.value <= 0x5A { word.append(Unicode.Scalar(s.value + 32)!) } else { word.append(s) }
        }
        return String(word)
    }
}
