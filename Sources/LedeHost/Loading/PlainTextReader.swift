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

    /// The first line of `body`, shortened to ``maximumLength`` scalars at a word boundary.
    /// Works on scalars and looks at the opening only, so it stays cheap on long texts.
    static func title(fromBody body: String) -> String {
        let scalars = body.unicodeScalars
        let isSpace = { (c: Unicode.Scalar) in c == " " || c == "\t" || c == "\n" || c == "\u{A0}" }
        var start = scalars.startIndex
        while start < scalars.endIndex, isSpace(scalars[start]) { start = scalars.index(after: start) }
        var end = start
        var count = 0
        var cutAtLength = start
        var cutAtSpace: String.UnicodeScalarView.Index?
        while end < scalars.endIndex, scalars[end] != "\n", count <= maximumLength {
            if count == maximumLength - 1 { cutAtLength = end }
            if scalars[end] == " ", count > maximumLength / 2, count < maximumLength { cutAtSpace = end }
            end = scalars.index(after: end)
            count += 1
        }
        let fits = count <= maximumLength
        var last = fits ? end : (cutAtSpace ?? cutAtLength)
        while last > start {
            let previous = scalars.index(before: last)
            let c = scalars[previous]
            guard isSpace(c) || (!fits && c.properties.generalCategory == .nonspacingMark) else { break }
            last = previous
        }
        let title = String(scalars[start..<last])
        return fits ? title : title + "…"
    }
}
