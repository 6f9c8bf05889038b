import LedeCore

/// The polarity of a text toward one target mention, with the sentence that shows it.
public struct TargetStance: Sendable, Hashable {
    /// The target mention.
    public var target: TextSpan
    public var text: String
    public var polarity: Polarity
    /// P(positive) - P(negative), in [-1, 1].
    public var score: Double
    /// P(negative), P(neutral), P(positive).
    public var probabilities: [Double]
    /// The sentence (or short text) the polarity was read from.
    public var evidence: TextSpan
    /// The words that pushed hardest toward the chosen polarity, strongest first.
    public var cues: [String]
}

/// Reads the polarity of a sentence toward a target mention: the trained model over
/// ``TargetFeatureExtractor`` features, or VADER's clause valence when no model is shipped.
public struct TargetPolarityClassifier: Sendable {
    public let model: TargetPolarityModel?
    public let extractor = TargetFeatureExtractor()

    public init(model: TargetPolarityModel? = .shared) {
        self.model = model
    }

    /// The tokens read for a target: the whole text when it is a few sentences long (a batch item),
    /// else the sentence holding the target.
    public static func window(_ document: Document, target: TextSpan) -> Range<Int> {
        if document.sentences.count <= 3 || document.wordCount <= 80 { return 0..<document.tokens.count }
        guard let index = document.sentenceIndex(containing: target.start) else {
            let first = document.tokenIndex(atOrAfter: target.start)
            return max(0, first - 20)..<min(document.tokens.count, first + 20)
        }
        return document.sentences[index].tokens
    }

    /// The features of the window around `target` (what training and inference both read).
    public func features(_ document: Document, target: TextSpan) -> (SentenceWords, Range<Int>, FeatureVector)? {
        let words = SentenceWords(document, tokens: Self.window(document, target: target))
        guard let positions = words.positions(overlapping: target, in: document) else { return nil }
        return (words, positions, extractor.features(words, target: positions))
    }

    /// The polarity of `document`'s text toward the mention at `target`.
    public func classify(_ document: Document, target: TextSpan) -> TargetStance {
        let window = Self.window(document, target: target)
        let evidence: TextSpan
        if let first = window.first, let last = window.last, last < document.tokens.count {
            evidence = TextSpan(document.tokens[first].start, document.tokens[last].end)
        } else {
            evidence = TextSpan(0, document.scalars.count)
        }
        let text = document.text(target)
        let words = SentenceWords(document, tokens: window)
        guard let positions = words.positions(overlapping: target, in: document) else {
            return TargetStance(
                target: target, text: text, polarity: .neutral, score: 0, probabilities: [0, 1, 0], evidence: evidence,
                cues: [])
        }
        return classify(words, positions: positions, target: target, text: text, evidence: evidence)
    }

    /// The polarity of already-folded words toward the words at `positions`.
    public func classify(
        _ words: SentenceWords, positions: Range<Int>, target: TextSpan, text: String, evidence: TextSpan
    ) -> TargetStance {
        let vector = extractor.features(words, target: positions)
        let probabilities: [Double]
        if let model, model.featureCount > 0 {
            probabilities = model.probabilities(vector)
        } else {
            probabilities = Self.lexiconProbabilities(words, target: positions, extractor: extractor)
        }
        var best = 1
        for k in 0..<3 where probabilities[k] > probabilities[best] { best = k }
        let polarity = TargetPolarityModel.classes[best]
        return TargetStance(
            target: target, text: text, polarity: polarity, score: probabilities[2] - probabilities[0],
            probabilities: probabilities, evidence: evidence, cues: cues(words, target: positions, polarity: polarity))
    }

    /// Without a model: VADER's valence of the target's clause.
    static func lexiconProbabilities(_ words: SentenceWords, target: Range<Int>, extractor: TargetFeatureExtractor)
        -> [Double]
    {
        let score = extractor.scorer.score(words)
        let compound = score.compound
        if compound >= 0.3 { return [0.1, 0.3, 0.6] }
        if compound <= -0.3 { return [0.6, 0.3, 0.1] }
        return [0.2, 0.6, 0.2]
    }

    /// Polar words of the window that agree with `polarity`, nearest the target first.
    func cues(_ words: SentenceWords, target: Range<Int>, polarity: Polarity) -> [String] {
        guard polarity != .neutral else { return [] }
        let score = extractor.scorer.score(words)
        var found: [(Int, String)] = []
        for (position, valence) in score.valences.enumerated() where !target.contains(position) {
            let verb = Int(words.info[position].verb)
            let sign = valence != 0 ? (valence > 0 ? 1 : -1) : verb
            guard sign == polarity.sign else { continue }
            let distance = position < target.lowerBound ? target.lowerBound - position : position - target.upperBound
            found.append((distance, words.words[position]))
        }
        return Array(found.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.prefix(3).map(\.1))
    }
}
