/// Multinomial logistic regression trained with AdaGrad and L2 on sparse examples; deterministic
/// (a fixed shuffle seed), so a rerun reproduces the committed weights.
struct StanceLogisticRegression {
    var keys: [UInt32]
    var rows: [[Float]]

    static func fit(_ examples: [StanceExample], options: StanceTrainer.Options) -> StanceLogisticRegression {
        var counts: [UInt32: Int] = [:]
        for example in examples { for key in Set(example.keys) { counts[key, default: 0] += 1 } }
        let keys = counts.filter { $0.value >= options.minCount }.keys.sorted()
        var index: [UInt32: Int] = [:]
        for (row, key) in keys.enumerated() { index[key] = row }
        var weights = [Float](repeating: 0, count: keys.count * 3)
        var squares = [Float](repeating: 1e-6, count: keys.count * 3)
        let rows = examples.map { example in
            zip(example.keys, example.values).compactMap { key, value in index[key].map { ($0, value) } }
        }
        var classCounts = [0, 0, 0]
        for example in examples { classCounts[example.label] += 1 }
        let classWeight: [Float] = (0..<3).map { k in
            options.balance ? Float(examples.count) / Float(3 * max(1, classCounts[k])) : 1
        }
        var order = Array(examples.indices)
        var seed: UInt64 = 0x5EED
        for _ in 0..<options.epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                order.swapAt(i, Int((seed >> 33) % UInt64(i + 1)))
            }
            for e in order {
                let features = rows[e]
                var scores: [Float] = [0, 0, 0]
                for (row, value) in features { for k in 0..<3 { scores[k] += weights[row * 3 + k] * value } }
                let top = scores.max() ?? 0
                let exps = scores.map { expf($0 - top) }
                let total = exps.reduce(0, +)
                let label = examples[e].label
                for (row, value) in features {
                    for k in 0..<3 {
                        let p = exps[k] / total
                        let gradient = classWeight[label] * (p - (k == label ? 1 : 0)) * value
                            + options.l2 * weights[row * 3 + k]
                        squares[row * 3 + k] += gradient * gradient
                        weights[row * 3 + k] -= options.rate * gradient / squares[row * 3 + k].squareRoot()
                    }
                }
            }
        }
        return StanceLogisticRegression(
            keys: keys, rows: (0..<keys.count).map { Array(weights[($0 * 3)..<($0 * 3 + 3)]) })
    }
}

import Foundation
