/// The parts of a news article around its body text: headline, byline, dateline and captions.
///
/// Found from the shape of the text alone: a short first line without a closing full stop is a
/// headline; a short line that opens `By …` near the top is a byline; capitals followed by an
/// optional agency and a dash (`LONDON (Reuters) —`, `WASHINGTON —`) or a date (`LONDON 1996-08-30`)
/// open the body as a dateline; short paragraphs introduced by `Photo:`, `Caption:` or credited to
/// a photo agency are captions.
public struct NewsFurniture: Sendable, Hashable {
    /// The headline line, when the text starts with one.
    public var headline: TextSpan?
    /// The byline (`By Jane Doe and John Roe`), when there is one near the top.
    public var byline: TextSpan?
    /// The whole dateline, agency and dash included (`LONDON (Reuters) —`).
    public var dateline: TextSpan?
    /// The place named by the dateline (`LONDON`).
    public var datelinePlace: TextSpan?
    /// Photo captions.
    public var captions: [TextSpan]

    public init(
        headline: TextSpan? = nil, byline: TextSpan? = nil, dateline: TextSpan? = nil,
        datelinePlace: TextSpan? = nil, captions: [TextSpan] = []
    ) {
        self.headline = headline
        self.byline = byline
        self.dateline = dateline
        self.datelinePlace = datelinePlace
        self.captions = captions
    }

    /// Finds the furniture of `text` split into `paragraphs` (from ``ParagraphSplitter``).
    public static func detect(_ text: [Unicode.Scalar], paragraphs: [TextSpan]) -> NewsFurniture {
        var furniture = NewsFurniture()
        let lines = nonBlankLines(text, limit: 6)
        var next = 0
        if lines.count > 1, isHeadline(text, lines[0]) {
            furniture.headline = lines[0]
            next = 1
        }
        for k in next..<min(lines.count, next + 2) where isByline(text, lines[k]) {
            furniture.byline = lines[k]
            next = k + 1
            break
        }
        if next < lines.count, let (whole, place) = dateline(text, lines[next]) {
            furniture.dateline = whole
            furniture.datelinePlace = place
        }
        furniture.captions = paragraphs.filter { isCaption(text, $0) }
        return furniture
    }

    // MARK: - Lines

    static func nonBlankLines(_ text: [Unicode.Scalar], limit: Int) -> [TextSpan] {
        var lines: [TextSpan] = []
        var start = 0
        var i = 0
        while i <= text.count && lines.count < limit {
            if i == text.count || Characters.isNewline(text[i]) {
                let line = ParagraphSplitter.trim(TextSpan(start, i), text)
                if !line.isEmpty { lines.append(line) }
                start = i + 1
            }
            i += 1
        }
        return lines
    }

    static func words(_ text: [Unicode.Scalar], _ span: TextSpan) -> [TextSpan] {
        var result: [TextSpan] = []
        var i = span.start
        while i < span.end {
            while i < span.end && Characters.isSpace(text[i]) { i += 1 }
            let start = i
            while i < span.end && !Characters.isSpace(text[i]) { i += 1 }
            if i > start { result.append(TextSpan(start, i)) }
        }
        return result
    }

    static func isHeadline(_ text: [Unicode.Scalar], _ line: TextSpan) -> Bool {
        let words = words(text, line)
        guard !words.isEmpty, words.count <= 25, let last = text[line.start..<line.end].last else { return false }
        let allCaps = !text[line.start..<line.end].contains { Characters.isLower($0) }
        if !allCaps && (last == "." || last == "," || last == ":" || last == ";") { return false }
        // Most words capitalised (title case or all caps), or a short line of any case.
        let capitalised = words.filter { Characters.isUpper(text[$0.start]) || !Characters.isLetter(text[$0.start]) }
        return capitalised.count * 2 >= words.count || words.count <= 12
    }

    static func isByline(_ text: [Unicode.Scalar], _ line: TextSpan) -> Bool {
        let words = words(text, line)
        guard words.count >= 2, words.count <= 12 else { return false }
        var first = words[0]
        if first.length == 1 && (text[first.start] == "—" || text[first.start] == "-"), words.count > 2 {
            first = words[1]
        }
        let opener = Abbreviations.lowercased(text, first.start, first.end)
        guard opener == "by" else { return false }
        let last = text[line.end - 1]
        return last != "." || text[line.end - 2] == "." || Characters.isUpper(text[line.end - 2])
    }

    /// `LONDON (Reuters) —`, `WASHINGTON, D.C. —`, `MOSCOW, Nov 5 (AP) -`, `LONDON 1996-08-30`.
    static func dateline(_ text: [Unicode.Scalar], _ line: TextSpan) -> (TextSpan, TextSpan)? {
        var i = line.start
        var placeEnd = i
        // Capitalised place words: all letters upper case (`ST. LOUIS`, `NEW YORK`).
        while i < line.end {
            let start = i
            var letters = 0
            while i < line.end && (Characters.isUpper(text[i]) || text[i] == "." || text[i] == "-" || text[i] == "'") {
                if Characters.isLetter(text[i]) { letters += 1 }
                i += 1
            }
            if letters == 0 || (i < line.end && Characters.isLetter(text[i])) {
                i = start
                break
            }
            placeEnd = i
            while i < line.end && text[i] == " " { i += 1 }
        }
        guard placeEnd - line.start >= 2 else { return nil }
        i = placeEnd
        // An optional `, Calif.` or `, Nov 5` before the agency or dash: up to 40 more scalars.
        var k = i
        let limit = min(line.end, placeEnd + 40)
        while k < limit {
            let c = text[k]
            if c == "—" || c == "–" || (c == "-" && k + 1 < line.end && text[k + 1] == " " && text[k - 1] == " ") {
                let whole = TextSpan(line.start, k + 1)
                return (whole, TextSpan(line.start, placeEnd))
            }
            if c == "(" {
                guard let close = text[k..<limit].firstIndex(of: ")") else { return nil }
                k = close + 1
                continue
            }
            if c == "!" || c == "?" || c == "\"" || c == "“" || c == ";" { return nil }
            // Only capitalised words (`Calif.`, `Nov 5`) may stand between the place and the dash.
            if Characters.isLower(c) && Characters.isSpace(text[k - 1]) { return nil }
            k += 1
        }
        // `LONDON 1996-08-30` on a line of its own.
        let rest = words(text, TextSpan(placeEnd, line.end))
        if rest.count == 1, Characters.isDigit(text[rest[0].start]) {
            return (line, TextSpan(line.start, placeEnd))
        }
        return nil
    }

    static let captionCredits: [String] = ["(ap photo", "(photo:", "photograph:", "(reuters/", "getty images", "(afp photo"]
    static let captionCreditBytes = captionCredits.map { Array($0.utf8) }

    static func isCaption(_ text: [Unicode.Scalar], _ paragraph: TextSpan) -> Bool {
        // The first word, and whether there are at most 60, without listing them all.
        var first: TextSpan?
        var count = 0
        var i = paragraph.start
        while i < paragraph.end && count <= 60 {
            while i < paragraph.end && Characters.isSpace(text[i]) { i += 1 }
            let start = i
            while i < paragraph.end && !Characters.isSpace(text[i]) { i += 1 }
            if i > start {
                count += 1
                if first == nil { first = TextSpan(start, i) }
            }
        }
        guard let first, count <= 60 else { return false }
        if Lexicon.captionOpeners.contains(Abbreviations.lowercased(text, first.start, first.end)) { return true }
        // The credits are ASCII: the tail's bytes, lowered, with other scalars as 0xFF.
        let tail = text[max(paragraph.start, paragraph.end - 80)..<paragraph.end].map { scalar -> UInt8 in
            let v = scalar.value
            return v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : v < 0x80 ? UInt8(v) : 0xFF
        }
        return captionCreditBytes.contains { ByteSearch.contains(tail, $0) }
    }
}
