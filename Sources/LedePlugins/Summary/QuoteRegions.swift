import LedeCore

/// Which tokens of a document lie inside quotation marks.
///
/// Curly marks say which way they face; a straight `"` or `'` faces the way its neighbours say
/// (space before: opening; space after: closing), so one missing mark cannot invert the rest of a
/// long one-line article. State resets at every paragraph.
struct QuoteRegions: Sendable {
    /// True for tokens inside a quotation (the marks themselves are false).
    var inside: [Bool]

    init(_ document: Document) {
        let tokens = document.tokens
        let text = document.scalars
        var inside = [Bool](repeating: false, count: tokens.count)
        var paragraphEnd = -1
        var paragraph = 0
        var double = false
        var single = false
        for (i, token) in tokens.enumerated() {
            if token.start >= paragraphEnd {
                double = false
                single = false
                while paragraph < document.paragraphs.count && document.paragraphs[paragraph].end <= token.start {
                    paragraph += 1
                }
                paragraphEnd = paragraph < document.paragraphs.count ? document.paragraphs[paragraph].end : Int.max
            }
            guard token.kind == .quote else {
                inside[i] = double || single
                continue
            }
            let mark = text[token.start]
            let spaceBefore = token.start == 0 || Characters.isSpace(text[token.start - 1]) || text[token.start - 1] == "("
            let spaceAfter = token.end >= text.count || Characters.isSpace(text[token.end])
                || (!Characters.isLetter(text[token.end]) && !Characters.isDigit(text[token.end]))
            switch mark {
            case "“", "„", "«":
                double = true
            case "”", "»":
                double = false
            case "\"":
                if spaceBefore && !spaceAfter { double = true } else if spaceAfter && !spaceBefore { double = false } else { double.toggle() }
            case "‘":
                if !double { single = true }
            case "'", "’":
                if double { break }
                // `'90s` is an elision, not a quotation.
                let digitAfter = token.end < text.count && Characters.isDigit(text[token.end])
                if spaceBefore && !spaceAfter && !digitAfter { single = true } else if spaceAfter && single { single = false }
            default:
                break
            }
        }
        self.inside = inside
    }
}
