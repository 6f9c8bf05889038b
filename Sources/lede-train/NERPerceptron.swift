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
    /// With domain copies (Daumé 2007, "frustratingly easy domain adaptation"): every feature also
    /// counts once more keyed by its example's domain, so conventions that differ between data
    /// sets (GMB's spans and labels against CoNLL's) go to the domain copies and what holds in both
    /// to the shared one. The shipped weights fold the target domain's copies into the shared rows.
    var domainCopies = false
    /// Shared row -> its target-domain copy's row, for every feature seen in a target example.
    var targetRows: [Int32: Int32] = [:]

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
                if domainCopies {
                    let shared = features.count
                    for k in 0..<shared {
                        let copy = NERHash.mix(features[k], 0x646F_6D61_696E &+ example.domain)
                        features.append(copy)
                        if example.domain == 0 {
                            targetRows[Int32(truncatingIfNeeded: features[k] & rowMask)] = Int32(truncatingIfNeeded: copy & rowMask)
                        }
                    }
                }
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

    /// The averaged weights; with domain copies, each target-domain copy added to its shared row.
    func averaged() -> [Float] {
        var result = weights
        for k in result.indices { result[k] = Float(Double(weights[k]) - totals[k] / steps) }
        guard domainCopies else { return result }
        var folded = result
        for (shared, copy) in targetRows.sorted(by: { $0.key < $1.key }) {
            for t in 0..<NERTag.count { folded[Int(shared) * NERTag.count + t] += result[Int(copy) * NERTag.count + t] }
        }
        return folded
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
