/// The rules that attribute a quotation, each with the name a quote reports as its `rule` and
/// the confidence it gives.
///
/// A rule whose evidence comes in a weaker form has a ``weakerConfidence`` as well; an
/// `according to` cue found before the quote keeps the confidence of the step that found it
/// (``cueBefore`` or ``cueInSentence``); a rule that leans on another quote's attribution
/// (``continuedQuote``, ``sameParagraph``, ``previousParagraph``) never gives more than that
/// attribution had. ``QuoteAttributor/sentenceSteps`` and ``QuoteAttributor/contextSteps`` list
/// the order in which they are tried.
enum AttributionRule: CaseIterable, Sendable, Hashable {
    /// `"WALLACE: Let's start …"`: a transcript turn names its speaker in capitals.
    case transcriptLabel
    /// `Trump said: "…"`, `Trump said that "…"`: a cue right before the quote.
    case cueBefore
    /// `"…," said Trump`: an inverted cue after the quote.
    case saidSpeaker
    /// `"…," Trump said`: a subject and its cue after the quote.
    case speakerSaid
    /// `according to Trump, "…"`, `"…," according to Trump`.
    case accordingTo
    /// `"…" — Commissioner Starks`: a dash byline, after the quote or opening the next paragraph.
    case dash
    /// `Trump called it a "disaster"`: a cue further back in the quote's sentence.
    case cueInSentence
    /// `Starmer put it plainly: ¶ "…"`: the speaker of the colon-ended sentence before the quote.
    case colonIntro
    /// `Trump: "…"`: a name right before a colon.
    case colonName
    /// The later paragraphs of a multi-paragraph quote: the first paragraph's speaker.
    case continuedQuote
    /// A quote beside an attributed one in the same paragraph: that one's speaker.
    case sameParagraph
    /// A quote that opens its paragraph after a paragraph whose last quote had a speaker.
    case previousParagraph
    /// A quote right after reported speech with no quote of its own: that report's speaker.
    case previousSentence
    /// A fragment in a sentence with no cue: the name or pronoun that opens the sentence.
    case sentenceSubject
    /// `Trump said that Putin had broken promises`: reported speech without marks.
    case indirect
    /// `…, adding that peace requires trust`: reported speech after a participle cue.
    case indirectParticiple
    /// `Putin had broken promises, Trump said.`: reported speech before a closing cue.
    case indirectTrailing
    /// No rule answered.
    case unattributed

    /// The name a quote reports as its `rule` (JSON output, `--explain`).
    var name: String {
        switch self {
        case .transcriptLabel: "transcript-label"
        case .cueBefore: "cue-before"
        case .saidSpeaker: "said-speaker"
        case .speakerSaid: "speaker-said"
        case .accordingTo: "according-to"
        case .dash: "dash"
        case .cueInSentence: "cue-in-sentence"
        case .colonIntro: "colon-intro"
        case .colonName: "colon-name"
        case .continuedQuote: "continued-quote"
        case .sameParagraph: "same-paragraph"
        case .previousParagraph: "previous-paragraph"
        case .previousSentence: "previous-sentence"
        case .sentenceSubject: "sentence-subject"
        case .indirect: "indirect"
        case .indirectParticiple: "indirect-participle"
        case .indirectTrailing: "indirect-trailing"
        case .unattributed: "unattributed"
        }
    }

    /// The confidence the rule gives when its evidence is full.
    var confidence: Double {
        switch self {
        case .transcriptLabel, .cueBefore, .saidSpeaker, .speakerSaid: 0.9
        case .accordingTo: 0.85
        case .dash, .colonIntro: 0.8
        case .cueInSentence, .continuedQuote, .sameParagraph: 0.75
        case .colonName: 0.7
        case .indirect, .indirectParticiple: 0.65
        case .indirectTrailing: 0.6
        case .previousParagraph: 0.55
        case .previousSentence: 0.5
        case .sentenceSubject: 0.4
        case .unattributed: 0.3
        }
    }

    /// The confidence of the rule's weaker form, for the rules that have one.
    var weakerConfidence: Double? {
        switch self {
        // `"…" in its dealings with Asia, said Kassenova.`: the inverted cue comes later in the tail.
        case .saidSpeaker: 0.8
        // `…, Ban said.` after a fragment: a source that closes the sentence.
        case .speakerSaid: 0.8
        // The dash opens the next paragraph.
        case .dash: 0.75
        // The colon-ended sentence has no cue: its subject.
        case .colonIntro: 0.6
        // The name does not open its sentence.
        case .colonName: 0.6
        // Leaning on the next quote rather than the previous one.
        case .sameParagraph: 0.7
        // No `that` marks where the reported words begin.
        case .indirect, .indirectParticiple: 0.5
        default: nil
        }
    }
}
