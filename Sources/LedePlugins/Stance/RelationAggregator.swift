/// Folds relation evidence into one relation per (source, target) pair, and derives which actors
/// stand together.
enum RelationAggregator {
    /// Polarity is shown only when the mean evidence score passes this.
    static let threshold = 0.15
    /// Evidence this strong on both sides makes a mixed view: one relation of each polarity.
    static let clear = 0.5

    static func relations(_ candidates: [RelationCandidate], actors: StanceActors) -> [StanceRelation] {
        var byPair: [Int: [StanceEvidence]] = [:]
        let width = max(1, actors.actors.count)
        for candidate in candidates where candidate.source != candidate.target {
            byPair[candidate.source * width + candidate.target, default: []].append(candidate.evidence)
        }
        var relations: [StanceRelation] = []
        for key in byPair.keys.sorted() {
            guard let all = byPair[key] else { continue }
            // One piece of evidence per sentence, the strongest.
            var seen: Set<Int> = []
            let evidence = all.sorted { abs($0.score) != abs($1.score) ? abs($0.score) > abs($1.score) : $0.span < $1.span }
                .filter { seen.insert($0.span.start).inserted }
            let source = actors.actors[key / width].name
            let target = actors.actors[key % width].name
            // `accused his challenger … ` and later `praised Costa's work`: a mixed view is two
            // relations, each with its own evidence, not a neutral average that hides both.
            let positive = evidence.filter { $0.score >= Self.clear }
            let negative = evidence.filter { $0.score <= -Self.clear }
            if !positive.isEmpty && !negative.isEmpty {
                for (polarity, side) in [(Polarity.negative, negative), (.positive, positive)] {
                    let score = side.map(\.score).reduce(0, +) / Double(side.count)
                    relations.append(
                        StanceRelation(source: source, target: target, polarity: polarity, score: score, evidence: side))
                }
                continue
            }
            let score = evidence.map(\.score).reduce(0, +) / Double(max(1, evidence.count))
            let polarity = Polarity(sign: score, threshold: threshold)
            guard polarity != .neutral else { continue }
            relations.append(
                StanceRelation(
                    source: source, target: target, polarity: polarity, score: score,
                    evidence: evidence.filter { $0.polarity == polarity }))
        }
        return relations.sorted {
            let a = abs($0.score) * Double($0.evidence.count)
            let b = abs($1.score) * Double($1.evidence.count)
            if a != b { return a > b }
            if ($0.source, $0.target) != ($1.source, $1.target) { return ($0.source, $0.target) < ($1.source, $1.target) }
            return $0.polarity < $1.polarity
        }
    }

    /// Pairs of persons or organisations on the same side or on opposite sides.
    static func alignments(_ relations: [StanceRelation], actors: StanceActors) -> [StanceAlignment] {
        let parties = Set(actors.actors.filter { $0.isPerson || $0.label == "ORG" }.map(\.name))
        let relations = relations.filter { parties.contains($0.source) }
        var result: [String: StanceAlignment] = [:]
        func key(_ a: String, _ b: String) -> (String, String) { a < b ? (a, b) : (b, a) }
        for relation in relations where parties.contains(relation.target) {
            let (first, second) = key(relation.source, relation.target)
            let aligned = relation.polarity == .positive
            let basis = "\(relation.source) → \(relation.target) \(relation.polarity.rawValue)"
            if result["\(first)\u{0}\(second)"] == nil {
                result["\(first)\u{0}\(second)"] = StanceAlignment(
                    first: first, second: second, aligned: aligned, basis: basis, evidence: Array(relation.evidence.prefix(2)))
            }
        }
        // Shared stance toward a third actor.
        for a in relations.indices {
            for b in relations.indices where b > a {
                let x = relations[a]
                let y = relations[b]
                guard x.target == y.target, x.source != y.source, x.polarity == y.polarity,
                    x.source != y.target, y.source != x.target
                else { continue }
                let (first, second) = key(x.source, y.source)
                guard result["\(first)\u{0}\(second)"] == nil else { continue }
                result["\(first)\u{0}\(second)"] = StanceAlignment(
                    first: first, second: second, aligned: true,
                    basis: "both \(x.polarity.rawValue) toward \(x.target)",
                    evidence: [x.evidence.first, y.evidence.first].compactMap { $0 })
            }
        }
        return result.keys.sorted().compactMap { result[$0] }
    }
}
