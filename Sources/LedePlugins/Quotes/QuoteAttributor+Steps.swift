/// The order in which the attributor tries its rules. The first step that answers wins.
///
/// In the quote's own sentence:
/// 1. `transcript-label`: `"WALLACE: …"` (transcript-label).
/// 2. `cue-after-comma`: a cue just after a comma-ended quote, its outer source
///    (`pledged to "…," the Sentinel reported`) (dash, according-to, said-speaker, speaker-said).
/// 3. `cue-before`: a cue right before the quote (`Trump said: "…"`) (cue-before, according-to).
/// 4. `cue-after`: a cue after a quote that does not end its sentence (`"…," Trump said`) (dash,
///    according-to, said-speaker, speaker-said).
/// 5. `cue-in-sentence`: a cue further back in the sentence (`called it a "…"`) (cue-in-sentence,
///    according-to).
/// 6. `cue-after-sentence`: a short closing tail after a quote that ends its sentence
///    (`"…." Trump said.`) (dash, according-to, said-speaker, speaker-said).
///
/// In its context, for a quote the sentence leaves unattributed:
/// 1. `colon-sentence`: the colon-ended sentence before the quote (colon-intro, colon-name).
/// 2. `dash-next-paragraph`: `"…" ¶ — Commissioner Starks` (dash).
/// 3. `continued-quote`: the next paragraph of a multi-paragraph quote (continued-quote).
/// 4. `previous-quote`: the quote before it in the paragraph (sentence-subject, same-paragraph).
/// 5. `next-quote`: the quote after it in the paragraph (sentence-subject, same-paragraph).
/// 6. `previous-paragraph`: the last quote of the paragraph before (previous-paragraph).
/// 7. `previous-sentence`: reported speech just before it (previous-sentence).
/// 8. `sentence-subject`: the name or pronoun that opens its sentence (sentence-subject).
extension QuoteAttributor {
    /// The steps that read the quote's own sentence, in order.
    static let sentenceSteps: [AttributionStep<SentenceSite>] = [
        AttributionStep(name: "transcript-label", rules: [.transcriptLabel]) { $0.transcriptLabel($1.index) },
        AttributionStep(name: "cue-after-comma", rules: trailingRules) { _, site in
            guard let trailing = site.trailing, let cue = trailing.cue, site.endsWithComma,
                cue - site.frame.after.lowerBound <= SearchWindow.closeTrailingCue
            else { return nil }
            return trailing
        },
        AttributionStep(name: "cue-before", rules: [.cueBefore, .accordingTo]) { attributor, site in
            guard let leading = site.leading, attributor.isTightLeading(leading, site.frame) else { return nil }
            return attributor.attribution(leadingCue: leading, frame: site.frame, rule: .cueBefore)
        },
        AttributionStep(name: "cue-after", rules: trailingRules) { _, site in site.endsSentence ? nil : site.trailing },
        AttributionStep(name: "cue-in-sentence", rules: [.cueInSentence, .accordingTo]) { attributor, site in
            site.leading == nil ? nil : attributor.cueInSentence(site.frame)
        },
        AttributionStep(name: "cue-after-sentence", rules: trailingRules) { _, site in site.endsSentence ? site.trailing : nil },
    ]

    /// The steps that read a quote's context, in order.
    static let contextSteps: [AttributionStep<ContextSite>] = [
        AttributionStep(name: "colon-sentence", rules: [.colonIntro, .colonName]) { $0.colonIntroduced($1.index) },
        AttributionStep(name: "dash-next-paragraph", rules: [.dash]) { $0.dashInNextParagraph($1.index) },
        AttributionStep(name: "continued-quote", rules: [.continuedQuote]) { $0.continuedQuote($1) },
        AttributionStep(name: "previous-quote", rules: [.sentenceSubject, .sameParagraph]) { $0.previousQuoteInParagraph($1) },
        AttributionStep(name: "next-quote", rules: [.sentenceSubject, .sameParagraph]) { $0.nextQuoteInParagraph($1) },
        AttributionStep(name: "previous-paragraph", rules: [.previousParagraph]) { $0.previousParagraph($1) },
        AttributionStep(name: "previous-sentence", rules: [.previousSentence]) { $0.previousSentenceSpeaker($1.index) },
        AttributionStep(name: "sentence-subject", rules: [.sentenceSubject]) { $0.sentenceSubject($1.index) },
    ]

    /// What a cue after the quote may report.
    static let trailingRules: [AttributionRule] = [.dash, .accordingTo, .saidSpeaker, .speakerSaid]

    /// The nearest cue before the quote that yields a speaker (`Trump called it a "…"`). A cue
    /// inside a relative clause (`told a student who argued that "…"`) yields to a cue
    /// before it whose speaker is not the relative pronoun.
    func cueInSentence(_ f: QuoteFrame) -> Attribution? {
        var t = f.open - 1
        var relative: Attribution?
        while t >= f.before.lowerBound {
            if !isQuoted(t), let (kind, according) = cueKind(t),
                let found = attribution(
                    leadingCue: Cue(cue: t, kind: kind, isAccordingTo: according), frame: f, rule: .cueInSentence)
            {
                guard let phrase = found.phrase, isRelativePronoun(phrase) else { return found }
                if relative == nil { relative = found }
            }
            t -= 1
        }
        return relative
    }

    /// `who`, `which` or `that` standing as a speaker: the subject of a relative clause.
    func isRelativePronoun(_ phrase: SpeakerPhrase) -> Bool {
        phrase.kind == .pronoun && phrase.tokens.count == 1
            && (reader.word(phrase.tokens.lowerBound).map { ["who", "which", "that"].contains($0) } ?? false)
    }
}
