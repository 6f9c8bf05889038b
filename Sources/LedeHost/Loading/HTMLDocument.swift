/// A light element tree built from ``HTMLTokenizer`` tokens, tolerant of unclosed and stray tags.
/// Nodes live in one array in document order (a parent before its children); node 0 is the root.
/// Text nodes keep byte ranges into the page's UTF-8, decoded only when their text is used.
struct HTMLDocument {
    struct Attribute: Sendable {
        var name: String
        var value: String
    }

    struct Node {
        /// The element's lower-cased name; empty for text nodes.
        var name: String
        /// The attributes lede reads, values as written (entities are decoded by ``attribute(_:)``).
        var attributes: [Attribute]
        /// For text nodes, where the text lies in ``HTMLDocument/bytes``.
        var text: Range<Int>
        var parent: Int
        var children: [Int] = []
        var kind: ElementKind = []

        var isText: Bool { name.isEmpty }

        func attribute(_ key: String) -> String? {
            for attribute in attributes where attribute.name == key { return HTMLEntities.decode(attribute.value) }
            return nil
        }
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// Opening one of these closes an open `p` (HTML's implied end tags, roughly).
    static let closesParagraph: Set<String> = [
        "p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
        "article", "aside", "header", "footer", "nav", "figure", "hr", "main", "form", "dl", "li",
    ]
    /// Elements that an opening of the same kind (or a sibling kind) closes.
    static let closedBySibling: [String: Set<String>] = [
        "li": ["li"], "dt": ["dt", "dd"], "dd": ["dt", "dd"], "tr": ["tr"], "td": ["td", "th", "tr"],
        "th": ["td", "th", "tr"], "option": ["option"],
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Elements deeper than this stay open no deeper, so walking the tree cannot exhaust the
    /// stack, and closing a tag never searches more than this many open elements.
    static let maximumDepth = 256

    let bytes: [UInt8]
    private(set) var nodes: [Node] = [Node(name: "#root", attributes: [], text: 0..<0, parent: -1)]

    init(_ html: String) {
        bytes = Array(html.utf8)
        var nodes = self.nodes
        nodes.reserveCapacity(bytes.count / 40)
        var stack = [0]
        func append(name: String, attributes: [Attribute], text: Range<Int>, kind: ElementKind) -> Int {
            let parent = stack.last ?? 0
            nodes.append(Node(name: name, attributes: attributes, text: text, parent: parent, kind: kind))
            nodes[parent].children.append(nodes.count - 1)
            return nodes.count - 1
        }
        bytes.withUnsafeBufferPointer { buffer in
            var tokenizer = HTMLTokenizer(buffer)
            tokenizer.run { token in
                switch token {
                case .text(let range):
                    _ = append(name: "", attributes: [], text: range, kind: [])
                case .start(let name, let kind, let attributes, let selfClosing):
                    if let top = stack.last, stack.count > 1 {
                        let open = nodes[top].name
                        let openKind = nodes[top].kind
                        if open == "p" && kind.contains(.closesParagraph) {
                            stack.removeLast()
                        } else if openKind.contains(.closedBySibling), let closers = Self.closedBySibling[open],
                            closers.contains(name)
                        {
                            stack.removeLast()
                        } else if openKind.contains(.heading) && kind.contains(.heading) {
                            stack.removeLast()
                        }
                    }
                    let index = append(name: name, attributes: attributes, text: 0..<0, kind: kind)
                    if !selfClosing && !kind.contains(.void) && stack.count < Self.maximumDepth {
                        stack.append(index)
                    }
                case .end(let name):
                    // Any heading's end tag closes the open heading (`<h2>…</h3>`), as browsers do.
                    let matches: (Int) -> Bool =
                        Self.headings.contains(name)
                        ? { nodes[$0].kind.contains(.heading) } : { nodes[$0].name == name }
                    if let position = stack.lastIndex(where: matches), position > 0 {
                        stack.removeSubrange(position...)
                    }
                }
            }
        }
        self.nodes = nodes
    }

    /// Every element named `name` under `root`, in document order.
    ///
    /// Nodes are stored in document order and an element's descendants follow it without a
    /// gap (nothing is added to an element once it is closed), so this is a scan of a range.
    func elements(named name: String, under root: Int = 0) -> [Int] {
        var found: [Int] = []
        var index = root + 1
        let end = subtreeEnd(root)
        while index < end {
            if nodes[index].name == name { found.append(index) }
            index += 1
        }
        return found
    }

    /// One past the last descendant of `root`.
    func subtreeEnd(_ root: Int) -> Int {
        var last = root
        while let child = nodes[last].children.last { last = child }
        return last + 1
    }

    /// A text node's text, entities decoded.
    func text(of index: Int) -> String {
        let range = nodes[index].text
        let raw = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        return HTMLEntities.decode(raw)
    }

    /// The text under `root` with whitespace collapsed to single spaces.
    func plainText(_ root: Int) -> String {
        var parts = ""
        var pending = [root]
        while let index = pending.popLast() {
            let node = nodes[index]
            if node.isText {
                parts += text(of: index)
            } else if index == root || !HTMLReader.skippedElements.contains(node.name) {
                pending.append(contentsOf: node.children.reversed())
            }
        }
        return HTMLReader.collapseSpaces(parts)
    }
}

extension HTMLDocument {
    /// A text node's bytes as written, entities left alone (for `<script>` data).
    func rawText(of index: Int) -> String {
        let range = nodes[index].text
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}
