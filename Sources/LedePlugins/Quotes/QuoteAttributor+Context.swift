import LedeCore

extension QuoteAttributor {
    /// Attributions for every passage, in passage order: the sentence steps first, then the
    /// context steps in text order so a quote can lean on the one before it.
    func attributeAll() -> [Attribution?] {
        var result: [Attribution?] = passages.indices.map { attributeInSentence($0) }
        let own = result
        for i in passages.indices where result[i] == nil {
            let found = Self.firstAnswer(of: Self.contextSteps, for: ContextSite(index: i, result: result, own: own), by: self)
            result[i] = found
        }
        return result
    }

    /// The next paragraph of a multi-paragraph quote: the previous part's speaker.
    func continuedQuote(_ site: ContextSite) -> Attribution? {
        let i = site.index
        guard passages[i].continuesFromPrevious, i > 0, let previous = site.result[i - 1] else { return nil }
        return inherited(previous, rule: .continuedQuote)
    }

    /// A quote after an attributed one in the same paragraph: that one's speaker.
    func previousQuoteInParagraph(_ site: ContextSite) -> Attribution? {
        let i = site.index
        guard i > 0, passages[i - 1].paragraph == passages[i].paragraph, let previous = site.result[i - 1] else { return nil }
        // `… Zucker said. On Monday, Trump groused that CNN "…"`: a fragment inside a later
        // sentence belongs to that sentence's subject.
        if !sharesSentence(i - 1, i), let subject = sentenceSubject(i) { return subject }
        return inherited(previous, rule: .sameParagraph)
    }

    /// A quote before an attributed one in the same paragraph: that one's speaker.
    func nextQuoteInParagraph(_ site: ContextSite) -> Attribution? {
        let i = site.index
        guard i + 1 < passages.count, passages[i + 1].paragraph == passages[i].paragraph, let next = site.own[i + 1] else {
            return nil
        }
        // Only a subject that opens the sentence: after an introduction (`In a statement issued
        // in the capital, Kallisto, a spokesman …`) the name found may be a place.
        if !sharesSentence(i, i + 1), let subject = sentenceSubject(i), let phrase = subject.phrase,
            phrase.tokens.lowerBound == frame(i).before.lowerBound
        {
            return subject
        }
        return inherited(next, rule: .sameParagraph, strength: .weaker)
    }

    /// A quote that opens its paragraph right after a paragraph whose last quote had a speaker.
    func previousParagraph(_ site: ContextSite) -> Attribution? {
        let i = site.index
        let passage = passages[i]
        let paragraphs = reader.document.paragraphs
        guard passage.paragraph > 0, passage.paragraph < paragraphs.count,
            passage.span.start == paragraphs[passage.paragraph].start, i > 0,
            passages[i - 1].paragraph == passage.paragraph - 1, let previous = site.result[i - 1],
            endsParagraph(i - 1)
        else { return nil }
        return inherited(previous, rule: .previousParagraph)
    }

    /// A fragment inside a sentence with no speech cue (`Trump launched into a lament for the
    /// "countless Americans"`): the person the sentence is about, when it opens with a name or a
    /// pronoun. Weak evidence, so a low confidence.
    func sentenceSubject(_ i: Int) -> Attribution? {
        let f = frame(i)
        guard f.open > f.before.lowerBound,
            reader.isWord(f.open - 1) || reader.isPunct(f.open - 1, ",") || reader.isPunct(f.open - 1, ":")
        else { return nil }
        guard let phrase = sentenceOpener(from: f.before.lowerBound, before: f.open), !phrase.isDescribed else {
            return nil
        }
        return Attribution(phrase: phrase, cue: nil, cueText: nil, rule: .sentenceSubject, embedded: true)
    }

    /// Whether passage `j` and passage `i` (after it) stand in one sentence.
    func sharesSentence(_ j: Int, _ i: Int) -> Bool {
        let document = reader.document
        guard let a = document.sentenceIndex(containing: max(0, passages[j].span.end - 1)),
            let b = document.sentenceIndex(containing: passages[i].span.start)
        else { return true }
        return a == b
    }

    /// A quote that opens its sentence right after reported speech with no quote of its own
    /// (`Kerry said 100,000 would be accepted. ¶ "That adds up …"`): that report's speaker.
    func previousSentenceSpeaker(_ i: Int) -> Attribution? {
        let passage = passages[i]
        let open = reader.document.tokenIndex(atOrAfter: passage.span.start)
        guard open > 0, let sentence = reader.document.sentenceIndex(containing: reader.tokens[open - 1].start) else {
            return nil
        }
        let tokens = reader.document.sentences[sentence].tokens
        guard tokens.upperBound <= open, reader.isTerminal(tokens.upperBound - 1) || reader.isPunct(tokens.upperBound - 1, ":")
        else { return nil }
        if i > 0 && passages[i - 1].span.end > reader.tokens[tokens.lowerBound].start { return nil }
        var t = tokens.upperBound - 1
        while t >= tokens.lowerBound {
            if let (kind, according) = cueKind(t), kind != .naming {
                let phrase: SpeakerPhrase?
                if according {
                    phrase = phrases.right(of: t + 1, limit: tokens.upperBound)
                } else if kind == .participle {
                    phrase = clauseSubject(before: t, limit: tokens.lowerBound)
                } else {
                    phrase = phrases.left(of: t, limit: tokens.lowerBound)
                }
                guard let phrase else { return nil }
                return Attribution(
                    phrase: phrase, cue: t, cueText: according ? "according to" : reader.lower(t), rule: .previousSentence)
            }
            t -= 1
        }
        return nil
    }

    /// `source`'s speaker and cue under `rule`, never more confident than `source`.
    private func inherited(_ source: Attribution, rule: AttributionRule, strength: Attribution.Strength = .full) -> Attribution {
        var copy = source
        copy.rule = rule
        let confidence = strength == .weaker ? rule.weakerConfidence ?? rule.confidence : rule.confidence
        copy.confidence = min(source.confidence, confidence)
        copy.embedded = false
        return copy
    }

    /// Whether only a short tail (`he said.`) follows the passage in its paragraph.
    private func endsParagraph(_ i: Int) -> Bool {
        let paragraphs = reader.document.paragraphs
        let p = passages[i].paragraph
        guard p < paragraphs.count else { return false }
        return reader.wordCount(TextSpan(passages[i].span.end, paragraphs[p].end)) <= SearchWindow.paragraphTailWords
    }

    /// A quote that ends its paragraph, signed in the next one: `"…" ¶ — Commissioner Starks`.
    func dashInNextParagraph(_ i: Int) -> Attribution? {
        let passage = passages[i]
        let paragraphs = reader.document.paragraphs
        let next = passage.paragraph + 1
        guard next < paragraphs.count, reader.wordCount(TextSpan(passage.span.end, paragraphs[passage.paragraph].end)) == 0
        else { return nil }
        let t = reader.document.tokenIndex(atOrAfter: paragraphs[next].start)
        guard t < reader.count, reader.tokens[t].kind == .punctuation else { return nil }
        let c = reader.first(t)
        guard c == "-" || c == "—" || c == "–" || c == "―" else { return nil }
        let end = reader.document.tokenIndex(atOrAfter: paragraphs[next].end)
        guard let phrase = phrases.right(of: t, limit: end), phrase.kind == .name else { return nil }
        return Attribution(phrase: phrase, cue: t, cueText: "—", rule: .dash, strength: .weaker)
    }

    /// `Starmer put it plainly: ¶ "…"` or `Trump said: "…"` split over a line: the speaker of the
    /// colon-ended sentence just before the quote.
    func colonIntroduced(_ i: Int) -> Attribution? {
        let passage = passages[i]
        let scalars = reader.scalars
        var k = passage.span.start - 1
        while k >= 0 && Characters.isSpace(scalars[k]) { k -= 1 }
        guard k >= 0, scalars[k] == ":" else { return nil }
        let colon = reader.document.tokenIndex(atOrAfter: k)
        guard colon < reader.count, reader.tokens[colon].start == k else { return nil }
        var start = colon
        while start > 0 && start > colon - SearchWindow.colonSentence && !reader.endsSentence(start - 1) && reader.tokens[start - 1].kind != .quote {
            start -= 1
        }
        var t = colon - 1
        while t >= start {
            if let (kind, according) = cueKind(t), kind != .naming {
                let phrase: SpeakerPhrase?
                if according {
                    phrase = phrases.right(of: t + 1, limit: colon)
                } else if kind == .participle {
                    phrase = clauseSubject(before: t, limit: start)
                } else {
                    phrase = phrases.left(of: t, limit: start) ?? (kind == .speech ? phrases.right(of: t, limit: colon) : nil)
                }
                if let phrase {
                    return Attribution(
                        phrase: phrase, cue: t, cueText: according ? "according to" : reader.lower(t), rule: .colonIntro)
                }
            }
            t -= 1
        }
        // `Trump: "…"` (headlines, transcripts): a name right before the colon.
        // Not the object of a preposition (`broke it down to the newspaper NRC Handelsblad:`).
        if let phrase = phrases.head(endingAt: colon - 1, limit: start), phrase.kind == .name,
            !(reader.word(phrase.tokens.lowerBound - 1).map { Lexicon.objectPrepositions.contains($0) } ?? false)
        {
            return Attribution(
                phrase: phrase, cue: nil, cueText: ":", rule: .colonName,
                strength: phrase.tokens.lowerBound == start ? .full : .weaker)
        }
        // A sentence that names its subject and ends in a colon (`Starmer put it plainly:`).
        if passage.span.start > reader.tokens[colon].end,
            let phrase = sentenceOpener(from: start, before: colon), !phrase.isDescribed
        {
            return Attribution(phrase: phrase, cue: nil, cueText: ":", rule: .colonIntro, strength: .weaker)
        }
        return nil
    }
}
