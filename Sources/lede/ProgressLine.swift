#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import LedeHost
import LedeKit
import Synchronization

extension BatchAnalyzer {
    /// The progress line of `lede analyze`, drawn on stderr only when stderr is a terminal.
    public final class ProgressLine: Sendable {
        private let enabled: Bool
        private let lastDrawn = Mutex(-1.0)

        /// A progress line that draws only if fd 2 is a terminal and `wanted` is true.
        public init(wanted: Bool = true) {
            enabled = wanted && isatty(2) == 1
        }

        /// Redraws at most four times a second.
        public func update(_ statistics: Statistics) {
            guard enabled else { return }
            let due = lastDrawn.withLock { last in
                guard statistics.seconds - last >= 0.25 else { return false }
                last = statistics.seconds
                return true
            }
            guard due else { return }
            let line = "\r\u{1B}[K\(statistics.articles) articles  \(Int(statistics.articlesPerSecond))/s  \(statistics.errors) errors"
            StandardStreams.err(line)
        }

        /// Erases the line.
        public func finish() {
            guard enabled else { return }
            StandardStreams.err("\r\u{1B}[K")
        }
    }
}

extension BatchAnalyzer.Statistics {
    #if canImport(Glibc)
        private static let rusageSelf = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
        private static let rusageSelf = RUSAGE_SELF
    #endif

    /// The most memory this process has held at once, in bytes (`ru_maxrss`).
    public static func peakMemoryBytes() -> Int {
        var usage = rusage()
        guard getrusage(rusageSelf, &usage) == 0 else { return 0 }
        #if os(Linux)
            return Int(usage.ru_maxrss) * 1024
        #else
            return Int(usage.ru_maxrss)
        #endif
    }

    /// The `--stats` line: `key=value` pairs a script can parse and a person can read.
    public func summary(jobs: Int, plugins: [String]) -> String {
        let peak = Double(Self.peakMemoryBytes()) / 1_048_576
        let perPlugin = zip(plugins, pluginSeconds).map { name, seconds in
            let microseconds = articles > 0 ? seconds / Double(articles) * 1e6 : 0
            return "\(name)_us_per_article=\(JSONWriter.format((microseconds * 10).rounded() / 10))"
        }
        return ([
            "articles=\(articles)", "errors=\(errors)", "words=\(words)", "jobs=\(jobs)",
            "seconds=\(JSONWriter.format(seconds))", "articles_per_s=\(Int(articlesPerSecond.rounded()))",
            "words_per_s=\(Int(wordsPerSecond.rounded()))", "peak_memory_mb=\(JSONWriter.format((peak * 10).rounded() / 10))",
        ] + perPlugin).joined(separator: " ")
    }
}
