import LedeCore

/// One sentence that shows a stance, and the rule that read it.
public struct StanceEvidence: Sendable, Hashable {
    /// The sentence.
    public var span: TextSpan
    public var text: String
    /// How the stance was read: `verb-frame`, `passive-frame`, `nominal-frame`, `quote`,
    /// `reported-speech`, `sentence-polarity`.
    public var rule: String
    public var polarity: Polarity
    /// Signed strength in [-1, 1].
    public var score: Double
}

/// A stance of one actor toward another, aggregated over the article.
public struct StanceRelation: Sendable, Hashable {
    /// Canonical name of the actor who holds the stance.
    public var source: String
    /// Canonical name of the actor it is held toward.
    public var target: String
    public var polarity: Polarity
    /// Mean signed strength of the evidence, in [-1, 1].
    public var score: Double
    /// Every sentence behind the relation, strongest first.
    public var evidence: [StanceEvidence]
}

/// How an article treats one entity: the author's voice and quoted voices counted apart.
public struct EntityTone: Sendable, Hashable {
    public var entity: String
    public var label: String
    public var polarity: Polarity
    /// Mean signed polarity over the mentions, in [-1, 1].
    public var score: Double
    /// Mentions read as negative, neutral, positive in the author's own sentences.
    public var authorCounts: [Int]
    /// The same inside quotations.
    public var quotedCounts: [Int]
    /// The most polar sentences about the entity, strongest first.
    public var evidence: [StanceEvidence]
}

/// Two actors on the same side (a positive stance between them, or the same stance toward a
/// third actor) or on opposite sides (a negative stance between them).
public struct StanceAlignment: Sendable, Hashable {
    public var first: String
    public var second: String
    public var aligned: Bool
    /// Why: `positive relation`, `negative relation`, or `both negative toward X`.
    public var basis: String
    public var evidence: [StanceEvidence]
}

/// The stance plugin's output for one article.
public struct StanceAnalysis: Sendable, Hashable {
    public var relations: [StanceRelation]
    public var alignments: [StanceAlignment] = []
    public var tone: [EntityTone]
    /// The polarity toward the article's given target (batch input with `target_start`/`target_end`).
    public var target: TargetStance?

    public init(relations: [StanceRelation] = [], tone: [EntityTone] = [], target: TargetStance? = nil) {
        self.relations = relations
        self.tone = tone
        self.target = target
    }
}
