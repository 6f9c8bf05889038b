import LedeCore

/// How one quotation was attributed: the speaker phrase, the cue, the rule and its confidence.
struct Attribution: Sendable, Hashable {
    /// How strong the rule's evidence was: its full form or its weaker one.
    enum Strength: Sendable, Hashable {
        case full
        case weaker
    }

    var phrase: SpeakerPhrase?
    /// Token index of the cue word (`said`; `according` for `according to`).
    var cue: Int?
    var cueText: String?
    var rule: AttributionRule
    var confidence: Double
    /// The cue sits in the same clause as the quote but not next to it (`called it a "…"`).
    var embedded: Bool = false
    /// Who relayed the words when the article has them second-hand (`Sanders said, according to
    /// CNN`): the speaker stays the person who spoke.
    var via: SpeakerPhrase?

    /// An attribution with the confidence of `rule` in the given strength.
    init(
        phrase: SpeakerPhrase?, cue: Int?, cueText: String?, rule: AttributionRule, strength: Strength = .full,
        embedded: Bool = false
    ) {
        self.phrase = phrase
        self.cue = cue
        self.cueText = cueText
        self.rule = rule
        self.confidence = strength == .weaker ? rule.weakerConfidence ?? rule.confidence : rule.confidence
        self.embedded = embedded
    }
}

/// The words around a quote inside its sentence, as token ranges.
struct QuoteFrame {
    /// Tokens before the opening mark, back to the sentence start or the previous quote.
    var before: Range<Int>
    /// Tokens after the closing mark, up to the sentence end or the next quote.
    var after: Range<Int>
    /// Token index of the opening mark.
    var open: Int
}

/// Finds the cue and speaker phrase of each quotation from the words around it.
///
/// The quote's own sentence is read first, by ``sentenceSteps`` in order; a quote none of them
/// attributes is read in its context, by ``contextSteps`` in order. The first step that answers
/// wins; anything else stays unattributed. ``AttributionRule`` names what each answer reports.
struct QuoteAttributor {
    let reader: TokenReader
    let phrases: SpeakerPhraseReader
    let passages: [QuotedPassage]
    /// The passages' spans, for ``isQuoted(_:)``.
    let spans: [TextSpan]

    init(reader: TokenReader, passages: [QuotedPassage]) {
        self.reader = reader
        self.phrases = SpeakerPhraseReader(reader: reader)
        self.passages = passages
        self.spans = passages.map(\.span)
    }

    func frame(_ i: Int) -> QuoteFrame {
        let passage = passages[i]
        let paragraphs = reader.document.paragraphs
        let paragraph = passage.paragraph < paragraphs.count ? paragraphs[passage.paragraph] : passage.span
        let previousEnd = i > 0 && passages[i - 1].paragraph == passage.paragraph ? passages[i - 1].span.end : paragraph.start
        let nextStart =
            i + 1 < passages.count && passages[i + 1].paragraph == passage.paragraph
            ? passages[i + 1].span.start : paragraph.end
        let open = reader.document.tokenIndex(atOrAfter: passage.span.start)
        // `said it was "…" and "…"`: the sentence goes on over an earlier fragment.
        var lowerLimit = previousEnd
        if i > 0, passages[i - 1].paragraph == passage.paragraph, passages[i - 1].isClosed,
            !contentEndsWithTerminal(passages[i - 1]), !contentEndsWithComma(passages[i - 1])
        {
            lowerLimit = i > 1 && passages[i - 2].paragraph == passage.paragraph ? passages[i - 2].span.end : paragraph.start
        }
        let lowest = reader.document.tokenIndex(atOrAfter: lowerLimit)
        var b = open
        while b > lowest && b > open - SearchWindow.beforeQuote && !reader.endsSentence(b - 1) { b -= 1 }
        let afterStart = reader.document.tokenIndex(atOrAfter: passage.span.end)
        let highest = reader.document.tokenIndex(atOrAfter: nextStart)
        var a = afterStart
        while a < highest && a < afterStart + SearchWindow.afterQuote && !reader.isBoundary(a) { a += 1 }
        return QuoteFrame(before: b..<open, after: afterStart..<max(afterStart, a), open: open)
    }

    /// The attribution from the quote's own sentence, with the outlet that relayed it, or nil.
    func attributeInSentence(_ i: Int) -> Attribution? {
        let site = sentenceSite(i)
        guard var found = Self.firstAnswer(of: Self.sentenceSteps, for: site, by: self) else { return nil }
        if let cue = found.cue, found.rule != .accordingTo { found.via = relay(in: site.frame, besides: cue) }
        return found
    }

    /// `…," Sanders said, according to CNN.` or `According to the pool report, Obama said: "…"`:
    /// an `according to` in the quote's sentence that is not its own cue.
    private func relay(in f: QuoteFrame, besides cue: Int) -> SpeakerPhrase? {
        for t in [f.before, f.after].joined() where t != cue && !isQuoted(t) {
            guard reader.word(t) == "according", reader.word(t + 1) == "to" else { continue }
            let limit = t < f.open ? f.open : f.after.upperBound
            var end = t + 2
            while end < limit && !reader.isPunct(end, ",") && !reader.isBoundary(end) { end += 1 }
            guard end > t + 2, let phrase = phrases.right(of: t + 1, limit: end) else { continue }
            return phrase
        }
        return nil
    }

    /// `"WALLACE: Let's start …"`: a transcript turn names its speaker in capitals before a colon.
    func transcriptLabel(_ i: Int) -> Attribution? {
        let content = passages[i].content
        let first = reader.document.tokenIndex(atOrAfter: content.start)
        var t = first
        while t < reader.count && t < first + SearchWindow.transcriptLabel && reader.isAllCapitals(t) { t += 1 }
        guard t > first, t < reader.count, reader.isPunct(t, ":"), reader.tokens[t].end < content.end else { return nil }
        return Attribution(
            phrase: SpeakerPhrase(tokens: first..<t, kind: .name), cue: nil, cueText: nil, rule: .transcriptLabel)
    }

    /// `X said: "…"`, `X said, "…"`, `X said that "…"`, `X told reporters: "…"`.
    func isTightLeading(_ c: Cue, _ f: QuoteFrame) -> Bool {
        let gap = f.open - c.cue - 1
        if gap <= 0 { return true }
        if gap > SearchWindow.tightLeadingGap { return false }
        let last = f.open - 1
        return reader.isPunct(last, ":") || reader.isPunct(last, ",") || reader.word(last) == "that" || gap == 1
    }

    /// Whether the words inside the marks end with `.`, `?` or `!`.
    func contentEndsWithTerminal(_ passage: QuotedPassage) -> Bool {
        var k = passage.content.end - 1
        while k >= passage.content.start && Characters.isSpace(reader.scalars[k]) { k -= 1 }
        guard k >= passage.content.start else { return false }
        let c = reader.scalars[k]
        return c == "." || c == "?" || c == "!" || c == "…"
    }

    func contentEndsWithComma(_ passage: QuotedPassage) -> Bool {
        var k = passage.content.end - 1
        while k >= passage.content.start && Characters.isSpace(reader.scalars[k]) { k -= 1 }
        return k >= passage.content.start && (reader.scalars[k] == "," || reader.scalars[k] == "—")
    }

    /// Whether the words inside the marks end with a full stop (`…down."`): a sentence ends
    /// with the quote, so what follows is usually a new sentence.
    func contentEndsWithFullStop(_ passage: QuotedPassage) -> Bool {
        var k = passage.content.end - 1
        while k >= passage.content.start && Characters.isSpace(reader.scalars[k]) { k -= 1 }
        return k >= passage.content.start && reader.scalars[k] == "."
    }

    // MARK: - Cue before the quote

    struct Cue {
        var cue: Int
        var kind: QuoteLexicon.CueKind
        var isAccordingTo: Bool
    }

    func cueKind(_ t: Int) -> (QuoteLexicon.CueKind, Bool)? {
        guard let w = reader.word(t) else { return nil }
        if w == "according", reader.word(t + 1) == "to" { return (.speech, true) }
        guard reader.isLowercaseWord(t) else { return nil }  // `United States`, `Said` in a name
        if let particles = QuoteLexicon.particleCues[w], reader.word(t + 1).map({ particles.contains($0) }) == true {
            return (.speech, false)
        }
        // `issued a statement`, `released a written statement`: what follows is that statement.
        if w == "issued" || w == "released",
            (1...SearchWindow.statementObject).contains(where: { reader.word(t + $0) == "statement" || reader.word(t + $0) == "statements" })
        {
            return (.speech, false)
        }
        // `Braynard is quoted as saying`: the quoted person speaks.
        if w == "quoted", reader.word(t + 1) == "as", reader.word(t + 2) == "saying" { return (.speech, false) }
        guard let kind = QuoteLexicon.cues[w] else { return nil }
        // `the report states that …`, `"…," the lawsuit states.`, but not `giving states more power`.
        if w == "states" || w == "state",
            !(reader.word(t + 1) == "that" || t + 1 >= reader.count || reader.tokens[t + 1].kind != .word)
        {
            return nil
        }
        // `it reminds him of …` is no speech.
        if w.hasPrefix("remind"), reader.word(t + 2) == "of" { return nil }
        // `a flurry of late-night tweets`, `her claims`: a plural noun, not a verb.
        if w.hasSuffix("s"), let previous = reader.word(t - 1),
            Lexicon.nounMarkers.contains(previous) || previous.contains("-") || reader.word(t - 2) == "of"
        {
            return nil
        }
        // `the promised interconnector`, `its stated aim`: a participle after a determiner
        // describes a noun; no one speaks.
        if w.hasSuffix("ed"), let previous = reader.word(t - 1), Lexicon.nounMarkers.contains(previous),
            reader.word(t + 1).map({ !Lexicon.nounMarkers.contains($0) && $0 != "that" }) == true
        {
            return nil
        }
        // `read` and `reads` count only as `the statement read` or `it read`: not after another
        // pronoun or `to`.
        if w == "read" || w == "reads", let previous = reader.word(t - 1), previous != "it",
            Lexicon.speakerPronouns.contains(previous) || Lexicon.speakerAuxiliaries.contains(previous) || previous == "to"
        {
            return nil
        }
        return (kind, false)
    }

    func leadingCue(_ f: QuoteFrame) -> Cue? {
        var t = f.open - 1
        while t >= f.before.lowerBound {
            if !isQuoted(t), let (kind, according) = cueKind(t) { return Cue(cue: t, kind: kind, isAccordingTo: according) }
            t -= 1
        }
        return nil
    }

    /// Whether token `t` lies inside one of the passages (binary search over their spans).
    func isQuoted(_ t: Int) -> Bool { spans.covers(reader.tokens[t].start) }

    /// The attribution a cue before the quote gives: `rule`, or ``AttributionRule/accordingTo``
    /// with `rule`'s confidence when the cue is `according to`.
    func attribution(leadingCue c: Cue, frame f: QuoteFrame, rule: AttributionRule) -> Attribution? {
        let cueText: String
        var phrase: SpeakerPhrase?
        if c.isAccordingTo {
            cueText = "according to"
            phrase = phrases.right(of: c.cue + 1, limit: f.open)
        } else {
            cueText = reader.lower(c.cue)
            if isPassive(c.cue) { return nil }  // `were told "…"`: the listener, not the speaker
            if reader.word(c.cue - 1) == "having" {
                phrase = clauseSubject(before: c.cue - 1, limit: f.before.lowerBound)
            } else if reader.word(c.cue - 1) == "to", c.kind != .participle {
                // `He went on to say, "…"`: the subject of the verb the infinitive hangs on.
                phrase = clauseSubject(before: c.cue - 1, limit: f.before.lowerBound)
            } else if c.kind == .participle {
                phrase = clauseSubject(before: c.cue, limit: f.before.lowerBound)
            } else {
                phrase = phrases.left(of: c.cue, limit: f.before.lowerBound)
                // `said Trump: "…"`, but not `and said the senator can "…"`: an inverted speaker
                // runs up to the quote.
                if phrase == nil && c.kind == .speech, let right = phrases.right(of: c.cue, limit: f.open),
                    right.tokens.upperBound == f.open
                        || (right.tokens.upperBound == f.open - 1 && (reader.isPunct(f.open - 1, ",") || reader.isPunct(f.open - 1, ":")))
                {
                    phrase = right
                }
                // `Carson did not name them, but told his supporters: "…"`: the subject of the verb
                // before, else the sentence's; `Cooper said …, and said it was "…"`: the speaker of
                // the cue before.
                if phrase == nil, f.before.lowerBound < c.cue, isCoordinatedVerb(c.cue, limit: f.before.lowerBound) {
                    phrase = coordinatedSubject(c.cue, limit: f.before.lowerBound)
                        ?? clauseSubject(before: c.cue, limit: f.before.lowerBound)
                }
            }
        }
        guard let phrase else { return nil }
        let embedded = f.open - c.cue > SearchWindow.tightLeadingGap
        var found = Attribution(
            phrase: phrase, cue: c.cue, cueText: cueText, rule: c.isAccordingTo ? .accordingTo : rule, embedded: embedded)
        found.confidence = rule.confidence
        return found
    }

    /// `was told`, `were asked`, `has been called`: a passive cue names the listener or the
    /// thing named.
    func isPassive(_ cue: Int) -> Bool {
        guard let w = reader.word(cue), w.hasSuffix("ed") || w == "told" || w == "said" || w == "read" else { return false }
        var t = cue - 1
        while reader.isLowercaseWord(t), let a = reader.word(t), a.hasSuffix("ly") || a == "also" || a == "not" { t -= 1 }
        guard let before = reader.word(t) else { return false }
        return Lexicon.passiveAuxiliaries.contains(before)
    }

    /// `he laughed and said`: the subject of the verb before the conjunction.
    private func coordinatedSubject(_ cue: Int, limit: Int) -> SpeakerPhrase? {
        var t = cue - 1
        while t >= limit, reader.isLowercaseWord(t), let w = reader.word(t), Lexicon.speakerAuxiliaries.contains(w) { t -= 1 }
        let verb = t - 1
        guard verb > limit, reader.isLowercaseWord(verb), let w = reader.word(verb), w.hasSuffix("ed") else { return nil }
        return phrases.left(of: verb, limit: limit)
    }

    /// Whether the cue follows `and`, `but` or `then` (with auxiliaries between): its subject is
    /// the sentence's.
    private func isCoordinatedVerb(_ cue: Int, limit: Int) -> Bool {
        var t = cue - 1
        while t >= limit, reader.isLowercaseWord(t), let w = reader.word(t), Lexicon.speakerAuxiliaries.contains(w) { t -= 1 }
        guard t >= limit, let w = reader.word(t) else { return false }
        return w == "and" || w == "but" || w == "then" || w == "yet"
    }
}
