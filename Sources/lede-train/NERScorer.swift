import Foundation
import LedeCore
import LedePlugins

/// Exact span-and-label precision, recall and F1 of a model on a gold JSONL file.
enum NERScorer {
    static func report(model: NERModel, path: String) throws {
        report(model: model, records: try NERCorpus.records(path: path))
    }

    /// Prints the figures per label and overall; returns the overall F1.
    @discardableResult
    static func report(model: NERModel, records: [NERCorpus.Record], quiet: Bool = false) -> Double {
        var correct = [Int](repeating: 0, count: 4)
        var predicted = [Int](repeating: 0, count: 4)
        var gold = [Int](repeating: 0, count: 4)
        for record in records {
            let example = NERCorpus.example(record, weight: 1)
            let tags = model.tag(scalars: example.scalars, tokens: example.tokens, sentences: example.sentences)
            var found = Set<[Int]>()
            for span in NERModel.spans(from: tags) {
                let start = example.tokens[span.tokens.lowerBound].start
                let end = example.tokens[span.tokens.upperBound - 1].end
                found.insert([start, end, span.label])
                predicted[span.label] += 1
            }
            for entity in example.entities {
                gold[entity.label] += 1
                if found.contains([entity.span.start, entity.span.end, entity.label]) { correct[entity.label] += 1 }
            }
        }
        func line(_ name: String, _ c: Int, _ p: Int, _ g: Int) -> String {
            let precision = p == 0 ? 0 : Double(c) / Double(p)
            let recall = g == 0 ? 0 : Double(c) / Double(g)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return "\(name.padding(toLength: 8, withPad: " ", startingAt: 0)) P \(String(format: "%.4f", precision))  R \(String(format: "%.4f", recall))  F1 \(String(format: "%.4f", f1))  (gold \(g))"
        }
        if !quiet {
            for (k, label) in NERTag.labels.enumerated() {
                print(line(label.rawValue, correct[k], predicted[k], gold[k]))
            }
            print(line("all", correct.reduce(0, +), predicted.reduce(0, +), gold.reduce(0, +)))
        }
        let c = Double(correct.reduce(0, +))
        let p = Double(predicted.reduce(0, +))
        let g = Double(gold.reduce(0, +))
        return c == 0 ? 0 : 2 * c / (p + g)
    }
}
