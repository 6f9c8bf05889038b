/// Splits text into paragraphs: runs of non-blank lines separated by blank lines, or single lines
/// when the text has no blank lines at all (one paragraph per line, as in many feeds).
public enum ParagraphSplitter {
    public static func paragraphs(_ text: [Unicode.Scalar]) -> [TextSpan] {
        var lines: [TextSpan] = []
        var start = 0
        for (i, c) in text.enumerated() where c == "\n" {
            lines.append(TextSpan(start, i))
            start = i + 1
        }
        lines.append(TextSpan(start, text.count))
        let blank = lines.map { line in !text[line.start..<line.end].contains { !Characters.isSpace($0) } }
        let hasBlankSeparators = blank.contains(true)
        var result: [TextSpan] = []
        var current: TextSpan?
        for (line, isBlank) in zip(lines, blank) {
            if isBlank {
                if let c = current { result.append(c) }
                current = nil
            } else if hasBlankSeparators, let c = current {
                current = TextSpan(c.start, line.end)
            } else {
                if let c = current { result.append(c) }
                current = line
            }
        }
        if let c = current { result.append(c) }
        return result.map { trim($0, text) }.filter { !$0.isEmpty }
    }

    static func trim(_ span: TextSpan, _ text: [Unicode.Scalar]) -> TextSpan {
        var s = span.start
        var e = span.end
        while s < e && Characters.isSpace(text[s]) { s += 1 }
        while e > s && Characters.isSpace(text[e - 1]) { e -= 1 }
        return TextSpan(s, e)
    }
}
