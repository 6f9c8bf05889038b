import LedeKit
import LedeCore

/// What ``ArticleLoader/load(_:stdin:progress:)`` produced: the articles, in the order the paths
/// were given (files of a directory or glob in natural name order), and one diagnostic per problem.
public struct LoadResult: Sendable {
    /// The loaded articles. An article's `id` is the source's own id (a JSON `id` field) when it
    /// had one, else the empty string: the session assigns its own ids (`a1`, `a2`, …) to those,
    /// and should also replace a source id that clashes with one already loaded.
    /// `metadata` holds the source's fields in reading order, then `path` (the file as named by
    /// the user or found in a directory, `-` for stdin).
    public var articles: [Article]
    /// Problems met on the way, in reading order; each prints as one line.
    public var diagnostics: [LoadDiagnostic]
    /// How many files (and stdin) were read, whether or not they gave articles.
    public var filesRead: Int
    /// Article files that directories held but that were left out: hidden files and `README*`,
    /// `LICENSE*`, `CHANGELOG*` (named directly, they load).
    public var skipped = 0
    /// Bytes read from files and stdin.
    public var bytesRead = 0
    /// Whether loading stopped early because it was cancelled; the articles read so far are kept.
    public var interrupted = false
    /// Articles handed to the `deliver` callback of ``ArticleLoader/load(_:stdin:progress:isCancelled:deliver:)``
    /// rather than kept in ``articles``.
    public var delivered = 0

    public init(articles: [Article] = [], diagnostics: [LoadDiagnostic] = [], filesRead: Int = 0) {
        self.articles = articles
        self.diagnostics = diagnostics
        self.filesRead = filesRead
    }

    /// Whether any diagnostic is an error (a path that gave nothing because it could not be read).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// One problem met while loading, naming the file and, when it applies, the line.
///
/// Severity: `.error` when a path gave nothing because it could not be used at all (missing,
/// unreadable, binary, over the size limit, a glob matching nothing, a JSON document that does
/// not parse); `.warning` when something
/// was repaired or skipped but the rest was loaded (invalid UTF-8 replaced, an empty file, a
/// broken JSONL line, malformed front matter, a record without text).
public struct LoadDiagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case warning, error }

    public var severity: Severity
    /// The path as the user named it (or as found under a directory); `-` for stdin.
    public var path: String
    /// 1-based line number, when the problem is on one line.
    public var line: Int?
    /// What went wrong and what was done about it, without the path or severity.
    public var message: String

    public init(_ severity: Severity, path: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: warning: message`, the form compilers use.
    public var description: String {
        let location = line.map { "\(path):\($0)" } ?? path
        // Paths and messages can quote file content; keep them to one printable line.
        let text = "\(location): \(severity.rawValue): \(message)"
        return TerminalSanitizer.sanitize(text, whitespace: .singleLine)
    }
}
