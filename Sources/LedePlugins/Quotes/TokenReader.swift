import LedeCore

/// Cheap questions about a document's tokens, asked by the quote attribution rules.
struct TokenReader {
    let document: Document
    let scalars: [Unicode.Scalar]
    let tokens: [Token]

    init(_ document: Document) {
        self.document = document
        self.scalars = document.scalars
        self.tokens = document.tokens
    }

    var count: Int { tokens.count }

    /// The token's text, lower-cased (ASCII letters only; others kept as they are).
    func lower(_ t: Int) -> String {
        let token = tokens[t]
        for k in token.start..<token.end where scalars[k].value == 0x2019 {
            return ScalarText.string(scalars, token.start..<token.end, folding: .lowercaseRightQuote)
        }
        return document.lowercaseTokens[t]
    }

    /// The lower-cased text when the token is a word that could be in a short word list.
    func word(_ t: Int) -> String? {
        guard t >= 0 && t < tokens.count, tokens[t].kind == .word, tokens[t].length <= 16 else { return nil }
        return lower(t)
    }

    func text(_ t: Int) -> String { document.text(tokens[t].span) }

    func first(_ t: Int) -> Unicode.Scalar { scalars[tokens[t].start] }

    func isWord(_ t: Int) -> Bool { t >= 0 && t < tokens.count && tokens[t].kind == .word }

    func isCapitalized(_ t: Int) -> Bool {
        isWord(t) && Characters.isUpper(scalars[tokens[t].start])
    }

    /// A word of two or more letters, all capitals (`WALLACE`).
    func isAllCapitals(_ t: Int) -> Bool {
        guard isWord(t), tokens[t].length >= 2 else { return false }
        for k in tokens[t].start..<tokens[t].end where !Characters.isUpper(scalars[k]) { return false }
        return true
    }

    /// Whether the capitalised word at `t` also appears in lower case near it (within
    /// ``SearchWindow/commonWordSearch`` tokens), and never capitalised inside a sentence: then it is a common word that opens a
    /// sentence (`Maybe`, `Indeed`), not a name.
    func isCommonWord(_ t: Int) -> Bool {
        guard isWord(t) else { return false }
        let target = tokens[t]
        var lower = false
        // A window around the word keeps the cost bounded on very long documents.
        let window = max(0, t - SearchWindow.commonWordSearch)..<min(tokens.count, t + SearchWindow.commonWordSearch)
        for i in window where i != t && tokens[i].kind == .word && tokens[i].length == target.length {
            let other = tokens[i]
            let capital = Characters.isUpper(scalars[other.start])
            // The same word capitalised inside a sentence is a name after all (`Bush`, `Young`).
            if capital, i > 0, isLowercaseWord(i - 1) || isPunct(i - 1, ","),
                (1..<target.length).allSatisfy({ scalars[other.start + $0] == scalars[target.start + $0] })
            {
                return false
            }
            guard !capital, !lower else { continue }
            var same = true
            for k in 0..<target.length {
                let a = scalars[target.start + k].properties.lowercaseMapping
                if a.unicodeScalars.first != scalars[other.start + k] {
                    same = false
                    break
                }
            }
            if same { lower = true }
        }
        return lower
    }

    func isLowercaseWord(_ t: Int) -> Bool {
        isWord(t) && Characters.isLower(scalars[tokens[t].start])
    }

    /// Whether the token is the single punctuation character `c` (a dash run counts as a dash).
    func isPunct(_ t: Int, _ c: Unicode.Scalar) -> Bool {
        guard t >= 0 && t < tokens.count, tokens[t].kind == .punctuation else { return false }
        return scalars[tokens[t].start] == c
    }

    func isDash(_ t: Int) -> Bool {
        guard t >= 0 && t < tokens.count, tokens[t].kind == .punctuation else { return false }
        let c = scalars[tokens[t].start]
        return c == "—" || c == "–" || (c == "-" && tokens[t].length >= 2) || c == "―"
    }

    /// A full stop, question or exclamation mark.
    func isTerminal(_ t: Int) -> Bool {
        guard t >= 0 && t < tokens.count, tokens[t].kind == .punctuation else { return false }
        let c = scalars[tokens[t].start]
        return c == "." || c == "!" || c == "?" || c == "…"
    }

    /// A clause boundary inside a sentence: `;` or a terminal that ends a sentence.
    func isBoundary(_ t: Int) -> Bool { endsSentence(t) || isPunct(t, ";") }

    /// A terminal that really ends a sentence: not the dot of `R-Ky.,` or `Ala. said`.
    func endsSentence(_ t: Int) -> Bool {
        guard isTerminal(t) else { return false }
        let next = t + 1
        guard next < tokens.count else { return true }
        if isPunct(next, ",") || isPunct(next, ";") || isPunct(next, ")") { return false }
        if scalars[tokens[t].start] == "." && isLowercaseWord(next) { return false }
        return true
    }

    /// Number of words between two scalar offsets (a cheap count of runs of letters or digits).
    func wordCount(_ span: TextSpan) -> Int {
        var count = 0
        var inWord = false
        var k = max(0, span.start)
        let end = min(span.end, scalars.count)
        while k < end {
            let s = scalars[k]
            let letter = Characters.isLetter(s) || Characters.isDigit(s)
            if letter && !inWord { count += 1 }
            inWord = letter || (inWord && (s == "'" || s == "’" || s == "-"))
            k += 1
        }
        return count
    }
}
