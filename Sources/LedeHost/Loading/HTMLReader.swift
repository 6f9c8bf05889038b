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

    /// Whitespace runs (including no-break spaces) become one space; ends are trimmed.
    static func collapseSpaces(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar.value > 0x7F && scalar.properties.isWhitespace
                || scalar == "\r" || scalar == "\u{0C}"
            {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
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
