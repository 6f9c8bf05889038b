import Foundation
import LedeCore
import LedeHost
import LedeKit
import LedePlugins
import Testing

/// Speed of the summary analysis alone (documents are built beforehand), in words per second on
/// one core. Off by default; run it on a release build:
///
///     LEDE_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter SummaryBenchmark
///
/// `LEDE_BENCH_INPUT=FILE.jsonl` times those articles (`text` fields) instead of the fixtures.
@Suite("SummaryBenchmark", .enabled(if: ProcessInfo.processInfo.environment["LEDE_BENCH"] != nil))
struct SummaryBenchmarkTests {
    func texts() throws -> [String] {
        if let path = ProcessInfo.processInfo.environment["LEDE_BENCH_INPUT"] {
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            return try lines.compactMap { line in
                try JSONParser.parse(String(line))["text"]?.stringValue
            }
        }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        return try ["summary-bridge.txt", "summary-mill.txt"].map {
            try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)
        }
    }

    /// Median words per second of analyse + encode over `documents`.
    func rate(_ plugin: SummaryPlugin, _ documents: [Document]) throws -> Double {
        let words = documents.reduce(0) { $0 + $1.wordCount }
        let rounds = max(1, 200_000 / max(1, words))
        var rates: [Double] = []
        var chosen = 0
        for _ in 0..<7 {
            // A fresh cache each time, so the entities (when used) are computed, not remembered.
            let cache = AnalysisCache(plugins: [AnyPlugin(plugin)])
            let elapsed = try ContinuousClock().measure {
                for _ in 0..<rounds {
                    for document in documents {
                        let output = try plugin.analyze(document, context: cache.context)
                        chosen += plugin.encode(output, document: document)["sentences"]?.arrayValue?.count ?? 0
                    }
                }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            rates.append(Double(words * rounds) / seconds)
        }
        #expect(chosen > 0)
        return rates.sorted()[rates.count / 2]
    }

    @Test("summary words per second on one core")
    func wordsPerSecond() throws {
        let documents = try texts().enumerated().map { Document(Article(id: "b\($0)", title: "", text: $1)) }
        let words = documents.reduce(0) { $0 + $1.wordCount }
        let alone = try rate(SummaryPlugin(usesEntities: false), documents)
        let withEntities = try rate(SummaryPlugin(), documents)
        print("summary: \(documents.count) articles, \(words) words; median \(Int(alone)) words/s alone, "
            + "\(Int(withEntities)) words/s with the entities plugin computed for salience (one core)")
    }
}
