/// The cursor behind ``QuotePairing``: one left-to-right pass over one paragraph with a stack of
/// open marks.
struct ParagraphQuoteScanner {
    private struct OpenMark {
        var offset: Int
        var style: QuotedPassage.Style
    }

    let text: [Unicode.Scalar]
    let start: Int
    let end: Int
    let paragraph: Int
    private(set) var passages: [QuotedPassage] = []
    private var stack: [OpenMark] = []

    init(text: [Unicode.Scalar], start: Int, end: Int, paragraph: Int) {
        self.text = text
        self.start = start
        self.end = end
        self.paragraph = paragraph
    }

    mutating func scan() {
        var i = start
        while i < end {
            let c = text[i]
            if c.value >= 0x22 && Characters.isQuoteMark(c) { read(c, at: i) }
            i += 1
        }
        finishParagraph()
        normaliseDepths()
    }

    // MARK: - Reading one mark

    private mutating func read(_ c: Unicode.Scalar, at i: Int) {
        switch c.value {
        case 0x201C, 0x201E, 0x201F, 0xAB:  // “ „ ‟ «
            if let open = innermost(.double) {
                // A second opening mark while one is open: the first lost its closing mark.
                // End it just before this one, so the error stays local.
                closeUnterminated(downTo: open, before: i)
            }
            stack.append(OpenMark(offset: i, style: .double))
        case 0x201D, 0xBB:  // ” »
            if let open = innermost(.double) { close(open, at: i) }
        case 0x22:  // "
            if let open = innermost(.double) {
                if isDigit(before: i) && !canClose(at: i) { return }
                close(open, at: i)
            } else if canOpen(at: i) && !isDigit(before: i) {
                stack.append(OpenMark(offset: i, style: .double))
            }
        case 0x2018:  // ‘
            if canOpen(at: i) && !isDigit(after: i) { stack.append(OpenMark(offset: i, style: .single)) }
        case 0x2019, 0x27:  // ’ '
            if isLetterOrDigit(before: i) && isLetter(after: i) { return }  // don't, O’Brien
            if let open = innermostSingleAboveDouble(), i > start, !Characters.isSpace(text[i - 1]), canClose(at: i) {
                close(open, at: i)
            } else if canOpen(at: i) && !isDigit(after: i) && c == "'" {
                stack.append(OpenMark(offset: i, style: .single))
            }
        default:
            return  // primes, backticks, low single marks
        }
    }

    /// A straight or left mark opens when it follows the paragraph start, a space, an opening
    /// bracket, a dash, a slash or another opening mark, and a visible character follows it.
    private func canOpen(at i: Int) -> Bool {
        guard i + 1 < end, !Characters.isSpace(text[i + 1]) else { return false }
        if i == start { return true }
        let p = text[i - 1]
        if Characters.isSpace(p) { return true }
        switch p {
        case "(", "[", "{", "-", "/", "—", "–", "“", "‘", "\"", "'", "«", ":": return true
        default: return false
        }
    }

    /// A mark closes when a visible character precedes it and a space, punctuation or the end
    /// follows it.
    private func canClose(at i: Int) -> Bool {
        guard i > start, !Characters.isSpace(text[i - 1]) else { return false }
        guard i + 1 < end else { return true }
        let n = text[i + 1]
        return !Characters.isLetter(n) && !Characters.isDigit(n)
    }

    private func isDigit(before i: Int) -> Bool { i > start && Characters.isDigit(text[i - 1]) }
    private func isDigit(after i: Int) -> Bool { i + 1 < end && Characters.isDigit(text[i + 1]) }
    private func isLetter(after i: Int) -> Bool { i + 1 < end && Characters.isLetter(text[i + 1]) }
    private func isLetterOrDigit(before i: Int) -> Bool {
        i > start && (Characters.isLetter(text[i - 1]) || Characters.isDigit(text[i - 1]))
    }

    // MARK: - The stack

    private func innermost(_ style: QuotedPassage.Style) -> Int? {
        stack.lastIndex { $0.style == style }
    }

    /// An open single quote that is not outside the innermost open double quote.
    private func innermostSingleAboveDouble() -> Int? {
        guard let single = innermost(.single) else { return nil }
        if let double = innermost(.double), double > single { return nil }
        return single
    }

    /// Closes the mark at stack position `index` with the closing mark at `i`; marks opened
    /// inside it and still open were not quote marks.
    private mutating func close(_ index: Int, at i: Int) {
        let open = stack[index]
        stack.removeSubrange(index...)
        passages.append(
            QuotedPassage(
                span: TextSpan(open.offset, i + 1), content: TextSpan(open.offset + 1, i), style: open.style,
                isClosed: true, depth: 0, paragraph: paragraph))
    }

    /// Ends the double quote at stack position `index` without a closing mark, at the last
    /// visible character before `limit`.
    private mutating func closeUnterminated(downTo index: Int, before limit: Int) {
        let open = stack[index]
        stack.removeSubrange(index...)
        guard open.style == .double else { return }
        var e = limit
        while e > open.offset + 1 && Characters.isSpace(text[e - 1]) { e -= 1 }
        passages.append(
            QuotedPassage(
                span: TextSpan(open.offset, e), content: TextSpan(open.offset + 1, e), style: .double, isClosed: false,
                depth: 0, paragraph: paragraph))
    }

    /// At the paragraph's end the outermost open double quote ends unclosed (a multi-paragraph
    /// quote, or a lost mark); open single marks were apostrophes.
    private mutating func finishParagraph() {
        if let outer = stack.firstIndex(where: { $0.style == .double }) {
            closeUnterminated(downTo: outer, before: end)
        }
        stack.removeAll()
    }

    /// Sorts the passages outer-first and sets each one's depth from the passages around it.
    private mutating func normaliseDepths() {
        guard passages.count > 1 else { return }
        passages.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end > $1.span.end }
        var enclosing: [Int] = []  // ends of the passages enclosing the current one
        for k in passages.indices {
            let span = passages[k].span
            while let last = enclosing.last, last <= span.start { enclosing.removeLast() }
            passages[k].depth = enclosing.count
            enclosing.append(span.end)
        }
    }
}
