/// Abbreviations whose final dot does not end a sentence (the lists are ``Lexicon``'s).
public enum Abbreviations {
    /// Whether the word `text[start..<dot]` is a known abbreviation.
    public static func isAbbreviation(_ text: [Unicode.Scalar], _ start: Int, _ dot: Int) -> Bool {
        let length = dot - start
        guard length >= 1 && length <= 6 else { return false }
        return Lexicon.abbreviations.contains(lowercased(text, start, dot))
    }

    /// `text[start..<end]` with ASCII capitals lowered.
    public static func lowercased(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        ScalarText.string(text, start..<end, folding: .lowercase)
    }
}
