/// A light element tree built from ``HTMLTokenizer`` tokens, tolerant of unclosed and stray tags.
/// Nodes live in one array; node 0 is the root.
struct HTMLDocument {
    struct Node: Sendable {
        var name: String  // empty for text nodes
        var attributes: [(name: String, value: String)]
        var text: String
        var children: [Int] = []

        func attribute(_ key: String) -> String? { attributes.first { $0.name == key }?.value }
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// Opening one of these closes an open `p` (HTML's implied end tags, roughly).
    static let closesParagraph: Set<String> = [
        "p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
        "article", "aside", "header", "footer", "nav", "figure", "hr", "main", "form", "dl",
    ]

    static let maximumDepth = 256

    var nodes: [Node] = [Node(name: "#root", attributes: [], text: "")]

    init(_ html: String) {
        var stack = [0]
        for token in HTMLTokenizer.tokens(html) {
            switch token {
            case .text(let text):
                append(Node(name: "", attributes: [], text: text), to: stack)
            case .start(let name, let attributes, let selfClosing):
                if Self.closesParagraph.contains(name), let top = stack.last, nodes[top].name == "p" {
                    stack.removeLast()
                }
                if name == "li", let top = stack.last, nodes[top].name == "li" { stack.removeLast() }
                let index = append(Node(name: name, attributes: attributes, text: ""), to: stack)
                // Past `maximumDepth` elements stay open no deeper, so walking the tree cannot
                // exhaust the stack on hostile input.
                if !selfClosing && !Self.voidElements.contains(name) && stack.count < Self.maximumDepth {
                    stack.append(index)
                }
            case .end(let name):
                if let position = stack.lastIndex(where: { nodes[$0].name == name }), position > 0 {
                    stack.removeSubrange(position...)
                }
            }
        }
    }

    @discardableResult
    private mutating func append(_ node: Node, to stack: [Int]) -> Int {
        let parent = stack.last ?? 0
        nodes.append(node)
        nodes[parent].children.append(nodes.count - 1)
        return nodes.count - 1
    }

    /// Every element named `name` under `root`, in document order.
    func elements(named name: String, under root: Int = 0) -> [Int] {
        var found: [Int] = []
        var pending = [root]
        while let index = pending.popLast() {
            if nodes[index].name == name && index != root { found.append(index) }
            pending.append(contentsOf: nodes[index].children.reversed())
        }
        return found
    }

    /// The text under `root` with whitespace collapsed to single spaces.
    func plainText(_ root: Int) -> String {
        var parts: [String] = []
        var pending = [root]
        while let index = pending.popLast() {
            let node = nodes[index]
            if node.name.isEmpty {
                parts.append(node.text)
            } else if !HTMLReader.skippedElements.contains(node.name) || index == root {
                pending.append(contentsOf: node.children.reversed())
            }
        }
        return HTMLReader.collapseSpaces(parts.joined())
    }
}
