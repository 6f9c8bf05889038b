import LedeCore

/// The subject a cue hangs on when it is not next to it: the clause's or the sentence's.
extension QuoteAttributor {
    /// The subject a participle or coordinated cue hangs on (`Trump said …, adding: "…"`, `Cooper
    /// said …, and said it was "…"`): the speaker of the nearest finite cue before it, or the
    /// phrase that opens the sentence.
    func clauseSubject(before participle: Int, limit: Int) -> SpeakerPhrase? {
        // `with Sen. John McCain calling it …`: a name or pronoun right before the participle.
        var last = participle - 1
        while last > limit, reader.isLowercaseWord(last), let w = reader.word(last), w.count > 4, w.hasSuffix("ly") { last -= 1 }
        // Not the object of a place or medium (`responded on Facebook writing`); `footage of Trump
        // saying` and `with McCain calling it` do name the speaker.
        if last >= limit, !reader.isPunct(last, ","),
            let phrase = phrases.head(endingAt: last, limit: limit),
            !phrase.isDescribed || reader.word(phrase.tokens.lowerBound - 1) == "with",
            !(reader.word(phrase.tokens.lowerBound - 1).map { Lexicon.venuePrepositions.contains($0) } ?? false)
        {
            return phrase
        }
        var t = participle - 1
        while t >= limit {
            // `according to their attorneys` names a source, not the clause's subject.
            // A relative clause's verb (`a builder who said he was owed money, saying`) is not
            // the clause the participle hangs on.
            if let (kind, according) = cueKind(t), kind != .participle, kind != .naming, !according,
                let phrase = phrases.left(of: t, limit: limit), !isRelativePronoun(phrase)
            {
                return phrase
            }
            t -= 1
        }
        return sentenceOpener(from: limit, before: participle)
    }

    /// The phrase that opens a sentence starting at token `start` (skipping an introductory
    /// `Speaking to reporters,` clause).
    func sentenceOpener(from start: Int, before end: Int) -> SpeakerPhrase? {
        var s = start
        // `LISBON (Lede Wire) — Three days …`: the dateline is not the subject.
        if let dateline = reader.document.dateline, s < reader.count, dateline.contains(reader.tokens[s].start) {
            s = reader.document.tokenIndex(atOrAfter: dateline.end)
            guard s < end else { return nil }
        }
        s = afterIntroduction(from: s, before: end)
        // `WASHINGTON (AFP) – Democrat Hillary Clinton …`: a dateline the document did not mark.
        if reader.isCapitalized(s), reader.isPunct(s + 1, "(") {
            var close = s + 2
            while close < end && close < s + SearchWindow.datelineAgency && !reader.isPunct(close, ")") { close += 1 }
            if close + 1 < end, reader.isPunct(close, ")"), reader.isDash(close + 1) || reader.isPunct(close + 1, "-") {
                s = close + 2
            }
        }
        guard s < end, let w = reader.word(s) else { return nil }
        if Lexicon.speakerPronouns.contains(w) && w != "who" { return SpeakerPhrase(tokens: s..<s + 1, kind: .pronoun) }
        if reader.isCapitalized(s) && !Lexicon.determiners.contains(w) {
            var e = s
            while e + 1 < end && reader.isCapitalized(e + 1) && e < s + SearchWindow.openingName { e += 1 }
            // `Indeed, …`, `Only he …`: a common word set off before the subject names nobody.
            if e == s, s + 1 < end, reader.isCommonWord(s) {
                if let next = reader.word(s + 1), next == "he" || next == "she" {
                    return SpeakerPhrase(tokens: s + 1..<s + 2, kind: .pronoun)
                }
                if reader.isPunct(s + 1, ",") { return nil }
            }
            return phrases.head(endingAt: e, limit: s)
        }
        guard Lexicon.determiners.contains(w) else { return nil }
        var e = s
        while e + 1 < end && e < s + SearchWindow.openingDescription, reader.isWord(e + 1), let next = reader.word(e + 1), QuoteLexicon.cues[next] == nil,
            !Lexicon.speakerAuxiliaries.contains(next), !Lexicon.phraseBreakers.contains(next),
            !(next.hasSuffix("ed") && e > s)
        {
            e += 1
        }
        guard e > s else { return nil }
        return SpeakerPhrase(tokens: s..<e + 1, kind: reader.isCapitalized(e) ? .name : .description)
    }

    /// Skips an introductory phrase ending in a comma (`However,`, `Hours later,`,
    /// `Speaking to reporters,`), but not a name with an appositive (`Trump, a Republican,`).
    func afterIntroduction(from start: Int, before end: Int) -> Int {
        guard let w = reader.word(start) else { return start }
        var k = start
        var sawLowercase = false
        while k < end && k < start + SearchWindow.introduction && !reader.isPunct(k, ",") {
            if reader.isLowercaseWord(k) { sawLowercase = true }
            k += 1
        }
        guard k < end && reader.isPunct(k, ",") else { return start }
        // `Perez hammered Trump, calling him …`: a clause with a past-tense verb is the sentence's own.
        let hasPastTense = (start + 1..<k).contains { reader.isLowercaseWord($0) && (reader.word($0)?.hasSuffix("ed") ?? false) }
        if !Lexicon.introWords.contains(w), !w.hasSuffix("ing"), hasPastTense {
            return start
        }
        // `Specifically,`, `Ironically,`: a sentence adverb alone.
        if k == start + 1, w.count > 4, w.hasSuffix("ly") { return k + 1 }
        if w.hasSuffix("ing") || Lexicon.introWords.contains(w) || (sawLowercase && k - start <= 6 && !reader.isCapitalized(start + 1)
            && !Lexicon.determiners.contains(w) && !Lexicon.speakerPronouns.contains(w))
        {
            // `Speaking in Salem, New Hampshire, Trump …`: the state after a town belongs to the
            // introduction.
            if reader.isCapitalized(k - 1) {
                var m = k + 1
                while m < end && m < k + SearchWindow.stateAfterTown && reader.isCapitalized(m) { m += 1 }
                if m > k + 1, m + 1 < end, reader.isPunct(m, ","), reader.isCapitalized(m + 1) { return m + 1 }
            }
            return k + 1
        }
        return start
    }
}
