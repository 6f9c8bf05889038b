/// Splits paragraphs into sentences over tokens.
///
/// A sentence ends at `.`, `!`, `?`, `…` or `...` (with the closing quotes and brackets after it)
/// when the next token can start a sentence, and at every line break. Abbreviations, initials and
/// decimals are inside their tokens, so their dots end a sentence only when a common sentence opener
/// follows (`… in the U.S. The next day`), never after a title (`Mr.`, `Gen.`) or an initial
/// (`J. K.`). `?` or `!` inside a quotation followed by a lower-case word or by a name and a speech
/// verb (`"Why?" he asked`, `"Why?" Trump asked`) does not end one either.
public enum SentenceSplitter {
    /// The sentences of `text`, in order, each inside one paragraph.
    public static func sentences(_ text: [Unicode.Scalar], tokens: [Token], paragraphs: [TextSpan]) -> [Sentence] {
        var result: [Sentence] = []
        var t = 0
        for (p, paragraph) in paragraphs.enumerated() {
            while t < tokens.count && tokens[t].start < paragraph.start { t += 1 }
            var first = t
            var i = t
            while i < tokens.count && tokens[i].start < paragraph.end {
                if i > first && hasNewline(text, from: tokens[i - 1].end, to: tokens[i].start) {
                    result.append(make(tokens, first, i, p))
                    first = i
                }
                if isTerminal(text, tokens[i]) {
                    let end = closersEnd(text, tokens, after: i, limit: paragraph.end)
                    if end >= tokens.count || tokens[end].start >= paragraph.end
                        || canStart(text, tokens, end, terminal: i)
                    {
                        result.append(make(tokens, first, end, p))
                        first = end
                        i = end
                        continue
                    }
                } else if tokens[i].kind == .word && endsWithAbbreviationDot(text, tokens[i]) && i + 1 < tokens.count
                    && tokens[i + 1].start < paragraph.end
                    && !hasNewline(text, from: tokens[i].end, to: tokens[i + 1].start)
                    && abbreviationEndsSentence(text, tokens, i)
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

    static func hasNewline(_ text: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var k = from
        while k < to {
            if Characters.isNewline(text[k]) { return true }
            k += 1
        }
        return false
    }

    static func isTerminal(_ text: [Unicode.Scalar], _ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        let c = text[token.start]
        return c == "." || c == "!" || c == "?" || c == "…" || c == "‽"
    }

    /// The index after the closing quotes and brackets that follow the terminal at `terminal`.
    private static func closersEnd(_ text: [Unicode.Scalar], _ tokens: [Token], after terminal: Int, limit: Int) -> Int {
        var end = terminal + 1
        while end < tokens.count && tokens[end].start < limit {
            let token = tokens[end]
            let c = text[token.start]
            let adjacent = token.start == tokens[end - 1].end
            if token.kind == .quote {
                // Curly closers may stand after a space; a straight mark only when glued to the stop,
                // otherwise it opens the next sentence.
                if c == "”" || c == "»" || c == "’" {
                    end += 1
                } else if adjacent && c != "“" && c != "‘" && c != "«" && c != "„" {
                    end += 1
                } else {
                    break
                }
            } else if adjacent && (c == ")" || c == "]" || c == "}") {
                end += 1
            } else if adjacent && isTerminal(text, token) {
                end += 1  // `?!`, `."` followed by another stop
            } else {
                break
            }
        }
        return end
    }

    private static func canStart(_ text: [Unicode.Scalar], _ tokens: [Token], _ i: Int, terminal: Int) -> Bool {
        let token = tokens[i]
        let c = text[token.start]
        let terminalToken = tokens[terminal]
        let stop = text[terminalToken.start]
        let plainStop = stop == "." && terminalToken.length == 1
        let quoted = (terminal + 1..<i).contains { tokens[$0].kind == .quote }
        // `bbc.co.uk`, `file.txt`: no space after the stop.
        if token.start == tokens[i - 1].end && i == terminal + 1 && token.kind != .quote { return false }
        switch token.kind {
        case .word:
            if Characters.isUpper(c) {
                if (quoted || stop != ".") && followedBySpeechVerb(text, tokens, i) { return false }
                return true
            }
            // `"Why?" he asked.` and `he paused... and went on` continue the sentence.
            if Characters.isLetter(c) && !Characters.isLower(c) { return true }  // scripts without case
            return plainStop && !quoted
        case .number:
            return plainStop || stop == "!" || stop == "?"
        case .quote:
            return true
        case .punctuation:
            return c == "(" || c == "[" || c == "-" || c == "—" || c == "–" || c == "•" || c == "*"
        }
    }

    /// `"Why?" Trump asked`: the capitalised word (and maybe one more) is followed by a speech verb.
    private static func followedBySpeechVerb(_ text: [Unicode.Scalar], _ tokens: [Token], _ i: Int) -> Bool {
        var k = i + 1
        while k < tokens.count && k <= i + 2 {
            let word = Abbreviations.lowercased(text, tokens[k].start, tokens[k].end)
            if Lexicon.speechVerbsAfterQuestion.contains(word) { return true }
            guard tokens[k].kind == .word, Characters.isUpper(text[tokens[k].start]) else { return false }
            k += 1
        }
        return false
    }

    private static func endsWithAbbreviationDot(_ text: [Unicode.Scalar], _ token: Token) -> Bool {
        token.length > 1 && text[token.end - 1] == "."
    }

    /// `… in the U.S. The next day …`: an abbreviation that is neither a title nor an initial,
    /// followed by a common sentence opener or an opening quote, ends the sentence.
    private static func abbreviationEndsSentence(_ text: [Unicode.Scalar], _ tokens: [Token], _ i: Int) -> Bool {
        let token = tokens[i]
        let next = tokens[i + 1]
        if token.length == 2 { return false }  // an initial, `J.`
        let word = Abbreviations.lowercased(text, token.start, token.end - 1)
        if Lexicon.abbreviationsBeforeCapital.contains(word) { return false }
        if next.kind == .quote {
            let c = text[next.start]
            return c == "“" || c == "\"" || c == "‘"
        }
        guard next.kind == .word, Characters.isUpper(text[next.start]) else { return false }
        let nextWord = Abbreviations.lowercased(text, next.start, next.end)
        return Lexicon.sentenceOpeners.contains(nextWord)
    }
}
