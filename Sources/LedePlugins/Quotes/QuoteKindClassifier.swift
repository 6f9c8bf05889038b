import LedeCore

/// Tells speech from partial quotes, scare quotes and titles by the words around the marks.
struct QuoteKindClassifier {
    let reader: TokenReader

    func kind(of passage: QuotedPassage, attribution: Attribution?, frame: QuoteFrame) -> Quote.Kind {
        let words = reader.wordCount(passage.content)
        let previous = frame.open > frame.before.lowerBound ? reader.word(frame.open - 1) : nil
        let closeToken = frame.after.lowerBound
        let next = closeToken < frame.after.upperBound ? reader.word(closeToken) : nil
        if let previous, Lexicon.scareContext.contains(previous) { return .scare }
        let titleCase = words <= 8 && isTitleCase(passage.content)
        // `her new film "Harbour Lights."`: after a work's noun, a short name is its title whoever
        // the paragraph quotes.
        if let previous, Lexicon.titleContext.contains(previous),
            attribution?.embedded != false || titleCase || (words <= 3 && !startsLowercase(passage.content))
        {
            return .title
        }
        if let next, Lexicon.titleContext.contains(next), words <= 8 { return .title }
        if titleCase, let previous, Lexicon.titleLeaders.contains(previous) { return .title }
        if attribution == nil {
            if titleCase && words <= 8 { return .title }
            // A few words in marks in a sentence without a single speech word, attributed to
            // nobody: the writer's distance from a term (`to "streamline" processing`).
            if words <= Self.scareWords, !hasCue(around: frame) { return .scare }
            // A fragment with no cue in reach is far more often a quote whose attribution lies
            // further away than a scare quote: scare needs its own evidence (`so-called`).
            if let previous, previous != "that", QuoteLexicon.cues[previous] == nil { return .partial }
            return startsLowercase(passage.content) && words <= 3 ? .partial : .speech
        }
        if let attribution, attribution.embedded {
            if titleCase && words <= 6, let previous, Lexicon.titlePrepositions.contains(previous) { return .title }
            // A few title-case words credited only to the sentence's subject name a thing
            // (`taking part in "Harbour Voters Day"`), not what the subject said; one
            // word (`pronounced the name "Hummus"`) may well be theirs.
            if titleCase && (2...6).contains(words) && attribution.rule == .sentenceSubject { return .title }
            // `Braverman said: "It's clear that we have …"`: a whole sentence is speech, however
            // far its cue.
            if words >= Self.sentenceWords, !startsLowercase(passage.content) { return .speech }
            return .partial
        }
        if let previous, QuoteLexicon.cues[previous] == nil, previous != "that", startsLowercase(passage.content) {
            return .partial
        }
        return .speech
    }

    /// At most this many words make a scare quote.
    static let scareWords = 4
    /// At least this many words, starting with a capital, make a quoted sentence.
    static let sentenceWords = 8

    /// Whether a speech cue stands in the sentence around the marks (outside them).
    private func hasCue(around frame: QuoteFrame) -> Bool {
        for t in Array(frame.before) + Array(frame.after) where reader.isLowercaseWord(t) {
            if let w = reader.word(t), QuoteLexicon.cues[w] != nil { return true }
        }
        return false
    }

    private func startsLowercase(_ span: TextSpan) -> Bool {
        var k = span.start
        while k < span.end && k < reader.scalars.count && !Characters.isLetter(reader.scalars[k]) { k += 1 }
        return k < span.end && k < reader.scalars.count && Characters.isLower(reader.scalars[k])
    }

    /// Title case: every word but the small ones starts with a capital, and no sentence
    /// punctuation except at the very end (`"Meet the Press,"`, `"Make America Great Again"`).
    private func isTitleCase(_ span: TextSpan) -> Bool {
        var t = reader.document.tokenIndex(atOrAfter: span.start)
        var capitals = 0
        var last = t
        while t < reader.count && reader.tokens[t].end <= span.end {
            last = t
            t += 1
        }
        t = reader.document.tokenIndex(atOrAfter: span.start)
        while t < reader.count && reader.tokens[t].end <= span.end {
            let token = reader.tokens[t]
            if token.kind == .word {
                if reader.isCapitalized(t) {
                    capitals += 1
                } else if let w = reader.word(t), !Lexicon.minorWords.contains(w), w != "'s" {
                    return false
                }
            } else if token.kind == .punctuation && t != last {
                let c = reader.first(t)
                if c == "." || c == "," || c == "!" || c == "?" || c == ";" { return false }
            }
            t += 1
        }
        return capitals > 0
    }
}
