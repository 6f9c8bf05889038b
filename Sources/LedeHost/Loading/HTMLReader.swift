import LedeCore

/// Reads an `.html` article: the title (`og:title`, else the main heading, else `<title>`), the
/// main text (the largest `<article>`, else `<main>`, else `<body>`) as paragraphs from block
/// elements, with scripts, styles, navigation, headers, footers, asides and forms dropped, and
/// entities decoded. Canonical URL, publication date, author and site name become metadata.
enum HTMLReader {
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "button",
        "select", "textarea", "iframe", "object", "canvas", "figcaption", "head", "title", "menu", "dialog",
    ]
    static let skippedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search"]
    static let blockElements: Set<String> = [
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "tr", "pre",
        "dd", "dt", "table", "ul", "ol", "dl", "hr", "main", "figure", "address", "center", "td", "th", "body",
    ]

    static func read(_ html: String, warn: (Int?, String) -> Void) -> Article? {
        let document = HTMLDocument(html)
        let root = contentRoot(document)
        var paragraphs = Paragraphs()
        collect(document, root, into: &paragraphs)
        paragraphs.breakParagraph()

        let heading = document.elements(named: "h1", under: root).first.map { document.plainText($0) }
        let meta = metadata(document)
        let pageTitle = document.elements(named: "title").first.map { document.plainText($0) }
        let candidates = [meta.title, heading, pageTitle]
        var title = candidates.compactMap { $0 }.first { !$0.isEmpty } ?? ""
        var body = paragraphs.list
        if let first = body.first, first == title || first == heading { body.removeFirst() }
        if title.isEmpty { title = TitleGuess.title(fromBody: body.first ?? "") }
        let text = body.joined(separator: "\n\n")
        guard !text.isEmpty || !title.isEmpty else { return nil }
        return Article(id: "", title: title, text: text, metadata: meta.fields)
    }

    /// The largest `<article>`, else the first `<main>`, else `<body>`, else the whole document.
    static func contentRoot(_ document: HTMLDocument) -> Int {
        let articles = document.elements(named: "article")
        if !articles.isEmpty {
            var best = articles[0]
            var bestLength = -1
            for index in articles {
                let length = document.plainText(index).count
                if length > bestLength {
                    best = index
                    bestLength = length
                }
            }
            return best
        }
        if let main = document.elements(named: "main").first { return main }
        if let main = document.nodes.indices.first(where: { document.nodes[$0].attribute("role") == "main" }) {
            return main
        }
        return document.elements(named: "body").first ?? 0
    }

    static func collect(_ document: HTMLDocument, _ index: Int, into paragraphs: inout Paragraphs) {
        let node = document.nodes[index]
        if node.name.isEmpty {
            paragraphs.add(node.text)
            return
        }
        if skippedElements.contains(node.name) || node.attribute("hidden") != nil
            || node.attribute("aria-hidden") == "true" || skippedRoles.contains(node.attribute("role") ?? "")
        {
            return
        }
        if node.name == "br" {
            paragraphs.breakParagraph()
            return
        }
        let isBlock = blockElements.contains(node.name)
        if isBlock { paragraphs.breakParagraph() }
        if node.name == "pre" { paragraphs.preformatted += 1 }
        for child in node.children { collect(document, child, into: &paragraphs) }
        if isBlock { paragraphs.breakParagraph() }
        if node.name == "pre" { paragraphs.preformatted -= 1 }
        if node.name == "td" || node.name == "th" { paragraphs.add(" ") }
    }

    static func metadata(_ document: HTMLDocument) -> (title: String?, fields: [(key: String, value: String)]) {
        var values: [String: String] = [:]
        for index in document.elements(named: "meta") {
            let node = document.nodes[index]
            guard let key = (node.attribute("property") ?? node.attribute("name"))?.lowercased(),
                let content = node.attribute("content").map(collapseSpaces), !content.isEmpty, values[key] == nil
            else { continue }
            values[key] = content
        }
        for index in document.elements(named: "link") where document.nodes[index].attribute("rel") == "canonical" {
            if let href = document.nodes[index].attribute("href"), values["canonical"] == nil {
                values["canonical"] = href
            }
        }
        if let time = document.elements(named: "time").first, let stamp = document.nodes[time].attribute("datetime") {
            values["time"] = stamp
        }
        var fields: [(key: String, value: String)] = []
        let sources: [(String, [String])] = [
            ("url", ["canonical", "og:url"]),
            ("date", ["article:published_time", "date", "dc.date", "time"]),
            ("source", ["og:site_name"]),
            ("author", ["author", "article:author", "dc.creator"]),
        ]
        for (field, keys) in sources {
            if let value = keys.lazy.compactMap({ values[$0] }).first { fields.append((field, value)) }
        }
        return (values["og:title"], fields)
    }

    /// Whitespace runs (including no-break spaces) become one space; ends are trimmed.
    static func collapseSpaces(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
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
    var current = ""
    var preformatted = 0

    mutating func add(_ text: String) {
        current += text
    }

    mutating func breakParagraph() {
        let paragraph = preformatted > 0 ? String(current.trimmingSpaces) : HTMLReader.collapseSpaces(current)
        if !paragraph.isEmpty { list.append(paragraph) }
        current = ""
    }
}
