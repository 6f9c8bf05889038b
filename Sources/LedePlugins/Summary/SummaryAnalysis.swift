import LedeCore

/// One sentence of the article as the summary sees it: where its own words are, whether it may
/// enter a summary, and how it scores.
public struct SummaryCandidate: Sendable, Hashable {
    /// Index in ``Document/sentences``.
    public var sentence: Int
    /// The sentence without a leading dateline or run-in caption.
    public var span: TextSpan
    /// Word and number tokens in ``span``.
    public var words: Int
    /// Why the sentence never enters a summary, or nil.
    public var exclusion: SummaryExclusion?
    /// Most of its words are inside quotation marks.
    public var isQuote: Bool
    /// Prior from the sentence's place among the eligible ones (1 for the first).
    public var position: Double
    /// Position-aware centrality: similarity to the sentences after it, less similarity to those
    /// before it, scaled so the most central sentence has 1.
    public var centrality: Double
    /// Weight of the article's main names that the sentence mentions, scaled to 1.
    public var salience: Double
    /// Similarity to the headline (0 when the article has none).
    public var title: Double = 0
    /// The combined score the selection starts from.
    public var score: Double
    /// The main names the sentence mentions, most salient first (for `--explain`).
    public var names: [String]
}

/// How long a summary should be.
public enum SummaryLength: Sendable, Hashable {
    /// The best N sentences.
    case sentences(Int)
    /// Sentences up to about this many words.
    case words(Int)
    /// This fraction of the article's words.
    case ratio(Double)
}

/// A sentence chosen for a summary.
public struct SummarySentence: Sendable, Hashable {
    public var candidate: SummaryCandidate
    /// 1 for the sentence chosen first.
    public var rank: Int
    /// The score after the redundancy penalty, when it was chosen.
    public var adjustedScore: Double
    /// Highest similarity to a sentence chosen before it.
    public var redundancy: Double
}

/// The summary plugin's output for one article: every sentence scored, plus key phrases.
public struct SummaryAnalysis: Sendable {
    /// One per sentence of the document, in order.
    public var candidates: [SummaryCandidate]
    /// Key phrases, best first.
    public var keywords: [Keyphrase]
    /// Unit term vectors of the candidates (same order), for redundancy.
    var vectors: [SparseVector]

    /// Weight of redundancy against score in the greedy selection (maximal marginal relevance).
    static let redundancyWeight = 0.5
    /// Similarity above which a sentence repeats one already chosen and is skipped.
    static let duplicateSimilarity: Float = 0.7
    /// The length of an ordinary news sentence, in words: `-n N` keeps to N times this.
    static let wordsPerSentence = 30
    /// The default length: three sentences.
    public static let defaultLength = SummaryLength.sentences(3)

    /// Chooses sentences by maximal marginal relevance, returned in document order.
    public func select(_ length: SummaryLength = defaultLength) -> [SummarySentence] {
        let eligible = candidates.indices.filter { candidates[$0].exclusion == nil }
        let totalWords = eligible.reduce(0) { $0 + candidates[$1].words }
        let maxSentences: Int
        let wordBudget: Int
        switch length {
        case .sentences(let n):
            // N sentences of ordinary length: a long one is passed over while shorter ones fit.
            maxSentences = max(0, n)
            wordBudget = Self.wordsPerSentence * min(maxSentences, 100_000)
        case .words(let w):
            maxSentences = Int.max
            wordBudget = max(1, w)
        case .ratio(let r):
            maxSentences = Int.max
            wordBudget = max(1, Int((Double(totalWords) * min(max(r, 0), 1)).rounded()))
        }
        // A sentence count is a hard limit on words too; a word budget may run over by a tenth.
        let slack: Int
        if case .sentences = length { slack = 0 } else { slack = wordBudget / 10 }
        var chosen: [SummarySentence] = []
        var remaining = eligible
        var words = 0
        while chosen.count < maxSentences, !remaining.isEmpty, words < wordBudget {
            var best = -1
            var bestValue = -Double.infinity
            var bestRedundancy = 0.0
            for (k, index) in remaining.enumerated() {
                let candidate = candidates[index]
                if words > 0 && words + candidate.words > wordBudget + slack { continue }
                var redundancy: Float = 0
                for picked in chosen { redundancy = max(redundancy, vectors[index].dot(vectors[picked.candidate.sentence])) }
                if redundancy >= Self.duplicateSimilarity { continue }
                let value = candidate.score - Self.redundancyWeight * Double(redundancy)
                if value > bestValue {
                    bestValue = value
                    best = k
                    bestRedundancy = Double(redundancy)
                }
            }
            guard best >= 0 else { break }
            let index = remaining.remove(at: best)
            words += candidates[index].words
            chosen.append(
                SummarySentence(candidate: candidates[index], rank: chosen.count + 1, adjustedScore: bestValue,
                                redundancy: bestRedundancy))
        }
        return chosen.sorted { $0.candidate.sentence < $1.candidate.sentence }
    }

    /// The first `count` sentences of the story (the lead baseline): page furniture such as
    /// bylines, datelines, headings and captions skipped, quotes kept.
    public func lead(_ count: Int) -> [SummaryCandidate] {
        let story: Set<SummaryExclusion> = [.unattributedQuote, .peripheralQuote, .question]
        return Array(candidates.lazy.filter { $0.exclusion.map(story.contains) ?? true }.prefix(max(0, count)))
    }
}

/// A key phrase of an article.
public struct Keyphrase: Sendable, Hashable {
    /// The phrase as it first appears.
    public var text: String
    /// Where it first appears.
    public var span: TextSpan
    public var score: Double
    /// How often it occurs.
    public var count: Int
}
