import Foundation
import LedeCore
import LedePlugins

/// `lede-train stance --train FILE [--dev FILE] [--out FILE] [--epochs N] [--l2 X] [--rate X]
/// [--min-count N] [--holdout K] [--folds K] [--grid] [--calibrate]`: fits the target-polarity model
/// (multinomial logistic regression, AdaGrad, L2) on NewsMTSC-style JSONL and writes
/// `stance-model.bin`.
///
/// Every held-out figure comes from the training file alone, split by sentence (a sentence's
/// targets stay in one fold): `--folds K` prints each of K folds' macro-F1 and their mean; `--grid`
/// picks L2 and epochs by that mean; `--calibrate` shifts the class biases by what the folds favour;
/// `--holdout K` keeps the sentences of fold K of ten out. `--dev` scores the final model on a file,
/// once, after every choice is made. The shipped model is
/// `--train newsmtsc-train.jsonl --grid --calibrate`.
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
        /// Shift the class biases to the offsets that maximise macro-F1 over the held-out folds.
        var calibrate = false
        /// The number of cross-validation folds.
        var folds = 10
        /// Choose L2 and epochs by cross-validated macro-F1.
        var grid = false
    }

    /// The values `--grid` tries.
    static let gridL2: [Float] = [3e-3, 1e-2, 3e-2, 1e-1]
    static let gridEpochs = [4, 8, 16]

    static func run(_ arguments: [String]) throws {
        var options = try parse(arguments)
        let classifier = TargetPolarityClassifier(model: nil)
        var examples = try StanceExamples.load(options.train, classifier: classifier)
        var held: [StanceExample] = []
        if let fold = options.holdout {
            held = examples.filter { $0.sentence % 10 == fold }
            examples = examples.filter { $0.sentence % 10 != fold }
        }
        print("training on \(examples.count) examples (\(Set(examples.map(\.sentence)).count) sentences)")
        if options.grid {
            var best: (l2: Float, epochs: Int, mean: Double) = (options.l2, options.epochs, -1)
            print("grid, \(options.folds)-fold macro-F1 (mean ± sd):")
            for l2 in gridL2 {
                for epochs in gridEpochs {
                    var tried = options
                    tried.l2 = l2
                    tried.epochs = epochs
                    let (mean, deviation) = summary(crossValidate(examples, options: tried).scores)
                    print(String(format: "  l2 %-6g epochs %-3d %.4f ± %.4f", l2, epochs, mean, deviation))
                    if mean > best.mean + 1e-9 { best = (l2, epochs, mean) }
                }
            }
            options.l2 = best.l2
            options.epochs = best.epochs
            print(String(format: "chosen: l2 %g, epochs %d", best.l2, best.epochs))
        }
        let validation = crossValidate(examples, options: options)
        print("\(options.folds)-fold cross-validation, by sentence:")
        for (fold, score) in validation.scores.enumerated() {
            print(String(format: "  fold %d: macro-F1 %.4f  accuracy %.4f", fold, score.macroF1, score.accuracy))
        }
        let (mean, deviation) = summary(validation.scores)
        print(String(format: "  mean macro-F1 %.4f ± %.4f", mean, deviation))
        var model = StanceLogisticRegression.fit(examples, options: options)
        if options.calibrate, let row = model.keys.firstIndex(of: bias) {
            let (negative, positive, calibrated) = calibration(validation.scored)
            print(
                String(
                    format: "bias offsets: negative %+.2f, positive %+.2f (pooled folds: macro-F1 %.4f, chosen on them)",
                    negative, positive, calibrated))
            model.rows[row][0] += negative
            model.rows[row][2] += positive
        }
        model = pruned(model, options: options)
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

    /// Drops the rows too small to matter, keeping the bias.
    static func pruned(_ model: StanceLogisticRegression, options: Options) -> StanceLogisticRegression {
        let kept = model.rows.indices.filter { row in
            model.rows[row].contains { abs($0) >= options.prune } || model.keys[row] == bias
        }
        return StanceLogisticRegression(keys: kept.map { model.keys[$0] }, rows: kept.map { model.rows[$0] })
    }

    /// Fits one model per fold (the sentences whose ordinal is the fold modulo `options.folds` held
    /// out) and scores it, pruned as shipped, on what it did not see.
    static func crossValidate(_ examples: [StanceExample], options: Options)
        -> (scores: [StanceScore], scored: [(gold: Int, scores: [Double])])
    {
        var scores: [StanceScore] = []
        var scored: [(gold: Int, scores: [Double])] = []
        for fold in 0..<options.folds {
            let train = examples.filter { $0.sentence % options.folds != fold }
            let held = examples.filter { $0.sentence % options.folds == fold }
            let fitted = pruned(StanceLogisticRegression.fit(train, options: options), options: options)
            let model = TargetPolarityModel(keys: fitted.keys, weights: fitted.rows)
            scores.append(evaluate(model, held))
            for example in held { scored.append((example.label, self.scores(model, example))) }
        }
        return (scores, scored)
    }

    static func summary(_ scores: [StanceScore]) -> (mean: Double, deviation: Double) {
        let values = scores.map(\.macroF1)
        let mean = values.reduce(0, +) / Double(max(1, values.count))
        let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(1, values.count - 1))
        return (mean, variance.squareRoot())
    }

    /// Offsets for the negative and positive class scores (neutral fixed) that maximise the pooled
    /// macro-F1 of the folds' held-out scores.
    static func calibration(_ scored: [(gold: Int, scores: [Double])]) -> (Float, Float, Double) {
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
        return best
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
            let s = scores(model, example)
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
            case "--folds": options.folds = max(2, try reader.number() as Int)
            case "--grid": options.grid = true
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
