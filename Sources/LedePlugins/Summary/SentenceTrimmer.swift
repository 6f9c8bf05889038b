import LedeCore

/// Finds where a sentence's own words begin, past what web pages run into it: a dateline
/// (`(CNN)`, `LONDON (Reuters) --`), "Scroll down for video", or an image caption that lacks a
/// full stop (`… a colleague The cost of divorce …`).
enum SentenceTrimmer {
    /// The first token of the sentence proper (`sentence.tokens.lowerBound` when nothing is trimmed).
    static func contentStart(_ document: Document, _ sentence: Sentence, opensParagraph: Bool,
                             stopwords: Set<String>) -> Int {
        var start = sentence.tokens.lowerBound
        if let dateline = document.dateline, dateline.contains(sentence.span.start) {
            start = min(max(start, document.tokenIndex(atOrAfter: dateline.end)), sentence.tokens.upperBound)
        } else if opensParagraph {
            start = afterDateline(document, sentence.tokens)
        }
        start = afterScrollPrompt(document, start..<sentence.tokens.upperBound)
        start = afterRunInCaption(document, start..<sentence.tokens.upperBound, stopwords: stopwords)
        return start
    }

    /// `(CNN)They …`, `WASHINGTON (Reuters) - The …`, `NEW YORK — The …`: the token after the dateline.
    static func afterDateline(_ document: Document, _ range: Range<Int>) -> Int {
        let tokens = document.tokens
        let text = document.scalars
        let limit = min(range.upperBound - 1, range.lowerBound + 12)
        var i = range.lowerBound
        var sawSource = false
        var sawCapitals = false
        var sawComma = false
        while i < limit {
            let token = tokens[i]
            let c = text[token.start]
            if token.kind == .punctuation && c == "(" {
                // A parenthesised source right after the place: `(CNN)`, `(The Hollywood Reporter)`.
                var j = i + 1
                while j < limit && !(tokens[j].kind == .punctuation && text[tokens[j].start] == ")") { j += 1 }
                guard j < limit, j - i <= 5 else { return range.lowerBound }
                sawSource = true
                i = j + 1
                continue
            }
            if token.kind == .punctuation && isDash(text, token) {
                // `Evansville, Indiana, United States - This past week …`: a place in title case.
                guard sawSource || sawCapitals || sawComma else { return range.lowerBound }
                return i + 1
            }
            if token.kind == .punctuation && c == "," {
                sawComma = true
                i += 1
                continue
            }
            if token.kind == .word && Characters.isUpper(c) {
                if sawSource { return i }
                if isAllCaps(text, token) && token.length >= 2 { sawCapitals = true }
                i += 1
                continue
            }
            break
        }
        return sawSource && i < range.upperBound ? i : range.lowerBound
    }

    /// Past `Scroll down for video` (and whatever caption came before it).
    static func afterScrollPrompt(_ document: Document, _ range: Range<Int>) -> Int {
        let tokens = document.tokens
        let words = document.lowercaseTokens
        guard range.count > 6 else { return range.lowerBound }
        for i in range.lowerBound..<(range.upperBound - 4) {
            guard words[i] == "scroll", words[i + 1] == "down" else { continue }
            var j = i + 2
            if words[j] == "for" { j += 1 }
            if j < range.upperBound - 1, words[j] == "video" || words[j] == "videos" { j += 1 }
            if j < range.upperBound, tokens[j].kind == .punctuation { j += 1 }
            return j < range.upperBound - 2 ? j : range.lowerBound
        }
        return range.lowerBound
    }

    /// A caption without a full stop that runs into the sentence: a lower-case content word followed
    /// directly by a capitalised sentence opener and a lower-case word (`colleague The cost`).
    static func afterRunInCaption(_ document: Document, _ range: Range<Int>, stopwords: Set<String>) -> Int {
        let tokens = document.tokens
        let text = document.scalars
        guard range.count >= 10 else { return range.lowerBound }
        var i = range.lowerBound + 4
        while i < range.upperBound - 5 {
            defer { i += 1 }
            let token = tokens[i]
            guard token.kind == .word, Characters.isUpper(text[token.start]) else { continue }
            let previous = tokens[i - 1]
            guard previous.end < token.start, previous.kind == .word || previous.kind == .number
                || (previous.kind == .punctuation && text[previous.start] == ")"),
                previous.kind != .word || Characters.isLower(text[previous.start])
            else { continue }
            let before = document.lowercaseTokens[i - 1]
            if stopwords.contains(before) || Lexicon.titleLinkingWords.contains(before) { continue }
            let next = tokens[i + 1]
            if Lexicon.summarySentenceOpeners.contains(document.lowercaseTokens[i]), next.kind == .word, Characters.isLower(text[next.start]) {
                return i
            }
        }
        return range.lowerBound
    }

    /// `Critical: A guard was …`, `FAKERS: According to …`: one to three capitalised words and a
    /// colon open the text, the way a page labels an image caption.
    static func opensWithCaptionLabel(_ document: Document, _ range: Range<Int>) -> Bool {
        let tokens = document.tokens
        let text = document.scalars
        var i = range.lowerBound
        while i < min(range.upperBound, range.lowerBound + 3) && tokens[i].kind == .word
            && Characters.isUpper(text[tokens[i].start]) && !Lexicon.summarySpeechWords.contains(document.lowercaseTokens[i])
        {
            i += 1
        }
        guard i > range.lowerBound, i + 1 < range.upperBound, tokens[i].kind == .punctuation, text[tokens[i].start] == ":"
        else { return false }
        let next = tokens[i + 1]
        return next.kind == .word && Characters.isUpper(text[next.start])
    }

    /// Markers that the words around them are an image caption.
    static let captionMarkers = [
        "pictured", "(left)", "(right)", "(centre)", "(center)", "(middle)", "(top)", "(bottom)", "(above)",
        "(below)", "(file", "(stock", "photo)", "image)", "picture)", "(inset)",
    ]

    static func word(_ text: [Unicode.Scalar], _ token: Token) -> String {
        ScalarText.string(text, token.start..<min(token.end, token.start + 24), folding: .lowercase)
    }

    static func isDash(_ text: [Unicode.Scalar], _ token: Token) -> Bool {
        let c = text[token.start]
        return c == "—" || c == "–" || (c == "-" && token.length <= 2)
    }

    static func isAllCaps(_ text: [Unicode.Scalar], _ token: Token) -> Bool {
        for k in token.start..<token.end where Characters.isLower(text[k]) { return false }
        return true
    }
}
