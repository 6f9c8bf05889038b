import Foundation
import LedeCore
import LedeKit
import LedePlugins

/// `lede-train ner`: trains the entity recogniser and writes `ner-model.bin`.
///
///     lede-train ner [--data DIR] [--out FILE] [--epochs N] [--gmb-weight W] [--domain-copies yes|no]
///                    [--gmb-partial yes|no] [--rows-log2 N] [--gazetteer-log2 N] [--bag N] [--dev FILE]
///                    [--folds K]
///     lede-train ner --bench FILE [--runs N]
///
/// Reads `DIR/ner/conll2003-train.jsonl`, `DIR/ner/gmb-train.jsonl` and `DIR/gazetteers/*.tsv`
/// (default DIR `../shared/data`), writes `Sources/LedePlugins/Resources/ner-model.bin` by default.
/// Training is deterministic: the same data and options give the same bytes.
enum NERTrainer {
    struct Options {
        var data = "../shared/data"
        var out = "Sources/LedePlugins/Resources/ner-model.bin"
        var epochs = 12
        var gmbWeight: Float = 0
        var gmbGroup = 12
        var gmbPartial = true
        /// Share of the GMB (from its start) the name lexicon is derived from; 0 for none.
        var lexiconShare = 1.0
        var upperShare = 0.12
        var lowerShare = 0.03
        var rowsLog2 = 19
        var gazetteerLog2 = 17
        var seed: UInt64 = 2003
        var domainCopies = false
        /// GMB examples get the same all-capitals and lower-case variants as CoNLL's.
        var gmbCaseVariants = false
        var dev: [String] = []
        /// Share of the GMB (from its start) trained on, with `--gmb-weight`.
        var gmbShare = 1.0
        /// Perceptrons trained and averaged.
        var bag = 1
        /// `--folds K`: K models, each trained without every K-th CoNLL document and scored on them.
        var folds = 0
        /// The CoNLL documents (index modulo `folds`) left out of training.
        var heldFold: Int?
        var bench: String?
        var runs = 5
    }

    static func run(_ arguments: [String]) throws {
        var options = Options()
        var reader = TrainerArguments(arguments, prefix: "ner: ")
        while let flag = reader.nextFlag() {
            switch flag {
            case "--data": options.data = try reader.value()
            case "--out": options.out = try reader.value()
            case "--epochs": options.epochs = try reader.number()
            case "--gmb-weight": options.gmbWeight = try reader.number()
            case "--upper-share": options.upperShare = try reader.number()
            case "--lower-share": options.lowerShare = try reader.number()
            case "--rows-log2": options.rowsLog2 = try reader.number()
            case "--seed": options.seed = try reader.number()
            case "--gazetteer-log2": options.gazetteerLog2 = try reader.number()
            case "--gmb-case": options.gmbCaseVariants = try reader.value() == "yes"
            case "--domain-copies": options.domainCopies = try reader.value() == "yes"
            case "--dev": options.dev.append(try reader.value())
            case "--bag": options.bag = try reader.number()
            case "--gmb-share": options.gmbShare = try reader.number()
            case "--folds": options.folds = try reader.number()
            case "--lexicon-share": options.lexiconShare = try reader.number()
            case "--gmb-partial": options.gmbPartial = try reader.value() == "yes"
            case "--bench": options.bench = try reader.value()
            case "--runs": options.runs = try reader.number()
            default: throw reader.unknown(flag)
            }
        }
        if let bench = options.bench {
            try NERBenchmark.run(path: bench, runs: options.runs)
        } else if options.folds > 1 {
            try crossValidate(options)
        } else {
            try train(options)
        }
    }

    static func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Trains `options.folds` models, each without one fold of the CoNLL training documents (every
    /// K-th), and prints each one's exact span+label F1 on its fold, the mean and the spread.
    static func crossValidate(_ options: Options) throws {
        var scores: [Double] = []
        for fold in 0..<options.folds {
            var fitted = options
            fitted.heldFold = fold
            fitted.dev = []
            let score = try train(fitted)
            print(String(format: "fold %d: F1 %.4f", fold, score))
            scores.append(score)
        }
        let mean = scores.reduce(0, +) / Double(scores.count)
        let spread = (scores.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(1, scores.count - 1))).squareRoot()
        print(String(format: "%d-fold mean F1 %.4f ± %.4f (the recogniser alone, CoNLL training documents)", options.folds, mean, spread))
    }

    /// Trains one model. With `options.heldFold` it writes nothing and returns the model's F1 on
    /// the held-out documents; otherwise it writes the model (and scores `options.dev`) and
    /// returns 0.
    @discardableResult
    static func train(_ options: Options) throws -> Double {
        let clock = ContinuousClock()
        let began = clock.now
        var lexicon: [(String, NERGazetteer.Classes)] = []
        if options.lexiconShare > 0 {
            let records = try NERCorpus.records(path: options.data + "/ner/gmb-train.jsonl")
            lexicon = NERLexicon.entries(Array(records.prefix(Int(Double(records.count) * options.lexiconShare))))
            log("GMB lexicon: \(lexicon.count) names")
        }
        let gazetteer = try NERGazetteerBuilder.build(
            directory: options.data + "/gazetteers", log2: options.gazetteerLog2, lexicon: lexicon)
        log("gazetteer: \(gazetteer.count) keys")
        var random = SeededGenerator(seed: options.seed)
        var examples: [NERExample] = []
        var held: [NERCorpus.Record] = []
        for (index, record) in try NERCorpus.records(path: options.data + "/ner/conll2003-train.jsonl").enumerated() {
            if let fold = options.heldFold, index % options.folds == fold {
                held.append(record)
                continue
            }
            examples.append(NERCorpus.example(record, weight: 1))
            let draw = Double(random.next() % 1_000_000) / 1_000_000
            if draw < options.upperShare {
                examples.append(NERCorpus.example(record, weight: 1, transform: NERCorpus.upper))
            } else if draw < options.upperShare + options.lowerShare {
                examples.append(NERCorpus.example(record, weight: 1, transform: NERCorpus.lower))
            }
        }
        let conllCount = examples.count
        if options.gmbWeight > 0 {
            let all = try NERCorpus.records(path: options.data + "/ner/gmb-train.jsonl")
            let records = Array(all.prefix(Int(Double(all.count) * options.gmbShare)))
            var relabelled = 0
            for record in NERCorpus.grouped(records, size: options.gmbGroup) {
                var example = NERCorpus.example(record, weight: options.gmbWeight)
                relabelled += NERCorpus.relabelPlaceNames(&example, gazetteer: gazetteer)
                example.trustsCapitalisedOutside = !options.gmbPartial
                example.domain = 1
                examples.append(example)
                guard options.gmbCaseVariants else { continue }
                let draw = Double(random.next() % 1_000_000) / 1_000_000
                var transform: ((Unicode.Scalar) -> Unicode.Scalar)?
                if draw < options.upperShare {
                    transform = NERCorpus.upper
                } else if draw < options.upperShare + options.lowerShare {
                    transform = NERCorpus.lower
                }
                if let transform {
                    var variant = NERCorpus.example(record, weight: options.gmbWeight, transform: transform)
                    _ = NERCorpus.relabelPlaceNames(&variant, gazetteer: gazetteer)
                    variant.trustsCapitalisedOutside = !options.gmbPartial
                    variant.domain = 1
                    examples.append(variant)
                }
            }
            log("GMB: \(relabelled) person or organisation spans that are exactly a country or city name made LOC")
        }
        log("examples: \(conllCount) CoNLL (with case variants), \(examples.count - conllCount) GMB groups")
        let extractors = examples.map {
            NERFeatureExtractor(scalars: $0.scalars, tokens: $0.tokens, sentences: $0.sentences, gazetteer: gazetteer)
        }
        // `--bag N`: N perceptrons, each over its own order of the examples, averaged (parameter
        // mixing): one order's luck matters less.
        var mixed: [Float] = []
        for member in 1...max(1, options.bag) {
            var perceptron = NERPerceptron(rowsLog2: options.rowsLog2)
            perceptron.domainCopies = options.domainCopies
            var order = Array(examples.indices)
            for epoch in 1...max(1, options.epochs) {
                order.shuffle(using: &random)
                var errors = 0
                var tokens = 0
                for k in order {
                    errors += perceptron.train(examples[k], extractor: extractors[k])
                    tokens += examples[k].tokens.count
                }
                log("model \(member), epoch \(epoch): \(errors) errors in \(tokens) tokens")
            }
            let averaged = perceptron.averaged()
            if mixed.isEmpty {
                mixed = averaged
            } else {
                for k in mixed.indices { mixed[k] += averaged[k] }
            }
        }
        let (weights, scale) = NERPerceptron.quantized(mixed.map { $0 / Float(max(1, options.bag)) })
        let model = NERModel(rowsLog2: options.rowsLog2, weights: weights, scale: scale, gazetteer: gazetteer)
        if options.heldFold != nil { return NERScorer.report(model: model, records: held, quiet: true) }
        let data = model.serialized()
        try data.write(to: URL(fileURLWithPath: options.out))
        log("wrote \(options.out): \(data.count) bytes in \(clock.now - began)")
        let countries = URL(fileURLWithPath: options.out).deletingLastPathComponent().appendingPathComponent("ner-countries.tsv")
        try Data(NERGazetteerBuilder.countryTable(directory: options.data + "/gazetteers").utf8).write(to: countries)
        for dev in options.dev {
            print("\(dev):")
            try NERScorer.report(model: model, path: dev)
        }
        return 0
    }
}
