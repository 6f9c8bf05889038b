/// Splits text into word, number, quote and punctuation tokens over Unicode scalars.
///
/// Abbreviation dots stay inside their word (`U.S.`, `Mr.`, `J.`), a possessive `'s` is its own
/// token (`Trump's` gives `Trump` `'s`, exactly as the already tokenised `Trump 's` does), and every
/// quotation mark is a token of its own so quote pairing can see it. Tokens never cross white space,
/// so tokenising text that was already split on spaces gives the same tokens.
///
/// ```swift
/// let scalars = Array("Mr. Smith's U.S. trip.".unicodeScalars)
/// Tokenizer.tokenize(scalars)  // Mr. | Smith | 's | U.S. | trip | .
/// ```
public enum Tokenizer {
    /// The tokens of `text`, in order, non-overlapping.
    public static func tokenize(_ text: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5 + 1)
        let n = text.count
        var i = 0
        while i < n {
            let c = text[i]
            if isSkipped(c) {
                i += 1
                continue
            }
            if Characters.isLetter(c) {
                let end = wordEnd(text, from: i)
                appendWord(text, i, end, into: &tokens)
                i = end
            } else if Characters.isDigit(c) {
                let end = numberEnd(text, from: i)
                tokens.append(Token(span: TextSpan(i, end), kind: .number))
                i = end
            } else if Characters.isApostrophe(c), let end = cliticEnd(text, at: i) {
                // A clitic standing alone, as tokenised text writes it: `Bush 's`, `do n't`.
                tokens.append(Token(span: TextSpan(i, end), kind: .word))
                i = end
            } else if Characters.isQuoteMark(c) {
                tokens.append(Token(span: TextSpan(i, i + 1), kind: .quote))
                i += 1
            } else {
                // Runs of the same punctuation (`...`, `--`, `!!`) stay together.
                var j = i + 1
                if c == "." || c == "-" || c == "!" || c == "?" || c == "*" || c == "=" || c == "_" {
                    while j < n && text[j] == c { j += 1 }
                }
                tokens.append(Token(span: TextSpan(i, j), kind: .punctuation))
                i = j
            }
        }
        return tokens
    }

    @inline(__always)
    static func isSkipped(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value <= 0x20 || c.value == 0x7F }
        if Characters.isSpace(c) { return true }
        let category = c.properties.generalCategory
        return category == .control || category == .format || category == .unassigned || category == .surrogate
            || category == .privateUse
    }

    /// The end of a number starting at `start`: digits, letters glued to them (`1990s`, `5th`), and
    /// inner separators followed by a digit (`1,200`, `3.5`, `1996-08-30`, `10:30`, `3/4`).
    static func numberEnd(_ text: [Unicode.Scalar], from start: Int) -> Int {
        let n = text.count
        var j = start + 1
        while j < n {
            let c = text[j]
            if Characters.isDigit(c) || Characters.isLetter(c) {
                j += 1
            } else if (c == "," || c == "." || c == ":" || c == "-" || c == "/") && j + 1 < n
                && Characters.isDigit(text[j + 1])
            {
                j += 2
            } else {
                break
            }
        }
        return j
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
            if j + 1 < n {
                let next = text[j + 1]
                if Characters.isHyphen(c) && (Characters.isLetter(next) || Characters.isDigit(next)) {
                    j += 2
                    continue
                }
                if Characters.isApostrophe(c) && Characters.isLetter(next) {
                    // `'s` at the end of a word is split off as a possessive by `appendWord`.
                    j += 2
                    continue
                }
                if c == "&" && Characters.isUpper(text[j - 1]) && Characters.isUpper(next) {
                    j += 2
                    continue
                }
            }
            if c == "." {
                return abbreviationEnd(text, start: start, dot: j) ?? j
            }
            break
        }
        return j
    }

    /// Where a word ending in a dot at `dot` ends if the dot belongs to it (`U.S.`, `J.`, `Mr.`),
    /// or nil when the dot is punctuation.
    static func abbreviationEnd(_ text: [Unicode.Scalar], start: Int, dot: Int) -> Int? {
        let n = text.count
        if dot - start == 1 {
            // `U.S.`, `e.g.`, `p.m.`: single letters separated by dots.
            if dot + 2 < n && Characters.isLetter(text[dot + 1]) && text[dot + 2] == "." {
                var j = dot + 3
                while j + 1 < n && Characters.isLetter(text[j]) && text[j + 1] == "."
                    && (j + 2 >= n || !Characters.isLetter(text[j + 2]))
                {
                    j += 2
                }
                return j
            }
            // An initial: `J.` (a capital letter alone).
            if Characters.isUpper(text[start]) { return dot + 1 }
        }
        // `D-N.Y.`, `R-S.C.`: a party and a state's dotted initials after a hyphen.
        if dot - start >= 3, Characters.isHyphen(text[dot - 2]), Characters.isUpper(text[dot - 1]), dot + 2 < n,
            Characters.isUpper(text[dot + 1]), text[dot + 2] == "."
        {
            return dot + 3
        }
        guard dot - start <= 6 else { return nil }
        let word = Abbreviations.lowercased(text, start, dot)
        if Lexicon.abbreviations.contains(word) { return dot + 1 }
        // `No. 10`, `Vol. 3`, `Fig. 2`: abbreviations only before a number.
        if Lexicon.numberAbbreviations.contains(word) {
            var k = dot + 1
            while k < n && text[k] == " " { k += 1 }
            if k < n && Characters.isDigit(text[k]) { return dot + 1 }
        }
        return nil
    }

    /// A stand-alone clitic starting at an apostrophe: `'s`, `'re`, `'ll`, `'ve`, `'m`, `'d`
    /// after a space or a word, followed by neither letter nor digit.
    static func cliticEnd(_ text: [Unicode.Scalar], at i: Int) -> Int? {
        let n = text.count
        guard i + 1 < n, i > 0, Characters.isSpace(text[i - 1]) || Characters.isLetter(text[i - 1]) else {
            return nil
        }
        var j = i + 1
        while j < n && j - i <= 3 && Characters.isLetter(text[j]) { j += 1 }
        guard j < n ? !(Characters.isLetter(text[j]) || Characters.isDigit(text[j])) : true else { return nil }
        let clitic = Abbreviations.lowercased(text, i + 1, j)
        return Lexicon.clitics.contains(clitic) ? j : nil
    }

    private static func appendWord(_ text: [Unicode.Scalar], _ start: Int, _ end: Int, into tokens: inout [Token]) {
        // Split a possessive clitic: `Trump's` -> `Trump` `'s`; `don't` and `O'Brien` stay whole.
        if end - start > 2 && Characters.isApostrophe(text[end - 2]) && (text[end - 1] == "s" || text[end - 1] == "S") {
            tokens.append(Token(span: TextSpan(start, end - 2), kind: .word))
            tokens.append(Token(span: TextSpan(end - 2, end), kind: .word))
            return
        }
        tokens.append(Token(span: TextSpan(start, end), kind: .word))
    }
}
