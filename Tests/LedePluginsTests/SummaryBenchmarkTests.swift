import Foundation
import LedeCore
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

    @Test("summary words per second on one core")
    func wordsPerSecond() throws {
        let documents = try texts().enumerated().map { Document(Article(id: "b\($0)", title: "", text: $1)) }
        let words = documents.reduce(0) { $0 + $1.wordCount }
        let plugin = SummaryPlugin()
        let cache = AnalysisCache(plugins: [AnyPlugin(plugin)])
        var rates: [Double] = []
        var chosen = 0
        for _ in 0..<7 {
            let clock = ContinuousClock()
            let elapsed = try clock.measure {
                for _ in 0..<max(1, 200_000 / max(1, words)) {
                    for document in documents {
                        chosen += plugin.encode(try plugin.analyze(document, context: cache.context), document: document)["sentences"]?.arrayValue?.count ?? 0
                    }
                }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            rates.append(Double(words * max(1, 200_000 / max(1, words))) / seconds)
        }
        let median = rates.sorted()[rates.count / 2]
        print("summary: \(documents.count) articles, \(words) words; median \(Int(median)) words/s (analyse + encode, one core)")
        #expect(chosen > 0)
    }
}
