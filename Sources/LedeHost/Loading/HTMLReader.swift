import Foundation
import LedeCore

/// Reads an `.html` article: the main text found by ``ContentExtractor`` as paragraphs, and the
/// page's metadata (``HTMLMetadata``): title without the site's suffix, date, author, site name,
/// canonical URL and language.
enum HTMLReader {
    /// Elements whose text is never shown as page text.
    static let skippedElements: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "title"]

    static func read(_ html: String, warn: (Int?, String) -> Void) -> Article? {
        let document = HTMLDocument(html)
        let body = document.elements(named: "body").first ?? 0
        var extractor = ContentExtractor(document)
        var paragraphs = extractor.extract(body: body)
        let metadata = HTMLMetadata(document)
        if let articleBody = metadata.articleBody,
            articleBody.unicodeScalars.count > max(400, 2 * paragraphs.reduce(0) { $0 + $1.unicodeScalars.count })
        {
            paragraphs = articleBody.split(separator: "\n").map { collapseSpaces(HTMLEntities.decode(String($0))) }
                .filter { !$0.isEmpty }
        }
        let heading = document.elements(named: "h1", under: body).first.map { document.plainText($0) }
        var title = metadata.title ?? Self.headline(heading: heading, pageTitle: metadata.pageTitle) ?? ""
        // A title that still carries sections or the site around the headline gives way to it.
        if let heading, heading.unicodeScalars.count >= 10, title.count > heading.count,
            title.lowercased().contains(heading.lowercased())
        {
            title = heading
        }
        // The headline heads the text even when it sits outside the article's container.
        if let heading, !heading.isEmpty, !paragraphs.contains(heading), Self.sameHeadline(heading, title) {
            paragraphs.insert(heading, at: 0)
        }
        if title.isEmpty { title = TitleGuess.title(fromBody: paragraphs.first ?? "") }
        var text = paragraphs.joined(separator: "\n\n")
        // Composed forms (NFC), so that text matches what people type and what tools compare.
        if text.utf8.contains(where: { $0 >= 0xCC }) { text = text.precomposedStringWithCanonicalMapping }
        guard !text.isEmpty || !title.isEmpty else { return nil }
        return Article(id: "", title: title, text: text, metadata: metadata.fields)
    }

    /// The main heading when the `<title>` agrees with it (a logo in an `<h1>` does not), else the `<title>`.
    static func headline(heading: String?, pageTitle: String?) -> String? {
        guard let heading, !heading.isEmpty else { return pageTitle }
        guard let pageTitle, !pageTitle.isEmpty else { return heading }
        return sameHeadline(heading, pageTitle) ? heading : pageTitle
    }

    static func sameHeadline(_ heading: String, _ title: String) -> Bool {
        let a = heading.lowercased(), b = title.lowercased()
        return !b.isEmpty && (a == b || a.contains(b) || b.contains(a) && a.count * 2 > b.count)
    }

    /// Whitespace runs (including no-break and other Unicode spaces) become one space; ends are
    /// trimmed. Worked on UTF-8 bytes: the spaces outside ASCII start with C2, E1, E2 or E3.
    static func collapseSpaces(_ text: String) -> String {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        while i < bytes.count {
            let length = spaceLength(bytes, at: i)
            if length > 0 {
                pendingSpace = !out.isEmpty
                i += length
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The length in bytes of the white-space character at `i`, or 0.
    static func spaceLength(_ b: [UInt8], at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        guard c >= 0xC2 && c <= 0xE3, i + 1 < b.count else { return 0 }
        let d = b[i + 1]
        switch c {
        case 0xC2: return d == 0x85 || d == 0xA0 ? 2 : 0
        case 0xE1: return i + 2 < b.count && d == 0x9A && b[i + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard i + 2 < b.count else { return 0 }
            let e = b[i + 2]
            if d == 0x80 && (e <= 0x8A || e == 0xA8 || e == 0xA9 || e == 0xAF) { return 3 }
            return d == 0x81 && e == 0x9F ? 3 : 0
        case 0xE3: return i + 2 < b.count && d == 0x80 && b[i + 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }
}

/// Paragraph text gathered from an element tree.
struct Paragraphs {
    var list: [String] = []
    /// Per paragraph in `list`: whether it was a heading.
    var isHeading: [Bool] = []
    var current = ""
    var preformatted = 0
    /// Set while the text being gathered is a heading's.
    var inHeading = false

    mutating func add(_ text: String) {
        current += text
    }

    mutating func breakParagraph() {
        guard !current.isEmpty else { return }
        let paragraph = preformatted > 0 ? String(current.trimmingSpaces) : HTMLReader.collapseSpaces(current)
        if !paragraph.isEmpty {
            list.append(paragraph)
            isHeading.append(inHeading && paragraph.unicodeScalars.count < 200)
        }
        current = ""
    }
}
