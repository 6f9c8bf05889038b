/// Splits paragraphs into sentences over tokens.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it) when the
/// next token can start a sentence. Abbreviations, initials and decimals are already inside their
/// tokens, so their dots never end one; `?` or `!` inside a quotation followed by a lower-case word
/// (`"Why?" he asked`) does not either. A line break always ends a sentence.
public enum SentenceSplitter {
    public static func sentences(_ text: [Unicode.Scalar], tokens: [Token], paragraphs: [TextSpan]) -> [Sentence] {
        var result: [Sentence] = []
        var t = 0
        for (p, paragraph) in paragraphs.enumerated() {
            while t < tokens.count && tokens[t].start < paragraph.start { t += 1 }
            var first = t
            var lineOfFirst = lineStart(text, tokens, first)
            var i = t
            while i < tokens.count && tokens[i].start < paragraph.end {
                let token = tokens[i]
                // A newline between tokens ends a sentence.
                if i > first && hasNewline(text, from: tokens[i - 1].end, to: token.start) && lineOfFirst >= 0 {
                    result.append(make(tokens, first, i, p))
                    first = i
                    lineOfFirst = token.start
                }
                if isTerminal(text, token) {
                    var end = i + 1
                    while end < tokens.count && tokens[end].start < paragraph.end && isCloser(text, tokens, end)
                        && tokens[end].start == tokens[end - 1].end
                    {
                        end += 1
                    }
                    if end >= tokens.count || tokens[end].start >= paragraph.end || canStart(text, tokens, end, after: i) {
                        result.append(make(tokens, first, end, p))
                        first = end
                        i = end
                        continue
                    }
                } else if token.kind == .word, i + 1 < tokens.count, endsWithAbbreviationDot(text, token),
                    isSentenceFinalAbbreviation(text, tokens, i, paragraphEnd: paragraph.end)
                {
                    result.append(make(tokens, first, i + 1, p))
                    first = i + 1
                }
                i += 1
            }
            if first < i { result.append(make(tokens, first, i, p)) }
            t = i
        }
        return result
    }

    private static func make(_ tokens: [Token], _ first: Int, _ end: Int, _ paragraph: Int) -> Sentence {
        Sentence(span: TextSpan(tokens[first].start, tokens[end - 1].end), tokens: first..<end, paragraph: paragraph)
    }

    private static func lineStart(_ text: [Unicode.Scalar], _ tokens: [Token], _ i: Int) -> Int {
        i < tokens.count ? tokens[i].start : -1
    }

    private static func hasNewline(_ text: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var k = from
        while k < to {
            if Characters.isNewline(text[k]) { return true }
            k += 1
        }
        return false
    }

    private static func isTerminal(_ text: [Unicode.Scalar], _ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        let c = text[token.start]
        return c == "." || c == "!" || c == "?" || c == "…" || c == "‽"
    }

    private static func isCloser(_ text: [Unicode.Scalar], _ tokens: [Token], _ i: Int) -> Bool {
        let c = text[tokens[i].start]
        if tokens[i].kind == .quote {
            // A closing mark: curly closers, or a straight mark not followed by a letter.
            if c == "“" || c == "‘" || c == "«" { return false }
            return true
        }
        return c == ")" || c == "]" || c == "}" || c == "." && tokens[i].length == 1
    }

    private static func canStart(_ text: [Unicode.Scalar], _ tokens: [Token], _ i: Int, after terminal: Int) -> Bool {
        let token = tokens[i]
        let c = text[token.start]
        let terminalChar = text[tokens[terminal].start]
        let quoted = terminal + 1 < i  // closers followed the terminal
        if token.kind == .word {
            if Characters.isUpper(c) { return true }
            // `"Why?" he asked.` continues the sentence; a lower-case start after a plain full stop
            // (`...down. and`) is rare in news and is treated as a new sentence.
            if (terminalChar == "?" || terminalChar == "!" || terminalChar == "…") { return false }
            if quoted { return false }
            return terminalChar == "." && tokens[terminal].length == 1 ? !Characters.isLower(c) || true : false
        }
        if token.kind == .number { return terminalChar != "…" }
        if token.kind == .quote { return true }
        return c == "(" || c == "[" || c == "-" || c == "—" || c == "•" || c == "*"
    }

    private static func endsWithAbbreviationDot(_ text: [Unicode.Scalar], _ token: Token) -> Bool {
        token.length > 1 && text[token.end - 1] == "."
    }

    /// `… in the U.S. The next day …`: an abbreviation that is not a title, followed by a
    /// capitalised word that is not itself a name-like continuation, ends the sentence.
    private static func isSentenceFinalAbbreviation(
        _ text: [Unicode.Scalar], _ tokens: [Token], _ i: Int, paragraphEnd: Int
    ) -> Bool {
        let token = tokens[i]
        let next = tokens[i + 1]
        guard next.start < paragraphEnd, next.kind == .word, Characters.isUpper(text[next.start]) else { return false }
        let word = Abbreviations.lowercased(text, token.start, token.end - 1)
        if Abbreviations.titles.contains(word) { return false }
        // Single initials (`J.`) precede names.
        if token.length == 2 { return false }
        // Corporate and country abbreviations end sentences only before a common sentence opener.
        let nextWord = Abbreviations.lowercased(text, next.start, next.end)
        return SentenceOpeners.words.contains(nextWord)
    }
}

/// Words that commonly open a sentence and rarely continue a name.
enum SentenceOpeners {
    static let words: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "but",
        "and", "in", "on", "at", "for", "if", "when", "while", "after", "before", "as", "his", "her", "their",
        "its", "our", "there", "then", "however", "meanwhile", "still", "yet", "so", "some", "many", "most",
        "officials", "mr.", "mrs.", "ms.", "dr.",
    ]
}
