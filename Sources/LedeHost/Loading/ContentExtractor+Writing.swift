/// Writing the chosen containers out as paragraphs.
extension ContentExtractor {
    static let blockElements: Set<String> = [
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "tr", "pre",
        "dd", "dt", "table", "ul", "ol", "dl", "hr", "main", "figure", "address", "center", "td", "th", "body",
        "header", "form", "fieldset", "details", "summary", "caption", "tbody", "thead", "tfoot",
    ]
    /// Containers dropped when their text is mostly links or inputs.
    static let groupElements: Set<String> = [
        "div", "section", "ul", "ol", "table", "dl", "form", "figure", "center", "header", "tbody", "tr",
        "fieldset", "details",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    func write(_ choice: (roots: [Int], best: Int)) -> [String] {
        var paragraphs = Paragraphs()
        var kept = Set<Int>()
        var index = choice.best
        while index > 0 {
            kept.insert(index)
            index = document.nodes[index].parent
        }
        for root in choice.roots { write(root, kept: kept, into: &paragraphs) }
        paragraphs.breakParagraph()
        var written: [(text: String, isHeading: Bool)] = zip(paragraphs.list, paragraphs.isHeading)
            .filter { !BoilerplateLines.isFurniture($0.0) }.map { ($0.0, $0.1) }
        // A heading with nothing after it introduced links or boxes that were dropped.
        while let last = written.last, last.isHeading, written.count > 1 { written.removeLast() }
        return written.map { $0.text }
    }

    /// Writes the text under `index`; elements in `kept` (the best container and its ancestors)
    /// are never cleaned away.
    private func write(_ index: Int, kept: Set<Int>, into paragraphs: inout Paragraphs) {
        let node = document.nodes[index]
        if node.isText {
            paragraphs.add(document.text(of: index))
            return
        }
        guard !furniture[index], kept.contains(index) || keeps(index) else { return }
        if node.name == "br" {
            paragraphs.breakParagraph()
            return
        }
        let isBlock = node.kind.contains(.block)
        if isBlock { paragraphs.breakParagraph() }
        if node.name == "pre" { paragraphs.preformatted += 1 }
        let isHeading = node.kind.contains(.heading)
        if isHeading { paragraphs.inHeading = true }
        for child in node.children { write(child, kept: kept, into: &paragraphs) }
        if isHeading { paragraphs.breakParagraph() }
        if isHeading { paragraphs.inHeading = false }
        if node.name == "pre" { paragraphs.preformatted -= 1 }
        if isBlock { paragraphs.breakParagraph() }
        if node.name == "td" || node.name == "th" { paragraphs.add(" ") }
    }

    /// Whether an element inside the article stays, judged by its links, inputs and name.
    private func keeps(_ index: Int) -> Bool {
        let name = document.nodes[index].name
        let kind = document.nodes[index].kind
        let own = stats[index]
        guard own.letters > 0 else { return true }
        let density = own.linkDensity
        let weight = nameWeight(index)
        if kind.contains(.group) {
            if weight >= 40 { return true }
            if density > 0.5 { return false }
            if density > 0.3 && own.commas < 5 && weight < 15 { return false }
            if density > 0.2 && weight < 0 { return false }
            if own.inputs > 0 && own.inputs * 3 > own.paragraphs + 1 { return false }
            return true
        }
        if kind.contains(.heading) { return density <= 0.5 }
        if name == "p" || name == "li" || name == "dd" || name == "dt" || name == "blockquote" {
            // A label and a link ("Read also: …", "By <a>…</a>") points elsewhere; a paragraph
            // that is all link cites a source and stays.
            return density <= 0.65 || own.linkLetters == own.letters
        }
        return true
    }
}

/// One-line page furniture that survives inside an article's container: share and follow
/// prompts, copyright lines, "read more" pointers, newsletter invitations.
enum BoilerplateLines {
    static let prefixes: [String] = [
        "share this", "share on", "share:", "share via", "follow us", "follow @", "sign up", "subscribe",
        "copyright", "©", "(c) 20", "related:", "related articles", "related stories", "read more", "read also",
        "see also", "click here", "advertisement", "tags:", "tagged:", "posted in", "filed under", "leave a comment",
        "loading", "you may also like", "recommended", "more from", "join our", "get our", "download the app",
        "print this", "email this", "skip to", "back to top", "photo:", "image:", "credit:", "getty images",
    ]
    static let fragments: [String] = [
        "all rights reserved", "newsletter", "cookies", "copyrighted", "terms of use", "for ios and android",
        "download our app", "download the app", "min read",
    ]
    static let networks = ["twitter", "facebook", "instagram", "linkedin", "whatsapp", "telegram"]

    static func isFurniture(_ paragraph: String) -> Bool {
        let count = paragraph.unicodeScalars.count
        guard count < 200 else { return false }
        let lowered = paragraph.lowercased()
        let bytes = Array(lowered.utf8)
        if prefixes.contains(where: { bytes.starts(with: $0.utf8) }) { return true }
        if bytes.starts(with: "follow ".utf8) && networks.contains(where: { contains(bytes, $0) }) { return true }
        return count < 160 && fragments.contains(where: { contains(bytes, $0) })
    }

    private static func contains(_ bytes: [UInt8], _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let first = needle.first, needle.count <= bytes.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == first {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
