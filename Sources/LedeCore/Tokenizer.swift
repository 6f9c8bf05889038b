/// Splits text into word, number, quote and punctuation tokens over Unicode scalars.
///
/// Abbreviation dots stay inside their word (`U.S.`, `Mr.`, `J.`), a possessive `'s` is its own
/// token, and every quotation mark is a token of its own so quote pairing can see it.
public enum Tokenizer {
    public static func tokenize(_ text: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5 + 1)
        let n = text.count
        var i = 0
        while i < n {
            let c = text[i]
            if Characters.isSpace(c) || c.properties.generalCategory == .control
                || c.properties.generalCategory == .format
            {
                i += 1
                continue
            }
            if Characters.isLetter(c) {
                let end = wordEnd(text, from: i)
                appendWord(text, i, end, into: &tokens)
                i = end
            } else if Characters.isDigit(c) {
                var j = i + 1
                while j < n {
                    if Characters.isDigit(text[j]) || Characters.isLetter(text[j]) {
                        j += 1
                    } else if (text[j] == "," || text[j] == "." || text[j] == ":" || text[j] == "-" || text[j] == "/")
                        && j + 1 < n && Characters.isDigit(text[j + 1])
                    {
                        j += 2
                    } else {
                        break
                    }
                }
                tokens.append(Token(span: TextSpan(i, j), kind: .number))
                i = j
            } else if Characters.isQuoteMark(c) {
                tokens.append(Token(span: TextSpan(i, i + 1), kind: .quote))
                i += 1
            } else {
                // Runs of the same punctuation (`...`, `--`) stay together.
                var j = i + 1
                if c == "." || c == "-" || c == "!" || c == "?" {
                    while j < n && text[j] == c { j += 1 }
                }
                tokens.append(Token(span: TextSpan(i, j), kind: .punctuation))
                i = j
            }
        }
        return tokens
    }

    /// The end of a word starting at `start`: letters and digits, joined by inner apostrophes,
    /// hyphens, ampersands between capitals, and abbreviation dots.
    static func wordEnd(_ text: [Unicode.Scalar], from start: Int) -> Int {
        let n = text.count
        var j = start + 1
        while j < n {
            let c = text[j]
            if Characters.isLetter(c) || Characters.isDigit(c) {
                j += 1
                continue
            }
            if j + 1 < n && Characters.isLetter(text[j + 1]) {
                if Characters.isHyphen(c) {
                    j += 2
                    continue
                }
                if Characters.isApostrophe(c) {
                    // `'s` at the end of a word is split off as a possessive below.
                    j += 2
                    continue
                }
                if c == "&" && Characters.isUpper(text[j - 1]) && Characters.isUpper(text[j + 1]) {
                    j += 2
                    continue
                }
            }
            if c == "." {
                // `U.S.`, `J.K.`, `e.g.`: single letters separated by dots.
                if j + 2 < n && Characters.isLetter(text[j + 1]) && text[j + 2] == "." && isSingleLetterRun(text, start, j)
                {
                    j += 3
                    while j + 1 < n && Characters.isLetter(text[j]) && text[j + 1] == "." { j += 2 }
                    return j
                }
                if isSingleLetterRun(text, start, j) && j - start == 1 && Characters.isUpper(text[start]) {
                    return j + 1  // an initial: `J.`
                }
                if Abbreviations.isAbbreviation(text, start, j) { return j + 1 }
            }
            break
        }
        return j
    }

    private static func isSingleLetterRun(_ text: [Unicode.Scalar], _ start: Int, _ dot: Int) -> Bool {
        dot - start == 1
    }

    private static func appendWord(_ text: [Unicode.Scalar], _ start: Int, _ end: Int, into tokens: inout [Token]) {
        // Split a possessive or contraction clitic: `Trump's` -> `Trump` `'s`; `don't` stays whole.
        if end - start > 2 && Characters.isApostrophe(text[end - 2]) && (text[end - 1] == "s" || text[end - 1] == "S") {
            tokens.append(Token(span: TextSpan(start, end - 2), kind: .word))
            tokens.append(Token(span: TextSpan(end - 2, end), kind: .word))
            return
        }
        tokens.append(Token(span: TextSpan(start, end), kind: .word))
    }
}
