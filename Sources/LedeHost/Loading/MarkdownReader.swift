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

    /// Strips inline markup from one line in a single pass. A link's label is stripped in place
    /// (a stack remembers where each open label ends and where its target ends), and bracket
    /// partners and the next `)`, `]`, `>` are found up front, so the work is linear in the line
    /// however the brackets nest.
    static func inline(_ line: Substring) -> String {
        let chars = Array(line)
        let marks = InlineMarks(chars)
        var out = ""
        var labels: [InlineMarks.Link] = []
        var i = 0
        while i < chars.count {
            let start = labels.last?.labelStart ?? 0
            let limit = labels.last?.labelEnd ?? chars.count
            if i >= limit {
                i = labels.removeLast().next
                continue
            }
            let c = chars[i]
            switch c {
            case "\\" where i + 1 < limit && (chars[i + 1].isPunctuation || chars[i + 1].isSymbol):
                out.append(chars[i + 1])
                i += 2
            case "!" where i + 1 < limit && chars[i + 1] == "[":
                if let link = marks.link(at: i + 1, limit: limit) {
                    labels.append(link)
                    i = link.labelStart
                } else {
                    out.append(c)
                    i += 1
                }
            case "[":
                if let link = marks.link(at: i, limit: limit) {
                    labels.append(link)
                    i = link.labelStart
                } else {
                    out.append(c)
                    i += 1
                }
            case "<":
                if let close = marks.nextAngle[i], close < limit, close > i + 1 {
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
                let previous = i > start ? chars[i - 1] : " "
                var run = i
                while run < limit && chars[run] == c { run += 1 }
                let next = run < limit ? chars[run] : " "
                // Emphasis marks touch a word on one side only; `snake_case` and `2 * 3` stay.
                let opens = !next.isWhitespace && (previous.isWhitespace || previous.isPunctuation)
                let closes = !previous.isWhitespace && (next.isWhitespace || next.isPunctuation)
                if opens == closes { out += String(chars[i..<run]) }
                i = run
            default:
                out.append(c)
                i += 1
            }
        }
        return HTMLEntities.decode(out)
    }
}

/// Where each `[` of a line closes and where the next `)`, `]` and `>` are, found in two passes.
struct InlineMarks {
    /// A link whose label runs from `labelStart` to `labelEnd` (its `]`); reading goes on at `next`.
    struct Link {
        var labelStart: Int
        var labelEnd: Int
        var next: Int
    }

    private let chars: [Character]
    /// For each `[`, the index of its `]`.
    private var partner: [Int: Int] = [:]
    /// For each index, the first `)`, `]`, `>` at or after it (nil: none).
    private(set) var nextParenthesis: [Int?]
    private(set) var nextBracket: [Int?]
    private(set) var nextAngle: [Int?]

    init(_ chars: [Character]) {
        self.chars = chars
        nextParenthesis = Array(repeating: nil, count: chars.count + 1)
        nextBracket = nextParenthesis
        nextAngle = nextParenthesis
        var open: [Int] = []
        for (index, c) in chars.enumerated() {
            if c == "[" { open.append(index) }
            if c == "]", let opening = open.popLast() { partner[opening] = index }
        }
        for index in chars.indices.reversed() {
            let c = chars[index]
            nextParenthesis[index] = c == ")" ? index : nextParenthesis[index + 1]
            nextBracket[index] = c == "]" ? index : nextBracket[index + 1]
            nextAngle[index] = c == ">" ? index : nextAngle[index + 1]
        }
    }

    /// `[label](target)` or `[label][ref]` opening at `start` and ending before `limit`.
    func link(at start: Int, limit: Int) -> Link? {
        guard let close = partner[start], close + 1 < limit else { return nil }
        let after = close + 2
        let end: Int?
        switch chars[close + 1] {
        case "(": end = after <= chars.count ? nextParenthesis[after] : nil
        case "[": end = after <= chars.count ? nextBracket[after] : nil
        default: return nil
        }
        guard let end, end < limit else { return nil }
        return Link(labelStart: start + 1, labelEnd: close, next: end + 1)
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
