import Foundation
import LedeCore

/// Scores every sentence of a document for extraction: a position prior, position-aware
/// centrality in the spirit of PacSum (Zheng & Lapata 2019), and the salience of the article's
/// main names.
struct SentenceScorer: Sendable {
    /// Weights of the three features in the combined score.
    var positionWeight = 1.0
    var centralityWeight = 0.5
    var salienceWeight = 0.1
    /// Weight of similarity to the headline (Edmundson's title method), when there is one.
    var titleWeight = 0.25
    /// How fast the position prior decays with the rank of the eligible sentence.
    var positionDecay = 1.0
    /// PacSum's weight on similarity to earlier sentences (negative: repeating what came before
    /// is a sign of a detail, not of the gist).
    var backwardWeight = -0.3

    /// Scores `candidates` in place from their unit term `vectors` (over `terms` term ids) and the
    /// raw entity `salience` of each.
    func score(_ candidates: inout [SummaryCandidate], vectors: [SparseVector], terms: Int, salience: [Double],
               title: SparseVector = SparseVector()) {
        let eligible = candidates.indices.filter { candidates[$0].exclusion == nil && !vectors[$0].isEmpty }
        guard !eligible.isEmpty else { return }
        // Centrality in linear time: v_i · Σ_{j>i} v_j and v_i · Σ_{j<i} v_j with running sums.
        var forward = [Double](repeating: 0, count: candidates.count)
        var backward = [Double](repeating: 0, count: candidates.count)
        var sum = [Float](repeating: 0, count: terms)
        for i in eligible.reversed() {
            forward[i] = Double(vectors[i].dot(dense: sum))
            vectors[i].add(into: &sum)
        }
        for k in sum.indices { sum[k] = 0 }
        for i in eligible {
            backward[i] = Double(vectors[i].dot(dense: sum))
            vectors[i].add(into: &sum)
        }
        let n = Double(max(1, eligible.count - 1))
        var centrality = [Double](repeating: 0, count: candidates.count)
        for i in eligible {
            centrality[i] = (forward[i] + backwardWeight * backward[i]) / n
        }
        let lowest = eligible.map { centrality[$0] }.min() ?? 0
        let highest = eligible.map { centrality[$0] }.max() ?? 0
        let maxSalience = eligible.map { salience[$0] }.max() ?? 0
        for (rank, i) in eligible.enumerated() {
            let position = 1 / pow(Double(rank + 1), positionDecay)
            let central = highest > lowest ? (centrality[i] - lowest) / (highest - lowest) : 1
            let salient = maxSalience > 0 ? salience[i] / maxSalience : 0
            candidates[i].position = position
            candidates[i].centrality = central
            candidates[i].salience = salient
            candidates[i].title = Double(vectors[i].dot(title))
            candidates[i].score = positionWeight * position + centralityWeight * central + salienceWeight * salient
                + titleWeight * candidates[i].title
        }
    }
}
