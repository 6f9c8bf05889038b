import LedeCore

/// One quotation or piece of reported speech and who said it.
public struct Quote: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Direct speech: `"Putin has let me down," Trump said.`
        case speech
        /// A quoted fragment inside reported speech: `accused Putin of "breaking promises"`.
        case partial
        /// Scare quotes: `the so-called "peace plan"`.
        case scare
        /// A quoted title of a work, programme or slogan.
        case title
        /// Reported speech without quote marks: `Trump said Putin had broken promises`.
        case indirect
    }

    /// The quotation including its marks (for indirect speech: the reported content).
    public var span: TextSpan
    /// The words inside the marks.
    public var content: TextSpan
    public var kind: Kind
    /// Index into ``EntityAnalysis/entities`` of the speaker, when resolved.
    public var speakerEntity: Int?
    /// The speaker's canonical name, or nil when honestly unknown.
    public var speaker: String?
    /// The surface words the quote was attributed to (`he`, `one analyst`, `Mr. Trump`).
    public var speakerMention: String?
    public var speakerSpan: TextSpan?
    /// The cue verb (`said`, `according to`).
    public var cue: String?
    /// Who relayed the words when the article has them second-hand (`according to CNN`).
    public var via: String?
    /// The rule that decided the attribution (for `--explain` and tests).
    public var rule: String
    public var confidence: Double
    /// Whether the marks are the article's main quotation style: double marks, or single marks
    /// in an article that uses no other kind. A single-marked headline quote in a double-marked
    /// article is not, nor is a quote in doubled apostrophes (` ''…'' `).
    public var isPrimaryStyle: Bool = true

    public init(
        span: TextSpan, content: TextSpan, kind: Kind, speakerEntity: Int? = nil, speaker: String? = nil,
        speakerMention: String? = nil, speakerSpan: TextSpan? = nil, cue: String? = nil, rule: String,
        confidence: Double
    ) {
        self.span = span
        self.content = content
        self.kind = kind
        self.speakerEntity = speakerEntity
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.speakerSpan = speakerSpan
        self.cue = cue
        self.rule = rule
        self.confidence = confidence
    }
}

/// The quotes plugin's output for one article, in text order.
public struct QuoteAnalysis: Sendable, Hashable {
    public var quotes: [Quote]
    public init(quotes: [Quote] = []) { self.quotes = quotes }
}

extension Array where Element == TextSpan {
    /// Whether `offset` lies inside one of these spans, which are sorted and do not overlap
    /// (a binary search).
    func covers(_ offset: Int) -> Bool {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low < count && self[low].start <= offset
    }
}
