/// Abbreviations whose final dot does not end a sentence, and the words around them.
public enum Abbreviations {
    /// Lower-cased abbreviations, without the dot, that keep their dot inside the word.
    public static let known: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
        "gov", "sen", "rep", "reps", "rev", "hon", "pres", "supt", "det", "insp", "st", "mt", "ft", "jr", "sr",
        "inc", "corp", "ltd", "co", "bros", "plc", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "approx", "dept", "univ", "assn", "ave", "blvd", "messrs", "mme",
        "mlle", "atty", "fr", "esq", "al", "cf", "ca", "cie", "gov't", "govt", "mssrs", "sens", "lieut", "brig",
        "cmdt", "ariz", "calif", "colo", "conn", "fla", "kan", "ky", "mich", "minn", "mont", "neb", "nev",
        "okla", "tenn", "tex", "vt", "wis", "wyo",
    ]

    /// Abbreviations that keep their dot only before a number (`No. 10`, `Vol. 3`).
    public static let beforeNumbers: Set<String> = ["no", "nos", "vol", "vols", "fig", "figs", "op", "p", "pp", "art"]

    /// Abbreviations that precede a name, so a following capital never starts a sentence.
    public static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
        "gov", "sen", "rep", "reps", "rev", "hon", "pres", "supt", "det", "insp", "st", "mt", "messrs", "mme",
        "mlle", "atty", "fr", "sens", "lieut", "brig", "cmdt", "no", "nos", "vol", "fig", "op", "p", "pp", "art",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ft", "vs", "cf",
        "ca", "approx",
    ]

    /// Clitics written apart in tokenised text (`'s`, `'re`), lower-cased without the apostrophe.
    public static let clitics: Set<String> = ["s", "re", "ll", "ve", "m", "d"]

    /// Whether the word `text[start..<dot]` is a known abbreviation.
    public static func isAbbreviation(_ text: [Unicode.Scalar], _ start: Int, _ dot: Int) -> Bool {
        let length = dot - start
        guard length >= 1 && length <= 6 else { return false }
        return known.contains(lowercased(text, start, dot))
    }

    /// `text[start..<end]` with ASCII capitals lowered.
    public static func lowercased(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var word = String.UnicodeScalarView()
        for s in text[start..<end] {
            if s.value >= 0x41 && s.value <= 0x5A, let lower = Unicode.Scalar(s.value + 32) {
                word.append(lower)
            } else {
                word.append(s)
            }
        }
        return String(word)
    }
}
