import LedeCore

/// Finds reported speech without quote marks: `Trump said Putin had broken promises`,
/// `…, stressing that peace requires credible commitments`, `Putin had failed, Trump said.`
///
/// Sentences that hold a direct quote are left to the direct rules. One report per sentence, the
/// first cue that yields both a speaker and a content of four words or more.
struct IndirectSpeechFinder {
    let reader: TokenReader
    let attributor: QuoteAttributor
    let quotes: [Quote]

    func find() -> [(quote: Quote, phrase: SpeakerPhrase?)] {
        var result: [(quote: Quote, phrase: SpeakerPhrase?)] = []
        var q = 0
        for sentence in reader.document.sentences {
            while q < quotes.count && quotes[q].span.end <= sentence.span.start { q += 1 }
            if q < quotes.count && quotes[q].span.start < sentence.span.end { continue }
            if let found = report(in: sentence.tokens) { result.append(found) }
        }
        return result
    }

    private func report(in range: Range<Int>) -> (quote: Quote, phrase: SpeakerPhrase?)? {
        guard range.count >= 5 else { return nil }
        var end = range.upperBound
        while end > range.lowerBound && reader.tokens[end - 1].kind != .word && reader.tokens[end - 1].kind != .number {
            end -= 1
        }
        var fallback: (quote: Quote, phrase: SpeakerPhrase?)?
        for t in range {
            let token = reader.tokens[t]
            guard token.kind == .word, token.length >= 3, token.length <= 12, Characters.isLower(reader.first(t)),
                let w = reader.word(t), let kind = QuoteLexicon.cues[w], kind != .naming
            else { continue }
            if let found = trailing(cue: t, range: range, end: end) { return found }
            guard let (start, explicit) = contentStart(after: t, word: w, kind: kind, end: end), end > start,
                reader.wordCount(TextSpan(reader.tokens[start].start, reader.tokens[end - 1].end)) >= 4
            else { continue }
            let phrase =
                kind == .participle
                ? attributor.clauseSubject(before: t, limit: range.lowerBound)
                : attributor.phrases.left(of: t, limit: range.lowerBound)
            guard let phrase else { continue }
            let span = TextSpan(reader.tokens[start].start, reader.tokens[end - 1].end)
            let rule: AttributionRule = kind == .participle ? .indirectParticiple : .indirect
            let quote = Quote(
                span: span, content: span, kind: .indirect, cue: w, rule: rule.name,
                confidence: explicit ? rule.confidence : rule.weakerConfidence ?? rule.confidence)
            if explicit { return (quote, phrase) }
            if fallback == nil { fallback = (quote, phrase) }
        }
        return fallback
    }

    /// Where the reported content starts after the cue: after `that`, or right after `said`
    /// when a clause follows.
    private func contentStart(after cue: Int, word: String, kind: QuoteLexicon.CueKind, end: Int) -> (Int, Bool)? {
        var k = cue + 1
        while k < end && k < cue + SearchWindow.reportedClauseStart {
            guard let w = reader.word(k) else { return nil }
            if w == "that" { return k + 1 < end ? (k + 1, true) : nil }
            if kind == .speechNoInversion || kind == .participle || Lexicon.timeWords.contains(w) {
                k += 1
                continue
            }
            // `said Putin had broken promises`: a clause starts right away.
            guard k == cue + 1, Lexicon.bareClauseCues.contains(word) else { return nil }
            return reader.isCapitalized(k) || Lexicon.speakerPronouns.contains(w) || Lexicon.determiners.contains(w)
                ? (k, false) : nil
        }
        return nil
    }

    /// `Putin had broken promises, Trump said.`: the content before a closing attribution.
    private func trailing(cue: Int, range: Range<Int>, end: Int) -> (quote: Quote, phrase: SpeakerPhrase?)? {
        guard cue + 1 >= end || (cue + SearchWindow.closingCueTail >= end && reader.word(cue + 1).map { Lexicon.timeWords.contains($0) } == true)
        else { return nil }
        guard let phrase = attributor.phrases.left(of: cue, limit: range.lowerBound) else { return nil }
        let comma = phrase.tokens.lowerBound - 1
        guard comma > range.lowerBound, reader.isPunct(comma, ",") else { return nil }
        let span = TextSpan(reader.tokens[range.lowerBound].start, reader.tokens[comma - 1].end)
        guard reader.wordCount(span) >= 4, let w = reader.word(cue) else { return nil }
        let rule = AttributionRule.indirectTrailing
        let quote = Quote(span: span, content: span, kind: .indirect, cue: w, rule: rule.name, confidence: rule.confidence)
        return (quote, phrase)
    }
}
