import Foundation
import LedeCore
import LedeKit
import LedePlugins

/// `lede-train ner --bench FILE [--runs N]`: times the shipped model on a JSONL file of articles.
///
/// Prints the model's load time, its resident weight bytes, and the median words per second of
/// the whole entities analysis (recognition, grouping, roles, gender) on one core, with the
/// documents already tokenised, as the plugin sees them.
enum NERBenchmark {
    static func run(path: String, runs: Int) throws {
        let clock = ContinuousClock()
        let loadStart = clock.now
        guard let data = ResourceStore.data(NERModel.resourceName) else { throw LedeError("no \(NERModel.resourceName)") }
        let model = try NERModel(data: data)
        let loadTime = clock.now - loadStart
        let documents = try NERCorpus.records(path: path).map { Document(Article(id: $0.id, title: "", text: $0.text)) }
        let words = documents.reduce(0) { $0 + $1.wordCount }
        let spaceWords = documents.reduce(0) { $0 + $1.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
        var rates: [Double] = []
        var tagRates: [Double] = []
        var found = 0
        for _ in 0..<max(1, runs) {
            let start = clock.now
            found = 0
            for document in documents { found += EntitiesPlugin.analysis(of: document, model: model).spans.count }
            rates.append(Double(spaceWords) / (clock.now - start).seconds)
            let tagStart = clock.now
            for document in documents {
                _ = model.tag(scalars: document.scalars, tokens: document.tokens, sentences: document.sentences.map(\.tokens))
            }
            tagRates.append(Double(spaceWords) / (clock.now - tagStart).seconds)
        }
        let tokenizeStart = clock.now
        for document in documents { _ = Document(document.article) }
        let tokenizeRate = Double(spaceWords) / (clock.now - tokenizeStart).seconds
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        print("model load: \(String(format: "%.1f", loadTime.seconds * 1000)) ms (\(data.count) bytes on disk)")
        print("resident weights: \(model.weights.count + model.gazetteer.keys.count * 6) bytes")
        print("documents: \(documents.count), words: \(spaceWords) (space-separated), \(words) word tokens, entities: \(found)")
        print("entities analysis: \(Int(median(rates))) words/s (median of \(rates.count))")
        print("tagging only: \(Int(median(tagRates))) words/s; text core (Document): \(Int(tokenizeRate)) words/s")
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
