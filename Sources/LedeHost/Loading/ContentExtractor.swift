/// Finds the main text of a page and leaves the furniture behind, on semantic HTML and on div soup.
///
/// 1. Furniture is marked top-down: scripts, forms, navigation, headers, footers, asides, hidden
///    elements, furniture roles, and elements whose `class`/`id` name furniture (``ContentHints``),
///    unless they hold the article (a content container inside, or most of the page's text).
/// 2. Text statistics are summed bottom-up over what is left: letters, letters inside links, commas.
/// 3. Each block with inline text of its own scores its parent and grandparent by length and
///    commas; containers also score by tag and name; scores are scaled down by link density.
/// 4. The best container wins (or an ancestor shared by several near-best ones); its siblings
///    join when they score nearly as well or read as prose.
/// 5. The winner's text is written out block by block, dropping link-heavy lists and paragraphs,
///    teaser headings, and the one-line furniture ``BoilerplateLines`` knows.
struct ContentExtractor {
    let document: HTMLDocument
    /// Per node: marked as furniture (with everything under it).
    private(set) var furniture: [Bool]
    private(set) var stats: [TextStats]
    var hints = ContentHints()
    var verdicts: [ContentHints.Verdict]

    struct TextStats {
        /// Non-space bytes of visible text.
        var letters = 0
        var linkLetters = 0
        var commas = 0
        /// Letters and link letters of the element's own inline text (not in block children).
        var inlineLetters = 0
        var inlineLinkLetters = 0
        var inlineCommas = 0
        var paragraphs = 0
        var listItems = 0
        var inputs = 0

        var linkDensity: Double { letters == 0 ? 0 : Double(linkLetters) / Double(letters) }
        var inlineLinkDensity: Double { inlineLetters == 0 ? 0 : Double(inlineLinkLetters) / Double(inlineLetters) }
    }

    /// Letters and commas of each text node, counted once.
    private var textLetters: [Int]
    private var textCommas: [Int]

    init(_ document: HTMLDocument) {
        self.document = document
        let count = document.nodes.count
        var textLetters = Array(repeating: 0, count: count)
        var textCommas = Array(repeating: 0, count: count)
        document.bytes.withUnsafeBufferPointer { bytes in
            for index in 0..<count where document.nodes[index].isText {
                // Script and style text is never counted; skip its bytes.
                let parent = document.nodes[index].parent
                if parent > 0 && document.nodes[parent].kind.contains(.rawText) { continue }
                var letters = 0, commas = 0
                for i in document.nodes[index].text {
                    let byte = bytes[i]
                    // Scalars, not bytes (UTF-8 continuation bytes skipped), and no white space.
                    if byte & 0xC0 != 0x80 && byte > 0x20 { letters += 1 }
                    if byte == 0x2C { commas += 1 }
                }
                textLetters[index] = letters
                textCommas[index] = commas
            }
        }
        self.textLetters = textLetters
        self.textCommas = textCommas
        furniture = Array(repeating: false, count: count)
        stats = Array(repeating: TextStats(), count: count)
        verdicts = Array(repeating: .neutral, count: count)
    }

    /// The main text as paragraphs (none when the page has none worth keeping).
    mutating func extract(body: Int) -> [String] {
        for (index, node) in document.nodes.enumerated() where !node.isText {
            let className = node.attribute("class"), id = node.attribute("id")
            if className != nil || id != nil { verdicts[index] = hints.verdict(class: className, id: id) }
        }
        markFurniture(body: body, byName: true)
        countText()
        var paragraphs = write(chooseRoots(body: body))
        if paragraphs.joined().unicodeScalars.count < 250 {
            // Names misled: try again with tags and roles only.
            furniture = Array(repeating: false, count: document.nodes.count)
            markFurniture(body: body, byName: false)
            countText()
            let retry = write(chooseRoots(body: body))
            if retry.joined().unicodeScalars.count > paragraphs.joined().unicodeScalars.count { paragraphs = retry }
        }
        return paragraphs
    }

    // MARK: Furniture

    static let furnitureElements: Set<String> = [
        "script", "style", "template", "svg", "nav", "header", "footer", "aside", "button", "select",
        "textarea", "iframe", "object", "canvas", "head", "title", "menu", "dialog", "input", "label",
        "option", "video", "audio", "map", "math",
    ]
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert",
        "alertdialog", "tablist", "toolbar",
    ]
    static let neverFurniture: Set<String> = ["#root", "html", "body"]

    private mutating func markFurniture(body: Int, byName: Bool) {
        let nodes = document.nodes
        // Raw letter counts first, to protect a furniture-named wrapper of most of the page.
        var raw = Array(repeating: 0, count: nodes.count)
        var holdsArticle = Array(repeating: false, count: nodes.count)
        for index in stride(from: nodes.count - 1, through: 1, by: -1) {
            let node = nodes[index]
            if node.isText {
                raw[index] = textLetters[index]
            } else {
                // An `<article>` named as furniture (`<article class="comment">`) holds no article.
                if (node.name == "article" || node.name == "main") && verdicts[index] != .furniture
                    || verdicts[index] == .article || node.attribute("itemprop") == "articleBody"
                {
                    holdsArticle[index] = true
                }
                if node.kind.contains(.furniture) && node.name != "header" { raw[index] = 0 }
            }
            let parent = node.parent
            raw[parent] += raw[index]
            if holdsArticle[index] { holdsArticle[parent] = true }
        }
        let pageLetters = max(1, raw[body])
        for index in 1..<nodes.count {
            let node = nodes[index]
            if furniture[node.parent] {
                furniture[index] = true
                continue
            }
            guard !node.isText, !node.kind.contains(.neverFurniture) else { continue }
            if !node.attributes.isEmpty && isHidden(node) {
                furniture[index] = true
            } else if node.name == "figcaption" {
                // A short caption (and its credit) goes; a gallery's slide text stays.
                furniture[index] = raw[index] < 150
            } else if node.name == "noscript" {
                furniture[index] = byName
            } else if node.kind.contains(.furniture) {
                furniture[index] = !(node.name == "header" && holdsArticle[index])
            } else if node.name == "form" {
                furniture[index] = raw[index] * 2 < pageLetters && !holdsArticle[index]
            } else if !node.attributes.isEmpty, let role = node.attribute("role"), Self.furnitureRoles.contains(role) {
                furniture[index] = !holdsArticle[index]
            } else if byName && verdicts[index] == .furniture {
                // A furniture-named wrapper of most of the page may be the page's own frame
                // (`has-sidebar`); comments are furniture however long they run.
                furniture[index] =
                    !holdsArticle[index] && (raw[index] * 2 < pageLetters || hints.namesComments(node))
            }
        }
    }

    private func isHidden(_ node: HTMLDocument.Node) -> Bool {
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style") {
            let compact = style.lowercased().filter { $0 != " " }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        return false
    }

    // MARK: Statistics

    static let inlineElements: Set<String> = [
        "a", "span", "em", "strong", "b", "i", "u", "s", "font", "small", "big", "sup", "sub", "time", "abbr",
        "cite", "q", "code", "mark", "del", "ins", "kbd", "samp", "var", "dfn", "bdi", "bdo", "wbr", "nobr", "tt",
        "strike", "img", "data", "acronym",
    ]

    private mutating func countText() {
        let nodes = document.nodes
        for index in stats.indices { stats[index] = TextStats() }
        var insideLink = Array(repeating: false, count: nodes.count)
        for index in 1..<nodes.count where !furniture[index] {
            let node = nodes[index]
            insideLink[index] = insideLink[node.parent] || node.name == "a"
        }
        for index in stride(from: nodes.count - 1, through: 1, by: -1) where !furniture[index] {
            let node = nodes[index]
            var own = stats[index]
            if node.isText {
                own.letters = textLetters[index]
                own.commas = textCommas[index]
                if insideLink[index] { own.linkLetters = own.letters }
                own.inlineLetters = own.letters
                own.inlineLinkLetters = own.linkLetters
                own.inlineCommas = own.commas
                stats[index] = own
            } else {
                switch node.name {
                case "p": own.paragraphs += 1
                case "li": own.listItems += 1
                case "input", "select", "textarea", "button": own.inputs += 1
                default: break
                }
                stats[index] = own
            }
            let parent = node.parent
            stats[parent].letters += own.letters
            stats[parent].linkLetters += own.linkLetters
            stats[parent].commas += own.commas
            stats[parent].paragraphs += own.paragraphs
            stats[parent].listItems += own.listItems
            stats[parent].inputs += own.inputs
            if node.isText || node.kind.contains(.inline) {
                stats[parent].inlineLetters += own.inlineLetters
                stats[parent].inlineLinkLetters += own.inlineLinkLetters
                stats[parent].inlineCommas += own.inlineCommas
            }
        }
    }
}
