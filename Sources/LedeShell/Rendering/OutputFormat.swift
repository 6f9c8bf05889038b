import LedeKit

/// The forms `--format` offers for a command's records.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people, fitted to the terminal width (the default on a terminal).
    case table
    /// One record per line, cells separated by two spaces, no tabs or control characters.
    case text
    /// A pretty-printed array of objects keyed by column name.
    case json
    /// One compact JSON object per line.
    case jsonl
    /// Comma-separated values with RFC 4180 quoting and a header row.
    case csv
    /// Tab-separated values with a header row; tabs, line ends and backslashes escaped.
    case tsv
    /// A Markdown pipe table.
    case md

    /// The names `--format` accepts, for help text and completion.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// The format called `name`, or the error that lists them all.
    public static func named(_ name: String) throws(LedeError) -> OutputFormat {
        guard let format = OutputFormat(rawValue: name) else {
            let hint = Suggestions.closest(to: name, in: names).map { "did you mean '\($0)'?" }
            throw LedeError("unknown format '\(name)' (\(names.joined(separator: ", ")))", hint: hint)
        }
        return format
    }

    /// Whether the format is meant for people (and so sanitised and fitted to the terminal).
    public var isHuman: Bool { self == .table || self == .text }
}
