/// A passage of text between paired quotation marks.
///
/// Multi-paragraph quotes in news style (every paragraph opens with a mark, only the last one
/// closes) give one passage per paragraph, linked by ``continuesFromPrevious`` and
/// ``continuesToNext``, so that each span stays inside its paragraph.
public struct QuotedPassage: Sendable, Hashable {
    /// Whether the passage is in double (`"…"`, `“…”`, `«…»`), single (`'…'`, `‘…’`) or doubled
    /// apostrophe (`''…''`) marks.
    public enum Style: UInt8, Sendable, Hashable {
        case double
        case single
        /// Two apostrophes or backticks standing for a double mark (` ''…'' `, ` ``…'' `), a
        /// typewriter convention of some archives.
        case doubledApostrophe
    }

    /// From the opening mark to just after the closing mark; to the paragraph's last visible
    /// character when the passage does not close in its paragraph.
    public var span: TextSpan
    /// The words inside the marks.
    public var content: TextSpan
    public var style: Style
    /// Whether a closing mark ended the passage (false for an open multi-paragraph part).
    public var isClosed: Bool
    /// 0 for a top-level passage, 1 for a quote inside a quote, and so on.
    public var depth: Int
    /// Index of the paragraph (in the paragraph list given to ``QuotePairing``).
    public var paragraph: Int
    /// The passage continues a quote left open at the end of the previous paragraph.
    public var continuesFromPrevious: Bool
    /// The passage is left open and the next paragraph reopens it.
    public var continuesToNext: Bool

    public init(
        span: TextSpan, content: TextSpan, style: Style, isClosed: Bool, depth: Int, paragraph: Int,
        continuesFromPrevious: Bool = false, continuesToNext: Bool = false
    ) {
        self.span = span
        self.content = content
        self.style = style
        self.isClosed = isClosed
        self.depth = depth
        self.paragraph = paragraph
        self.continuesFromPrevious = continuesFromPrevious
        self.continuesToNext = continuesToNext
    }
}

/// Pairs quotation marks into ``QuotedPassage``s, paragraph by paragraph.
///
/// Curly marks say which way they face; straight marks are read from their neighbours (a mark
/// after a space or an opening bracket and before a visible character opens). Apostrophes inside
/// and after words (`don't`, `Democrats' plan`, `'90s`) and inch or prime marks after digits
/// (`5'10"`) are not quote marks unless a quote of that style is open and they can close it. A
/// double closing mark closes the innermost open double quote whatever its typography
/// (`“no evidence"`), dropping any single quote still open inside it. Pairing never crosses a
/// paragraph boundary, so an odd mark costs at most its own paragraph: a double quote still open
/// at the end of a paragraph ends there, and an unclosed single quote is read as an apostrophe.
///
/// ```swift
/// let passages = QuotePairing.passages(in: document.scalars, paragraphs: document.paragraphs)
/// ```
public enum QuotePairing {
    /// Every passage in text order (an outer passage before the passages nested inside it).
    public static func passages(in text: [Unicode.Scalar], paragraphs: [TextSpan]) -> [QuotedPassage] {
        var result: [QuotedPassage] = []
        var previousLeftOpen = false
        for (index, paragraph) in paragraphs.enumerated() {
            let start = max(0, min(paragraph.start, text.count))
            let end = max(start, min(paragraph.end, text.count))
            var scanner = ParagraphQuoteScanner(text: text, start: start, end: end, paragraph: index)
            scanner.scan()
            var found = scanner.passages
            if previousLeftOpen, let first = found.firstIndex(where: { $0.depth == 0 }),
                found[first].span.start == firstVisible(text, start, end)
            {
                found[first].continuesFromPrevious = true
                if let last = result.lastIndex(where: { $0.depth == 0 }) { result[last].continuesToNext = true }
            }
            previousLeftOpen = found.last(where: { $0.depth == 0 }).map { !$0.isClosed } ?? false
            result.append(contentsOf: found)
        }
        return result
    }

    private static func firstVisible(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end && Characters.isSpace(text[i]) { i += 1 }
        return i
    }
}
