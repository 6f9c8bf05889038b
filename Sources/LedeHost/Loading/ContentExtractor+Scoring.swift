/// Scoring containers and choosing the article's.
extension ContentExtractor {
    static let blockWeights: [String: Double] = [
        "div": 5, "article": 10, "main": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3,
        "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
        "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5, "table": -1,
    ]

    func nameWeight(_ index: Int) -> Double {
        switch verdicts[index] {
        case .article: return 40
        case .content: return 15
        case .furniture: return -25
        case .weakFurniture: return -15
        case .neutral: return 0
        }
    }

    /// The top container and the siblings that belong with it, in document order, and the best
    /// scoring container inside them (which cleaning never drops).
    func chooseRoots(body: Int) -> (roots: [Int], best: Int) {
        let nodes = document.nodes
        var score = [Double](repeating: 0, count: nodes.count)
        var scored = [Bool](repeating: false, count: nodes.count)
        var candidates: [Int] = []
        func touch(_ index: Int) {
            guard !scored[index] else { return }
            scored[index] = true
            candidates.append(index)
            score[index] = (Self.blockWeights[nodes[index].name] ?? 0) + nameWeight(index)
            if nodes[index].attribute("itemprop") == "articleBody" { score[index] += 40 }
        }
        for index in 1..<nodes.count where !furniture[index] {
            let node = nodes[index]
            guard !node.isText, !node.kind.contains(.inline) else { continue }
            let own = stats[index]
            guard own.inlineLetters >= 25 else { continue }
            let linkFree = 1 - own.inlineLinkDensity
            let points = (1 + Double(own.inlineCommas) + min(Double(own.inlineLetters) / 100, 3)) * linkFree
            var ancestor = node.parent
            var level = 0
            while ancestor > 0 && level < 3 {
                if !nodes[ancestor].isText {
                    touch(ancestor)
                    score[ancestor] += points / [1, 2, 4][level]
                }
                ancestor = nodes[ancestor].parent
                level += 1
            }
        }
        guard !candidates.isEmpty else { return semanticRoot(body: body) }
        var final = [Double](repeating: 0, count: nodes.count)
        for index in candidates { final[index] = score[index] * (1 - stats[index].linkDensity) }
        let ranked = candidates.sorted { final[$0] > final[$1] }
        var top = ranked[0]
        let winner = top
        let best = final[top]
        guard best > 0 else { return semanticRoot(body: body) }

        // Several near-best containers under one ancestor: the ancestor holds the article.
        let close = ranked.prefix(5).dropFirst().filter { final[$0] >= best * 0.75 }
        if close.count >= 2 {
            var ancestor = nodes[top].parent
            while ancestor > 0 {
                let inside = close.filter { isAncestor(ancestor, of: $0) }.count
                if inside >= 2 {
                    top = ancestor
                    break
                }
                ancestor = nodes[ancestor].parent
            }
        }
        // Climb while the parent holds little more than the winner.
        while nodes[top].parent > 0, nodes[top].parent != body {
            let parent = nodes[top].parent
            let parentLetters = stats[parent].letters
            guard parentLetters > 0, Double(stats[top].letters) / Double(parentLetters) > 0.9 else { break }
            top = parent
        }
        // The best score inside each element, so a sibling whose text sits deep can join.
        var deepest = final
        for index in stride(from: nodes.count - 1, through: 1, by: -1) where nodes[index].parent >= 0 {
            let parent = nodes[index].parent
            deepest[parent] = max(deepest[parent], deepest[index])
        }
        let chosen = siblings(of: top, best: best, scores: deepest)
        return (chosen, winner)
    }

    /// For pages too small to score: the largest `<article>`, else `<main>`, else the body.
    private func semanticRoot(body: Int) -> (roots: [Int], best: Int) {
        let nodes = document.nodes
        let articles = document.elements(named: "article").filter { !furniture[$0] }
        if let largest = articles.max(by: { stats[$0].letters < stats[$1].letters }) { return ([largest], largest) }
        if let main = nodes.indices.first(where: { (nodes[$0].name == "main" || nodes[$0].attribute("role") == "main") && !furniture[$0] }) {
            return ([main], main)
        }
        return ([body], body)
    }

    /// The winner with the siblings that score close to it or read as prose.
    private func siblings(of top: Int, best: Double, scores: [Double]) -> [Int] {
        let nodes = document.nodes
        let parent = nodes[top].parent
        guard parent >= 0 else { return [top] }
        let threshold = max(10, best * 0.2)
        let topClass = nodes[top].attribute("class")?.split(separator: " ").first
        var roots: [Int] = []
        for sibling in nodes[parent].children where !furniture[sibling] {
            if sibling == top {
                roots.append(sibling)
                continue
            }
            let node = nodes[sibling]
            guard !node.isText else { continue }
            var bonus = 0.0
            if let topClass, node.attribute("class")?.split(separator: " ").first == topClass { bonus = best * 0.2 }
            let own = stats[sibling]
            if scores[sibling] + bonus >= threshold {
                roots.append(sibling)
            } else if node.name == "p" || own.paragraphs == 0 && own.listItems == 0 {
                let density = own.linkDensity
                if own.letters > 80 && density < 0.25 || own.letters > 0 && own.letters <= 80 && density == 0 && own.commas > 0 {
                    roots.append(sibling)
                }
            }
        }
        return roots
    }

    func isAncestor(_ ancestor: Int, of index: Int) -> Bool {
        var current = document.nodes[index].parent
        while current >= 0 {
            if current == ancestor { return true }
            current = document.nodes[current].parent
        }
        return false
    }
}
