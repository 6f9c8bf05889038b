import Foundation
import LedeCore

/// Loads articles from files, directories, globs and stdin for `load PATH…`.
///
/// ```swift
/// let loader = ArticleLoader(options: .init(maxSize: 10 << 20))
/// let result = loader.load(["articles/", "extra/*.html", "-"], stdin: { readStandardInput() })
/// for line in result.diagnostics { print(line) }        // "a.jsonl:7: warning: …"
/// session.add(result.articles)                           // assigns ids where `id` is empty
/// ```
///
/// Formats: `.txt` (optional `---` front matter of `key: value` lines, else the first line is
/// the title), `.md`, `.html`/`.htm`, `.json`, `.jsonl`/`.ndjson`; stdin and files with other
/// extensions are recognised by their content. Directories contribute only files with those
/// extensions. Loading never stops at a bad file: each problem becomes a ``LoadDiagnostic``.
public struct ArticleLoader: Sendable {
    /// How the loader treats its input.
    public struct Options: Sendable {
        /// Files (and stdin) larger than this many bytes are refused (`--max-size`).
        public var maxSize: Int
        /// The home folder for `~/` paths; nil leaves `~` alone.
        public var home: String?
        /// How many files are parsed at once (default: the number of cores).
        public var jobs: Int

        /// The default limit, 50 MiB.
        public static let defaultMaxSize = 50 << 20

        public init(maxSize: Int = Options.defaultMaxSize, home: String? = ProcessInfo.processInfo.environment["HOME"]) {
            self.maxSize = maxSize
            self.home = home
            jobs = ProcessInfo.processInfo.activeProcessorCount
        }

        /// Reads a `--max-size` value: `50` (a plain number is megabytes, 1 MB = 1024 × 1024 bytes),
        /// `1.5M`, `200K`, `1G`, `4096B` (bytes); nil when it is not a positive size.
        public static func parseSize(_ text: String) -> Int? {
            var digits = text.trimmingSpaces.lowercased()
            var multiplier = 1_048_576.0
            if digits.hasSuffix("ib") { digits.removeLast(2) } else if digits.hasSuffix("b") {
                digits.removeLast()
                multiplier = 1
            }
            if let unit = digits.last, let scale = ["k": 1024.0, "m": 1_048_576.0, "g": 1_073_741_824.0][String(unit)] {
                multiplier = scale
                digits.removeLast()
            }
            guard let number = Double(digits), number.isFinite, number > 0 else { return nil }
            let bytes = number * multiplier
            guard bytes >= 1, bytes < Double(Int.max / 2) else { return nil }
            return Int(bytes.rounded())
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Loads every path in order.
    /// - Parameters:
    ///   - paths: files, directories, glob patterns, or `-` for stdin.
    ///   - stdin: called once per `-` to read standard input; nil or empty data gives a warning.
    ///   - progress: called after each file with (files done, files in total), for a progress bar.
    ///   - isCancelled: polled before each file (Ctrl-C); when it returns true loading stops,
    ///     keeping what was read, and the result is marked ``LoadResult/interrupted``.
    ///   - deliver: when given, receives the articles of each batch of files as soon as they are
    ///     read (in order) and the result keeps none: a load of many files holds one batch at a time.
    public func load(
        _ paths: [String], stdin: () -> Data? = { nil }, progress: ((Int, Int) -> Void)? = nil,
        isCancelled: () -> Bool = { false }, deliver: (([Article]) -> Void)? = nil
    ) -> LoadResult {
        var expander = PathExpander(home: options.home)
        for path in paths { expander.add(path) }
        var result = LoadResult(diagnostics: expander.diagnostics)
        result.skipped = expander.skipped
        let sources = expander.sources
        // Files are read in order, a batch at a time, and parsed on all cores; results are kept
        // in the order of the paths.
        let batchSize = max(1, options.jobs) * 4
        var position = 0
        while position < sources.count && !result.interrupted {
            let batch = sources[position..<min(sources.count, position + batchSize)]
            var inputs: [(path: String, format: ArticleFormat?, bytes: [UInt8]?, failure: LoadDiagnostic?)] = []
            for source in batch {
                if isCancelled() {
                    result.interrupted = true
                    break
                }
                switch source {
                case .standardInput:
                    let bytes = stdin().map { [UInt8]($0) } ?? []
                    if bytes.count > options.maxSize {
                        inputs.append(("-", nil, nil, LoadDiagnostic(.error, path: "-", Self.tooLarge(bytes.count, limit: options.maxSize))))
                    } else {
                        inputs.append(("-", nil, bytes, nil))
                    }
                case .file(let path, let format):
                    do {
                        let bytes = try FileSystem.read(path, limit: options.maxSize)
                        result.bytesRead += bytes.count
                        inputs.append((path, format, bytes, nil))
                    } catch {
                        let message: String
                        if error.reason == "too large" {
                            let size = (try? FileSystem.status(path).size) ?? options.maxSize + 1
                            message = Self.tooLarge(size, limit: options.maxSize)
                        } else {
                            message = "cannot read: \(error.reason)"
                        }
                        inputs.append((path, format, nil, LoadDiagnostic(.error, path: path, message)))
                    }
                }
            }
            let parsed = ParallelSlots<LoadResult>(count: inputs.count)
            let frozen = inputs
            let work: @Sendable (Int) -> Void = { [self] index in
                var one = LoadResult()
                let input = frozen[index]
                if let failure = input.failure { one.diagnostics.append(failure) }
                if let bytes = input.bytes { self.read(bytes, path: input.path, format: input.format, into: &one) }
                parsed.store(one, at: index)
            }
            if options.jobs > 1 && inputs.count > 1 {
                DispatchQueue.concurrentPerform(iterations: inputs.count, execute: work)
            } else {
                for index in inputs.indices { work(index) }
            }
            var batchArticles: [Article] = []
            for one in parsed.values {
                batchArticles += one.articles
                result.diagnostics += one.diagnostics
                result.filesRead += 1
                position += 1
                progress?(position, sources.count)
            }
            if let deliver {
                result.delivered += batchArticles.count
                deliver(batchArticles)
            } else {
                result.articles += batchArticles
            }
        }
        return result
    }

    /// Parses one file's bytes as `format` (nil: recognised by content) without touching the disk.
    public func read(_ bytes: [UInt8], path: String, format: ArticleFormat?) -> LoadResult {
        var result = LoadResult()
        read(bytes, path: path, format: format, into: &result)
        return result
    }

    /// Parses one file's bytes, appending its articles and diagnostics to `result`.
    func read(
        _ bytes: [UInt8], path: String, format: ArticleFormat?, charset: String? = nil, into result: inout LoadResult
    ) {
        let decoded: SourceDecoder.Decoded
        do {
            decoded = try SourceDecoder.decode(bytes, charset: charset)
        } catch {
            result.diagnostics.append(LoadDiagnostic(.error, path: path, error.reason))
            return
        }
        if decoded.replacements > 0 {
            let count = decoded.replacements == 1 ? "1 invalid UTF-8 sequence" : "\(decoded.replacements) invalid UTF-8 sequences"
            result.diagnostics.append(
                LoadDiagnostic(.warning, path: path, line: decoded.firstBadLine, "\(count) replaced with U+FFFD"))
        }
        let text = decoded.text
        if text.allSatisfy({ $0.isWhitespace }) {
            result.diagnostics.append(LoadDiagnostic(.warning, path: path, "empty file; nothing loaded"))
            return
        }
        var diagnostics: [LoadDiagnostic] = []
        let warn = { (line: Int?, message: String) in
            diagnostics.append(LoadDiagnostic(.warning, path: path, line: line, message))
        }
        let fail = { (line: Int?, message: String) in
            diagnostics.append(LoadDiagnostic(.error, path: path, line: line, message))
        }
        let articles: [Article]
        switch format ?? ArticleFormat.sniff(text) {
        case .text: articles = PlainTextReader.read(text, warn: warn).map { [$0] } ?? []
        case .markdown: articles = MarkdownReader.read(text, warn: warn).map { [$0] } ?? []
        case .html: articles = HTMLReader.read(text, warn: warn).map { [$0] } ?? []
        case .json: articles = JSONArticleReader.readDocument(text, warn: warn, fail: fail)
        case .jsonl: articles = JSONArticleReader.readLines(text, warn: warn)
        }
        result.diagnostics.append(contentsOf: diagnostics)
        if articles.isEmpty && diagnostics.isEmpty {
            result.diagnostics.append(LoadDiagnostic(.warning, path: path, "no article text found; nothing loaded"))
        }
        for var article in articles {
            article.metadata.append((key: "path", value: path))
            result.articles.append(article)
        }
    }

    static func tooLarge(_ size: Int, limit: Int) -> String {
        "\(ByteCount.describe(size)) is over the \(ByteCount.describe(limit)) limit; not loaded (raise it with --max-size)"
    }
}

/// Byte counts as people read them: `512 bytes`, `12.5 KB`, `50 MB` (powers of 1024).
enum ByteCount {
    /// `2 s`, `0.5 s`.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    static func describe(_ bytes: Int) -> String {
        if bytes < 1024 { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) \(units[unit])"
    }
}

/// One result slot per parallel work item.
///
/// `@unchecked Sendable`: `slots` is only touched while `lock` is held.
public final class ParallelSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    public func store(_ value: Value, at index: Int) { lock.withLock { slots[index] = value } }

    public var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
