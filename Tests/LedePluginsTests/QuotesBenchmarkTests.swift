import Foundation
import LedeCore
import LedeHost
import LedeKit
import LedeKitTesting
import Testing

@testable import LedePlugins

/// Speed of the quotes analysis with the entity analysis it needs, on one core.
///
/// Run on a release build with a JSONL file of articles (`{"text": …}` per line):
/// `LEDE_BENCH_FILE=articles.jsonl swift test -c release --filter QuotesBenchmark`.
/// Prints the median of five passes in words per second; documents are built beforehand, as the
/// host builds them once for every plugin.
@Suite("Quotes benchmark", .enabled(if: ProcessInfo.processInfo.environment["LEDE_BENCH_FILE"] != nil))
struct QuotesBenchmarkTests {
    @Test("quotes with entities: words per second")
    func wordsPerSecond() throws {
        let path = try #require(ProcessInfo.processInfo.environment["LEDE_BENCH_FILE"])
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        var documents: [Document] = []
        for (n, line) in lines.enumerated() {
            guard let value = try? JSONParser.parse(String(line)), let text = value["text"]?.stringValue else { continue }
            documents.append(Document(Article(id: "b\(n)", title: "", text: text)))
        }
        let words = documents.reduce(0) { $0 + $1.wordCount }
        let entitiesAvailable = documents.first.map { (try? EntitiesPlugin().analyze($0, context: QuotesTestSupport.directContext())) != nil } ?? false
        var withEntities: [Double] = []
        var quotesOnly: [Double] = []
        for _ in 0..<5 {
            var start = Date()
            var count = 0
            for document in documents {
                let cache = AnalysisCache(plugins: [AnyPlugin(EntitiesPlugin()), AnyPlugin(QuotesPlugin())])
                count += (try? cache.json(ofPlugin: "quotes", for: document))?.arrayValue?.count ?? 0
            }
            withEntities.append(Double(words) / Date().timeIntervalSince(start))
            start = Date()
            for document in documents {
                count += QuoteExtractor(document: document, entities: nil).analyze().quotes.count
            }
            quotesOnly.append(Double(words) / Date().timeIntervalSince(start))
            #expect(count > 0)
        }
        func median(_ values: [Double]) -> Int { Int(values.sorted()[values.count / 2]) }
        print(
            "quotes benchmark: \(documents.count) articles, \(words) words; quotes with entities"
                + "\(entitiesAvailable ? "" : " (entities unavailable)"): \(median(withEntities)) words/s; "
                + "quotes alone: \(median(quotesOnly)) words/s (median of 5)")
    }
}
