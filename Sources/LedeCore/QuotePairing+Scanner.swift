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
            if c.value >= 0x22 && Characters.isQuoteMark(c) {
                if (c == "'" || c == "`" || c == "’") && i + 1 < end && (text[i + 1] == "'" || text[i + 1] == "’")
                    && !(c == "'" && i + 2 < end && text[i + 2] == "'")
                {
                    readDoubledApostrophe(at: i, opening: c == "`")
                    i += 2
                    continue
                }
                read(c, at: i)
            }
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
                // A left mark typed where a right one belongs (`unusual,“ said`) closes.
                if canClose(at: i) && !canOpen(at: i) {
                    close(open, at: i)
                    return
                }
                // A second opening mark while one is open: the first lost its closing mark.
                // End it just before this one, so the error stays local.
                closeUnterminated(downTo: open, before: i)
            }
            stack.append(OpenMark(offset: i, style: .double))
        case 0x201D, 0xBB:  // ” »
            if isFeetAndInches(at: i) { return }
            if let open = innermost(.double) {
                close(open, at: i)
            } else if canOpen(at: i) && isLetterOrDigitAfter(i) {
                stack.append(OpenMark(offset: i, style: .double))  // a right mark typed as a left one
            }
        case 0x22:  // "
            if isFeetAndInches(at: i) { return }
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
            if let open = innermostSingleAboveDouble(), i > start, !Characters.isSpace(text[i - 1]), canClose(at: i),
                i - stack[open].offset > 2  // `rock ‘n’ roll`
            {
                close(open, at: i)
            } else if canOpen(at: i) && !isDigit(after: i) && c == "'" {
                stack.append(OpenMark(offset: i, style: .single))
            }
        default:
            return  // primes, backticks, low single marks
        }
    }

    /// ` ''…'' ` or ` ``…'' `: a doubled mark opens after a space and closes before one.
    private mutating func readDoubledApostrophe(at i: Int, opening: Bool) {
        let style = QuotedPassage.Style.doubledApostrophe
        let opens = opening || (canOpen(at: i) && i + 2 < end && !Characters.isSpace(text[i + 2]))
        if let open = innermost(style) {
            if !opens || !(i == start || Characters.isSpace(text[i - 1])) {
                let marked = stack[open]
                stack.removeSubrange(open...)
                passages.append(
                    QuotedPassage(
                        span: TextSpan(marked.offset, i + 2), content: TextSpan(marked.offset + 2, i), style: style,
                        isClosed: true, depth: 0, paragraph: paragraph))
                return
            }
            closeUnterminated(downTo: open, before: i)  // the open one lost its closing marks
        }
        if opens { stack.append(OpenMark(offset: i, style: style)) }
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

    /// `5’2”`: an inch mark after feet and inches.
    private func isFeetAndInches(at i: Int) -> Bool {
        var k = i - 1
        while k >= start && k > i - 4 && Characters.isDigit(text[k]) { k -= 1 }
        guard k < i - 1, k > start else { return false }
        let mark = text[k]
        return (mark == "’" || mark == "'" || mark == "′") && Characters.isDigit(text[k - 1])
    }

    private func isLetterOrDigitAfter(_ i: Int) -> Bool {
        i + 1 < end && (Characters.isLetter(text[i + 1]) || Characters.isDigit(text[i + 1]))
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
        guard open.style != .single else { return }
        let width = open.style == .doubledApostrophe ? 2 : 1
        var e = limit
        while e > open.offset + width && Characters.isSpace(text[e - 1]) { e -= 1 }
        passages.append(
            QuotedPassage(
                span: TextSpan(open.offset, e), content: TextSpan(open.offset + width, e), style: open.style,
                isClosed: false, depth: 0, paragraph: paragraph))
    }

    /// At the paragraph's end the outermost open double quote ends unclosed (a multi-paragraph
    /// quote, or a lost mark); open single marks were apostrophes.
    private mutating func finishParagraph() {
        if let outer = stack.firstIndex(where: { $0.style != .single }) {
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
