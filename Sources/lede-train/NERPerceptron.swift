import LedeCore
import LedePlugins

/// An averaged perceptron over the recogniser's hashed features, trained with the same greedy
/// left-to-right decoding the plugin uses (the history features see the model's own predictions).
struct NERPerceptron {
    let rowsLog2: Int
    let rowMask: UInt64
    var weights: [Float]
    /// Sum of step * update, for averaging (`average = weights - totals / steps`).
    var totals: [Double]
    var steps: Double = 1

    init(rowsLog2: Int) {
        self.rowsLog2 = rowsLog2
        rowMask = (UInt64(1) << UInt64(rowsLog2)) - 1
        weights = Array(repeating: 0, count: (1 << rowsLog2) * NERTag.count)
        totals = Array(repeating: 0, count: weights.count)
    }

    /// One pass over a document; returns the number of token errors.
    mutating func train(_ example: NERExample, extractor start: NERFeatureExtractor) -> Int {
        var extractor = start
        var errors = 0
        var features: [UInt64] = []
        features.reserveCapacity(64)
        var scores = [Float](repeating: 0, count: NERTag.count)
        for sentence in example.sentences {
            var previous = NERTag.outside
            var beforePrevious = NERTag.outside
            for i in sentence {
                features.removeAll(keepingCapacity: true)
                extractor.features(at: i, in: sentence, previous: previous, beforePrevious: beforePrevious, into: &features)
                for t in 0..<NERTag.count { scores[t] = 0 }
                for feature in features {
                    let row = Int(truncatingIfNeeded: feature & rowMask) * NERTag.count
                    for t in 0..<NERTag.count { scores[t] += weights[row + t] }
                }
                var best = NERTag.outside
                var bestScore = -Float.infinity
                for t in 0..<NERTag.count where NERTag.isAllowed(t, after: previous) && scores[t] > bestScore {
                    best = t
                    bestScore = scores[t]
                }
                var gold = example.gold[i]
                if !NERTag.isAllowed(gold, after: previous) { gold = NERTag.begin(NERTag.label(gold)) }
                let untrusted = !example.trustsCapitalisedOutside && gold == NERTag.outside
                    && extractor.infos[i].isCapitalised
                if best != gold && !untrusted {
                    errors += 1
                    let delta = example.weight
                    let stepped = Double(delta) * steps
                    for feature in features {
                        let row = Int(truncatingIfNeeded: feature & rowMask) * NERTag.count
                        weights[row + gold] += delta
                        weights[row + best] -= delta
                        totals[row + gold] += stepped
                        totals[row + best] -= stepped
                    }
                }
                steps += 1
                extractor.record(i, tag: best)
                beforePrevious = previous
                previous = best
            }
        }
        return errors
    }

    /// The averaged weights.
    func averaged() -> [Float] {
        var result = weights
        for k in result.indices { result[k] = Float(Double(weights[k]) - totals[k] / steps) }
        return result
    }

    /// Averaged weights rounded to Int8 with one scale, clipping the rare extreme weights.
    static func quantized(_ weights: [Float], clipQuantile: Double = 0.99995) -> (weights: [Int8], scale: Float) {
        let magnitudes = weights.lazy.map { abs($0) }.filter { $0 > 0 }.sorted()
        guard !magnitudes.isEmpty else { return (Array(repeating: 0, count: weights.count), 1) }
        let clip = magnitudes[min(magnitudes.count - 1, Int(Double(magnitudes.count) * clipQuantile))]
        let scale = clip / 127
        let quantized = weights.map { Int8(max(-127, min(127, ($0 / scale).rounded()))) }
        return (quantized, scale)
    }
}
