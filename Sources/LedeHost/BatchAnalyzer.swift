import Dispatch
import Foundation
import LedeCore
import LedeKit
import Synchronization

/// `lede analyze`: reads JSONL articles, runs plugins, writes one JSON line per input line in
/// input order.
///
/// Lines are read in bounded chunks (at most ``chunkLines`` lines or ``chunkBytes`` bytes), each
/// chunk is analysed by ``jobs`` threads pulling the next line from a shared counter, and the
/// results are written in input order before the next chunk is read: memory stays constant
/// however long the stream.
public struct BatchAnalyzer: Sendable {
    public var plugins: [AnyPlugin]
    public var selected: [String]
    /// Threads analysing at once (all cores by default).
    public var jobs: Int
    public var chunkLines: Int
    public var chunkBytes = 32 << 20
    /// A longer input line is skipped with an error line, never held in memory.
    public var maximumLineBytes = LineReader.defaultMaximumLength

    /// What a run did, for `--stats` and the progress line.
    public struct Statistics: Sendable, Equatable {
        public var articles = 0
        public var errors = 0
        public var words = 0
        public var seconds = 0.0
        /// Seconds spent in each selected plugin (in ``BatchAnalyzer/selected`` order), summed over
        /// threads; a dependency counts toward the first plugin that needed it.
        public var pluginSeconds: [Double] = []
        public var articlesPerSecond: Double { seconds > 0 ? Double(articles) / seconds : 0 }
        public var wordsPerSecond: Double { seconds > 0 ? Double(words) / seconds : 0 }
    }

    public init(
        plugins: [AnyPlugin], selected: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(LedeError) {
        self.plugins = plugins
        for name in selected where !plugins.contains(where: { $0.name == name }) {
            let known = plugins.map(\.name).joined(separator: ", ")
            throw LedeError("analyze: no plugin named '\(name)'", hint: "plugins: \(known)")
        }
        guard !selected.isEmpty else {
            throw LedeError(
                "analyze: say which plugins to run with --with", hint: "plugins: \(plugins.map(\.name).joined(separator: ", "))")
        }
        self.selected = selected
        self.jobs = max(1, jobs)
        self.chunkLines = max(64, self.jobs * 32)
    }

    /// Analyses one input line; never throws: a bad line gives `{id, error}`.
    public func process(line: String, number: Int) -> String {
        analyze(line: line, number: number).line
    }

    struct LineResult {
        var line: String
        var words = 0
        var failed = false
        var pluginSeconds: [Double] = []
    }

    /// Stands in a chunk for a line that was too long to keep (never valid JSON, so never a line).
    static let overlongMarker = "\u{0}overlong:"

    func analyze(line: String, number: Int) -> LineResult {
        if line.hasPrefix(Self.overlongMarker) {
            let length = Int(line.dropFirst(Self.overlongMarker.count)) ?? 0
            return Self.failure(
                id: .null, "line \(number): longer than \(maximumLineBytes >> 20) MB (\(length) bytes); skipped")
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return Self.failure(id: .null, "line \(number): not JSON: \(error)")
        }
        let id = value["id"] ?? .string("line-\(number)")
        let article: Article
        switch Self.article(from: value, number: number) {
        case .success(let decoded): article = decoded
        case .failure(let problem): return Self.failure(id: id, "line \(number): \(problem.reason)")
        }
        let document = Document(article)
        let cache = AnalysisCache(plugins: plugins)
        var fields: [(String, JSONValue)] = [("id", id)]
        var timings: [Double] = []
        let clock = ContinuousClock()
        do {
            for name in selected {
                let start = clock.now
                fields.append((name, try cache.json(ofPlugin: name, for: document)))
                timings.append(Self.seconds(clock.now - start))
            }
        } catch {
            let message = (error as? any UserFacingError)?.message ?? "\(error)"
            var result = Self.failure(id: id, message)
            result.words = document.wordCount
            return result
        }
        return LineResult(line: JSONWriter.string(.object(fields)), words: document.wordCount, pluginSeconds: timings)
    }

    private static func failure(id: JSONValue, _ message: String) -> LineResult {
        LineResult(line: JSONWriter.string(.object([("id", id), ("error", .string(message))])), failed: true)
    }

    /// An article from a JSON object, decoded as `load` decodes a `.jsonl` line
    /// (``JSONArticleReader/article(from:)``); an article without an id is `line-N`.
    static func article(from value: JSONValue, number: Int) -> Result<Article, JSONArticleReader.Problem> {
        JSONArticleReader.article(from: value, guessingTitle: false).map { decoded in
            var article = decoded
            if article.id.isEmpty { article.id = "line-\(number)" }
            return article
        }
    }

    /// Streams `input` to `output`; `progress` gets the running figures after each chunk.
    @discardableResult
    public func run(
        input: FileHandle, output: FileHandle, progress: ((Statistics) -> Void)? = nil
    ) throws -> Statistics {
        let clock = ContinuousClock()
        let start = clock.now
        var reader = LineReader(handle: input, maximumLength: maximumLineBytes)
        var statistics = Statistics()
        statistics.pluginSeconds = Array(repeating: 0, count: selected.count)
        var number = 0
        var finished = false
        while !finished {
            var chunk: [(line: String, number: Int)] = []
            var bytes = 0
            while chunk.count < chunkLines, bytes < chunkBytes {
                guard let line = reader.next() else {
                    finished = true
                    break
                }
                number += 1
                if let length = reader.overlong {
                    chunk.append((Self.overlongMarker + String(length), number))
                    continue
                }
                if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
                bytes += line.utf8.count
                chunk.append((line, number))
            }
            let results = analyze(chunk)
            var text = ""
            for result in results {
                text += result.line
                text += "\n"
                statistics.articles += 1
                statistics.words += result.words
                if result.failed { statistics.errors += 1 }
                for (index, seconds) in result.pluginSeconds.enumerated() { statistics.pluginSeconds[index] += seconds }
            }
            try output.write(contentsOf: Data(text.utf8))
            statistics.seconds = Self.seconds(clock.now - start)
            progress?(statistics)
        }
        return statistics
    }

    /// Analyses a chunk on ``jobs`` threads; results in input order.
    private func analyze(_ chunk: [(line: String, number: Int)]) -> [LineResult] {
        if jobs == 1 || chunk.count < 2 {
            return chunk.map { analyze(line: $0.line, number: $0.number) }
        }
        let next = Atomic<Int>(0)
        let slots = Mutex<[LineResult?]>(Array(repeating: nil, count: chunk.count))
        DispatchQueue.concurrentPerform(iterations: min(jobs, chunk.count)) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < chunk.count else { return }
                let result = analyze(line: chunk[index].line, number: chunk[index].number)
                slots.withLock { $0[index] = result }
            }
        }
        return slots.withLock { $0 }.enumerated().map { index, result in
            result ?? Self.failure(id: .null, "line \(chunk[index].number): not analysed")
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
