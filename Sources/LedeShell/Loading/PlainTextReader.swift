import LedeCore

/// Reads a `.txt` article: optional front matter (`title`, `date`, `source`, … become the title
/// and metadata), else the first non-blank line is the title and the rest is the body.
enum PlainTextReader {
    static func read(_ text: String, warn: (Int?, String) -> Void) -> Article? {
        if let matter = FrontMatter.parse(text, warn: { warn($0, $1) }) {
            let body = String(trimBlankLines(matter.body))
            let title = matter.value("title") ?? TitleGuess.title(fromBody: body)
            guard !body.isEmpty || !title.isEmpty else { return nil }
            return Article(id: "", title: title, text: body, metadata: matter.fields.filter { $0.key != "title" })
        }
        var rest = trimBlankLines(text[...])
        // A front matter block that was never closed: drop its opening fence, read the rest as text.
        if FrontMatter.isFence(rest.prefix { $0 != "\n" }) {
            _ = FrontMatter.takeLine(&rest)
            rest = trimBlankLines(rest)
        }
        guard let firstLine = FrontMatter.takeLine(&rest) else { return nil }
        let body = trimBlankLines(rest)
        if body.isEmpty || !TitleGuess.looksLikeTitle(firstLine) {
            let whole = String(trimBlankLines(text[firstLine.startIndex...]))
            return Article(id: "", title: TitleGuess.title(fromBody: whole), text: whole)
        }
        return Article(id: "", title: String(firstLine.trimmingSpaces), text: String(body))
    }

    /// The text without blank lines at either end (spaces inside the kept lines stay).
    static func trimBlankLines(_ text: Substring) -> Substring {
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c == "\n" {
                start = text.index(after: index)
            } else if c != " " && c != "\t" {
                break
            }
            index = text.index(after: index)
        }
        if index == text.endIndex { return text[text.endIndex...] }
        var end = text.endIndex
        var back = text.endIndex
        while back > start {
            let previous = text.index(before: back)
            let c = text[previous]
            if c == "\n" {
                end = previous
            } else if c != " " && c != "\t" {
                break
            }
            back = previous
        }
        return text[start..<end]
    }
}

/// Titles for articles whose source gave none.
enum TitleGuess {
    static let maximumLength = 80

    /// Whether a first line reads as a headline rather than the opening of a paragraph.
    static func looksLikeTitle(_ line: Substring) -> Bool {
        line.count <= 200
    }

    /// The first line of `body`, shortened to ``maximumLength`` characters at a word boundary.
    static func title(fromBody body: String) -> String {
        let line = body.trimmingSpaces.prefix { $0 != "\n" }.trimmingSpaces
        guard line.count > maximumLength else { return String(line) }
        let cut = line.prefix(maximumLength - 1)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > maximumLength / 2 {
            return String(cut[..<space]) + "…"
        }
        return String(cut) + "…"
    }
}
