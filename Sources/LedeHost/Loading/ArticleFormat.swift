/// The kinds of file the loader reads, chosen by extension, or by content for stdin and files
/// with an unknown extension.
public enum ArticleFormat: String, Sendable, CaseIterable {
    case text, markdown, html, json, jsonl

    /// The format for a file name's extension, or nil when lede does not know it.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }

    /// A guess from the text itself: JSON, JSON lines, HTML, else plain text (with or without
    /// front matter). Markdown reads well enough as plain text when it cannot be told apart.
    static func sniff(_ text: String) -> ArticleFormat {
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{FEFF}" }
        guard let first = trimmed.first else { return .text }
        if first == "[" { return .json }
        if first == "{" {
            // One object per line is JSONL; an object spread over lines is a JSON document.
            let firstLine = trimmed.prefix { $0 != "\n" }
            return firstLine.last == "}" && trimmed.contains("\n") ? .jsonl : .json
        }
        if first == "<" {
            let head = trimmed.prefix(512).lowercased()
            if head.hasPrefix("<!doctype html") || head.contains("<html") || head.contains("<body")
                || head.contains("<p>") || head.contains("<article") || head.contains("<head")
            {
                return .html
            }
        }
        if first == "#" && trimmed.dropFirst().first.map({ $0 == " " || $0 == "#" }) == true { return .markdown }
        return .text
    }
}
