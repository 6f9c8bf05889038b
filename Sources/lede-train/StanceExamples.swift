import Foundation
import LedeCore
import LedeKit
import LedePlugins

/// One labelled sentence/target pair read from a NewsMTSC-style JSONL file, as features.
struct StanceExample {
    var keys: [UInt32]
    var values: [Float]
    /// 0 negative, 1 neutral, 2 positive.
    var label: Int
    /// The ordinal of the example's sentence in its file: examples of one sentence (several
    /// targets) share it, so cross-validation never trains on a sentence it scores.
    var sentence: Int
}

enum StanceExamples {
    /// Reads `{text, target_start, target_end, polarity}` lines and extracts their features with the
    /// same code lede runs at analysis time.
    static func load(_ path: String, classifier: TargetPolarityClassifier) throws -> [StanceExample] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var examples: [StanceExample] = []
        var sentences: [String: Int] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let value = try JSONParser.parse(String(line))
            guard let text = value["text"]?.stringValue, let start = value["target_start"]?.intValue,
                let end = value["target_end"]?.intValue, let label = value["polarity"]?.stringValue,
                let polarity = Polarity(rawValue: label),
                let index = TargetPolarityModel.classes.firstIndex(of: polarity)
            else { continue }
            let target = TextSpan(start, end)
            let document = Document(Article(id: "", title: "", text: text, target: target))
            guard let (_, _, vector) = classifier.features(document, target: target) else { continue }
            let sentence = sentences[text] ?? sentences.count
            sentences[text] = sentence
            examples.append(
                StanceExample(
                    keys: vector.keys.map(TargetPolarityModel.storedKey), values: vector.values, label: index,
                    sentence: sentence))
        }
        return examples
    }
}

/// Accuracy and macro-F1 over negative/neutral/positive, as the shared scorer computes them.
struct StanceScore: CustomStringConvertible {
    var confusion = [[Int]](repeating: [0, 0, 0], count: 3)

    mutating func add(gold: Int, predicted: Int) { confusion[gold][predicted] += 1 }

    var accuracy: Double {
        let total = confusion.joined().reduce(0, +)
        return total == 0 ? 0 : Double((0..<3).map { confusion[$0][$0] }.reduce(0, +)) / Double(total)
    }

    func f1(_ k: Int) -> Double {
        let tp = Double(confusion[k][k])
        let predicted = Double((0..<3).map { confusion[$0][k] }.reduce(0, +))
        let gold = Double(confusion[k].reduce(0, +))
        guard tp > 0 else { return 0 }
        let p = tp / predicted
        let r = tp / gold
        return 2 * p * r / (p + r)
    }

    var macroF1: Double { (f1(0) + f1(1) + f1(2)) / 3 }

    var description: String {
        let names = TargetPolarityModel.classes.map(\.rawValue)
        var lines = [String(format: "accuracy %.4f  macro-F1 %.4f", accuracy, macroF1)]
        for k in 0..<3 { lines.append(String(format: "  %-8@ F1 %.4f  row %@", names[k], f1(k), "\(confusion[k])")) }
        return lines.joined(separator: "\n")
    }
}
