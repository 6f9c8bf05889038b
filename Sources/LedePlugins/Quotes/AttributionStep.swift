/// One step of quote attribution: a named function that attributes a quote or passes it on.
///
/// `Site` is what the step reads: a ``SentenceSite`` for the quote's own sentence, a
/// ``ContextSite`` for the attributions around it.
struct AttributionStep<Site>: Sendable {
    /// The step's name, as the attributor's documentation lists it.
    let name: String
    /// The rules the step's answer may report.
    let rules: [AttributionRule]
    let attribute: @Sendable (QuoteAttributor, Site) -> Attribution?
}

/// What the sentence steps read about one quote: its frame and the cues on either side, each
/// found once.
struct SentenceSite {
    var index: Int
    var frame: QuoteFrame
    /// The nearest cue before the quote in its frame.
    var leading: QuoteAttributor.Cue?
    /// The attribution the words after the quote give.
    var trailing: Attribution?
    /// The words inside the marks end with a full stop: the quote ends its sentence.
    var endsSentence: Bool
    /// The words inside the marks end with a comma or a dash: the sentence goes on.
    var endsWithComma: Bool
}

/// What the context steps read about one quote the sentence steps left unattributed.
struct ContextSite {
    var index: Int
    /// The attributions so far: the sentence steps' for every quote, the context steps' for the
    /// quotes before this one.
    var result: [Attribution?]
    /// The sentence steps' attributions alone.
    var own: [Attribution?]
}

extension QuoteAttributor {
    /// The answer of the first step in `steps` that answers for `site`.
    static func firstAnswer<Site>(of steps: [AttributionStep<Site>], for site: Site, by attributor: QuoteAttributor)
        -> Attribution?
    {
        for step in steps {
            if let found = step.attribute(attributor, site) { return found }
        }
        return nil
    }

    func sentenceSite(_ i: Int) -> SentenceSite {
        let f = frame(i)
        let endsSentence = contentEndsWithFullStop(passages[i])
        return SentenceSite(
            index: i, frame: f, leading: leadingCue(f),
            trailing: trailingAttribution(f, strict: endsSentence, endsWithTerminal: contentEndsWithTerminal(passages[i])),
            endsSentence: endsSentence, endsWithComma: contentEndsWithComma(passages[i]))
    }
}
