import Foundation
import LedeCore
import LedePlugins

/// `lede-train stance --train FILE [--dev FILE] [--out FILE] [--epochs N] [--l2 X] [--rate X]
/// [--min-count N] [--holdout K] [--calibrate]`: fits the target-polarity model (multinomial
/// logistic regression, AdaGrad, L2) on NewsMTSC-style JSONL and writes `stance-model.bin`.
/// `--holdout K` keeps every tenth example (offset K) out of training and reports on it; `--dev`
/// reports on a file; `--calibrate` shifts the class biases by what ten held-out folds of the
/// training file favour. The shipped model is `--train newsmtsc-train.jsonl --calibrate`.
enum StanceTrainer {
    struct Options {
        var train = ""
        var dev: String?
        var out = "Sources/LedeCore/Resources/stance-model.bin"
        var epochs = 8
        var l2: Float = 1e-2
        var rate: Float = 0.01
        var minCount = 2
        var holdout: Int?
        var balance = true
        /// Rows whose largest absolute weight is below this are dropped from the shipped file.
        var prune: Float = 0.03
        /// Shift the class biases to the offsets that maximise macro-F1 over ten held-out folds.
        var calibrate = false
    }

    static func run(_ arguments: [String]) throws {
        let options = try parse(arguments)
        let classifier = TargetPolarityClassifier(model: nil)
        var examples = try StanceExamples.load(options.train, classifier: classifier)
        var held: [StanceExample] = []
        if let fold = options.holdout {
            held = examples.enumerated().filter { $0.offset % 10 == fold }.map(\.element)
            examples = examples.enumerated().filter { $0.offset % 10 != fold }.map(\.element)
        }
        print("training on \(examples.count) examples")
        var model = StanceLogisticRegression.fit(examples, options: options)
        if options.calibrate, let row = model.keys.firstIndex(of: bias) {
            let (negative, positive) = calibration(examples, options: options)
            print(String(format: "bias offsets: negative %+.2f, positive %+.2f", negative, positive))
            model.rows[row][0] += negative
            model.rows[row][2] += positive
        }
        let kept = model.rows.indices.filter { row in
            model.rows[row].contains { abs($0) >= options.prune } || model.keys[row] == bias
        }
        model = StanceLogisticRegression(keys: kept.map { model.keys[$0] }, rows: kept.map { model.rows[$0] })
        print("features kept: \(model.keys.count)")
        let shipped = TargetPolarityModel(keys: model.keys, weights: model.rows)
        for (name, set) in [("train", examples), ("holdout", held)] where !set.isEmpty {
            print("\(name): \(evaluate(shipped, set))")
        }
        if let dev = options.dev {
            print("dev: \(evaluate(shipped, try StanceExamples.load(dev, classifier: classifier)))")
        }
        let data = TargetPolarityModel.encode(keys: model.keys, weights: model.rows)
        try data.write(to: URL(fileURLWithPath: options.out))
        print("wrote \(options.out) (\(data.count) bytes)")
    }

    /// Offsets for the negative and positive class scores (neutral fixed) that maximise the summed
    /// macro-F1 of ten models, each scored on the tenth of `examples` it did not see.
    static func calibration(_ examples: [StanceExample], options: Options) -> (Float, Float) {
        var scored: [(gold: Int, scores: [Double])] = []
        for fold in 0..<10 {
            let train = examples.enumerated().filter { $0.offset % 10 != fold }.map(\.element)
            let held = examples.enumerated().filter { $0.offset % 10 == fold }.map(\.element)
            let fitted = StanceLogisticRegression.fit(train, options: options)
            let model = TargetPolarityModel(keys: fitted.keys, weights: fitted.rows)
            for example in held { scored.append((example.label, scores(model, example))) }
        }
        var best: (Float, Float, Double) = (0, 0, -1)
        for a in stride(from: -0.6, through: 0.6, by: 0.05) {
            for b in stride(from: -0.6, through: 0.6, by: 0.05) {
                var score = StanceScore()
                for item in scored {
                    let s = [item.scores[0] + a, item.scores[1], item.scores[2] + b]
                    var top = 1
                    for k in 0..<3 where s[k] > s[top] { top = k }
                    score.add(gold: item.gold, predicted: top)
                }
                if score.macroF1 > best.2 + 1e-9 { best = (Float(a), Float(b), score.macroF1) }
            }
        }
        print(String(format: "calibration: held-out macro-F1 %.4f", best.2))
        return (best.0, best.1)
    }

    static func scores(_ model: TargetPolarityModel, _ example: StanceExample) -> [Double] {
        var s = [0.0, 0.0, 0.0]
        for (key, value) in zip(example.keys, example.values) {
            guard let w = model.weights(ofStored: key) else { continue }
            for k in 0..<3 { s[k] += w[k] * Double(value) }
        }
        return s
    }

    /// The bias feature's stored key (always kept).
    static let bias = TargetPolarityModel.storedKey(FeatureHash.key(1))

    static func evaluate(_ model: TargetPolarityModel, _ examples: [StanceExample]) -> StanceScore {
        var score = StanceScore()
        for example in examples {
            var s = [0.0, 0.0, 0.0]
            for (key, value) in zip(example.keys, example.values) {
                guard let w = model.weights(ofStored: key) else { continue }
                for k in 0..<3 { s[k] += w[k] * Double(value) }
            }
            var best = 1
            for k in 0..<3 where s[k] > s[best] { best = k }
            score.add(gold: example.label, predicted: best)
        }
        return score
    }

    static func parse(_ arguments: [String]) throws -> Options {
        var options = Options()
        var reader = TrainerArguments(arguments)
        while let flag = reader.nextFlag() {
            switch flag {
            case "--train": options.train = try reader.value()
            case "--dev": options.dev = try reader.value()
            case "--out": options.out = try reader.value()
            case "--epochs": options.epochs = try reader.number()
            case "--l2": options.l2 = try reader.number()
            case "--rate": options.rate = try reader.number()
            case "--min-count": options.minCount = try reader.number()
            case "--holdout": options.holdout = try reader.number() as Int
            case "--no-balance": options.balance = false
            case "--prune": options.prune = try reader.number()
            case "--calibrate": options.calibrate = true
            default: throw reader.unknown(flag)
            }
        }
        guard !options.train.isEmpty else { throw TrainerError("usage: lede-train stance --train FILE [--dev FILE]") }
        return options
    }
}

struct TrainerError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
