import LedeCore

/// Reads a `.md` article: optional front matter, the first heading as title, and the rest as
/// plain paragraphs with markup stripped lightly (emphasis, links, images, code marks, list and
/// quote markers, inline HTML). Soft-wrapped lines of a paragraph are joined with spaces.
enum MarkdownReader {
    static func read(_ text: String, warn: (Int?, String) -> Void) -> Article? {
        var metadata: [(key: String, value: String)] = []
        var title: String?
        var source = text[...]
        if let matter = FrontMatter.parse(text, warn: { warn($0, $1) }) {
            metadata = matter.fields.filter { $0.key != "title" }
            title = matter.value("title")
            source = matter.body
        }
        var blocks = MarkdownBlocks()
        var fence: Substring?
        var rest = source
        while let rawLine = FrontMatter.takeLine(&rest) {
            if let open = fence {
                if rawLine.trimmingSpaces.hasPrefix(open) {
                    fence = nil
                    blocks.flush()
                } else {
                    blocks.addVerbatim(String(rawLine))
                }
                continue
            }
            var line = rawLine.trimmingSpaces
            while line.hasPrefix(">") { line = line.dropFirst().trimmingSpaces }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                blocks.flush()
                fence = line.prefix(3)
                continue
            }
            if line.isEmpty {
                blocks.flush()
            } else if let heading = atxHeading(line) {
                blocks.flush()
                blocks.addHeading(inline(heading), isTitleCandidate: title == nil)
                if title == nil { title = blocks.takenTitle }
            } else if isRule(line, of: "=") || isRule(line, of: "-"), blocks.pendingIsOneLine {
                blocks.promotePendingToHeading(isTitleCandidate: title == nil)
                if title == nil { title = blocks.takenTitle }
            } else if isThematicBreak(line) {
                blocks.flush()
            } else if line.hasPrefix("["), line.contains("]:"), !line.contains(" ") || line.contains("]: ") {
                continue  // a link reference definition
            } else if let item = listItem(line) {
                blocks.flush()
                blocks.addLine(inline(item))
                blocks.flush()
            } else {
                blocks.addLine(inline(line))
            }
        }
        blocks.flush()
        let body = blocks.paragraphs.joined(separator: "\n\n")
        let finalTitle = title ?? TitleGuess.title(fromBody: body)
        guard !body.isEmpty || !finalTitle.isEmpty else { return nil }
        return Article(id: "", title: finalTitle, text: body, metadata: metadata)
    }

    static func atxHeading(_ line: Substring) -> Substring? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let after = line.dropFirst(hashes.count)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        var text = after.trimmingSpaces
        while text.last == "#" { text = text.dropLast() }
        return text.trimmingSpaces
    }

    static func isRule(_ line: Substring, of mark: Character) -> Bool {
        !line.isEmpty && line.allSatisfy { $0 == mark }
    }

    static func isThematicBreak(_ line: Substring) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    static func listItem(_ line: Substring) -> Substring? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return line.dropFirst(2).trimmingSpaces
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let after = line.dropFirst(digits.count)
            if let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " {
                return after.dropFirst(2).trimmingSpaces
            }
        }
        return nil
    }

    /// Strips inline markup from one line.
    static func inline(_ line: Substring) -> String {
        let chars = Array(line)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\" where i + 1 < chars.count && chars[i + 1].isPunctuation || i + 1 < chars.count && chars[i + 1].isSymbol:
                out.append(chars[i + 1])
                i += 2
            case "!" where i + 1 < chars.count && chars[i + 1] == "[":
                if let (label, next) = link(chars, at: i + 1) {
                    out += label
                    i = next
                } else {
                    out.append(c)
                    i += 1
                }
            case "[":
                if let (label, next) = link(chars, at: i) {
                    out += label
                    i = next
                } else {
                    out.append(c)
                    i += 1
                }
            case "<":
                if let close = chars[i...].firstIndex(of: ">"), close > i + 1 {
                    let inner = String(chars[(i + 1)..<close])
                    if inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:") {
                        out += inner
                    } else if !(inner.first?.isLetter == true || inner.first == "/" || inner.first == "!") {
                        out.append(c)
                        i += 1
                        continue
                    }
                    i = close + 1
                } else {
                    out.append(c)
                    i += 1
                }
            case "`":
                i += 1
            case "*", "_":
                let previous = i > 0 ? chars[i - 1] : " "
                var run = i
                while run < chars.count && chars[run] == c { run += 1 }
                let next = run < chars.count ? chars[run] : " "
                // Emphasis marks touch a word on one side only; `snake_case` and `2 * 3` stay.
                let opens = !next.isWhitespace && (previous.isWhitespace || previous.isPunctuation)
                let closes = !previous.isWhitespace && (next.isWhitespace || next.isPunctuation)
                if opens != closes {
                    i = run
                } else {
                    out += String(chars[i..<run])
                    i = run
                }
            default:
                out.append(c)
                i += 1
            }
        }
        return HTMLEntities.decode(out)
    }

    /// `[label](target)` or `[label][ref]` starting at `start`: the label and the index after it.
    static func link(_ chars: [Character], at start: Int) -> (String, Int)? {
        var depth = 0
        var i = start
        while i < chars.count {
            if chars[i] == "[" { depth += 1 }
            if chars[i] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            i += 1
        }
        guard i < chars.count, i + 1 < chars.count else { return nil }
        let label = inline(Substring(String(chars[(start + 1)..<i])))
        let closer: Character = chars[i + 1] == "(" ? ")" : chars[i + 1] == "[" ? "]" : " "
        guard closer != " ", let end = chars[(i + 2)...].firstIndex(of: closer) else { return nil }
        return (label, end + 1)
    }
}

/// Paragraphs being built from Markdown lines.
struct MarkdownBlocks {
    var paragraphs: [String] = []
    var pending: [String] = []
    var verbatim = false
    var takenTitle: String?

    var pendingIsOneLine: Bool { pending.count == 1 && !verbatim }

    mutating func addLine(_ line: String) {
        if !line.isEmpty { pending.append(line) }
    }

    mutating func addVerbatim(_ line: String) {
        verbatim = true
        pending.append(line)
    }

    mutating func addHeading(_ text: String, isTitleCandidate: Bool) {
        if isTitleCandidate {
            takenTitle = text
        } else if !text.isEmpty {
            paragraphs.append(text)
        }
    }

    mutating func promotePendingToHeading(isTitleCandidate: Bool) {
        let text = pending.joined(separator: " ")
        pending = []
        addHeading(text, isTitleCandidate: isTitleCandidate)
    }

    mutating func flush() {
        guard !pending.isEmpty else { return }
        let paragraph = pending.joined(separator: verbatim ? "\n" : " ")
        if !paragraph.trimmingSpaces.isEmpty { paragraphs.append(paragraph) }
        pending = []
        verbatim = false
    }
}
