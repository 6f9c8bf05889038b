import Foundation
import LedeCore
import LedeHost
import LedeKit
import LedePlugins
import Testing

/// Speed of the stance analysis with the analyses it depends on (entities, quotes), documents
/// built beforehand, in words per second on one core. Off by default; run it on a release build:
///
///     LEDE_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter StanceBenchmark
///
/// `LEDE_BENCH_INPUT=FILE.jsonl` times those articles (`text` fields) instead of the fixture.
@Suite("StanceBenchmark", .enabled(if: ProcessInfo.processInfo.environment["LEDE_BENCH"] != nil))
struct StanceBenchmarkTests {
    func texts() throws -> [String] {
        if let path = ProcessInfo.processInfo.environment["LEDE_BENCH_INPUT"] {
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            return try lines.compactMap { try JSONParser.parse(String($0))["text"]?.stringValue }
        }
        return [StanceFixtures.pressConference]
    }

    @Test("stance words per second on one core, with entities and quotes")
    func wordsPerSecond() throws {
        let documents = try texts().enumerated().map { Document(Article(id: "b\($0)", title: "", text: $1)) }
        let words = documents.reduce(0) { $0 + $1.wordCount }
        let repeats = max(1, 200_000 / max(1, words))
        let plugin = StancePlugin()
        var relations = 0
        var rates: [Double] = []
        for _ in 0..<7 {
            let clock = ContinuousClock()
            let elapsed = try clock.measure {
                for _ in 0..<repeats {
                    for document in documents {
                        // A fresh cache per article: its entities and quotes are computed too.
                        let cache = AnalysisCache(plugins: BuiltinPlugins.all)
                        let analysis = try plugin.analyze(document, context: cache.context)
                        relations += plugin.encode(analysis, document: document)["relations"]?.arrayValue?.count ?? 0
                    }
                }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            rates.append(Double(words * repeats) / seconds)
        }
        let median = rates.sorted()[rates.count / 2]
        print("stance: \(documents.count) articles, \(words) words; median \(Int(median)) words/s (with entities and quotes, one core)")
        #expect(relations > 0)
    }
}
