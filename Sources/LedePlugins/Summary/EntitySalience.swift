import LedeCore
import LedeKit

/// How much of the article's main cast each sentence mentions.
///
/// With the entities plugin's output, an entity's weight is its share of mentions (the most
/// mentioned entity weighs 1); without it, name-like words stand in: content words the article
/// capitalises away from sentence starts at least twice.
struct EntitySalience: Sendable {
    /// Per sentence: the summed weight of the distinct entities it mentions.
    var scores: [Double]
    /// Per sentence: up to three of the entities it mentions, heaviest first.
    var names: [[String]]

    /// From the entities plugin's batch JSON (`[{start, end, label, text, …}]`), or nil when it
    /// has no usable list.
    init?(entities json: JSONValue, document: Document) {
        guard let list = json.arrayValue ?? json["entities"]?.arrayValue else { return nil }
        var keyOf: [String: Int] = [:]
        var displays: [String] = []
        var counts: [Int] = []
        var mentions: [(sentence: Int, key: Int)] = []
        for item in list {
            guard let start = item["start"]?.intValue, let sentence = document.sentenceIndex(containing: start) else { continue }
            let text = item["canonical"]?.stringValue ?? item["speaker"]?.stringValue ?? item["text"]?.stringValue ?? ""
            // Group mentions by their last word (`Ellen Stofan`, `Stofan`).
            let last = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
            guard !last.isEmpty else { continue }
            let key: Int
            if let known = keyOf[last] {
                key = known
                if text.count > displays[key].count { displays[key] = text }
            } else {
                key = displays.count
                keyOf[last] = key
                displays.append(text)
                counts.append(0)
            }
            counts[key] += 1
            mentions.append((sentence, key))
        }
        let top = counts.max() ?? 0
        var perSentence = [[Int]](repeating: [], count: document.sentences.count)
        for mention in mentions where !perSentence[mention.sentence].contains(mention.key) {
            perSentence[mention.sentence].append(mention.key)
        }
        let weight: (Int) -> Double = { top > 1 && counts[$0] > 1 ? Double(counts[$0]) / Double(top) : 0 }
        scores = perSentence.map { $0.reduce(0) { $0 + weight($1) } }
        names = perSentence.map { keys in
            keys.filter { weight($0) > 0 }.sorted { weight($0) != weight($1) ? weight($0) > weight($1) : $0 < $1 }
                .prefix(3).map { displays[$0] }
        }
    }

    /// From name-like words when the entities plugin gives nothing.
    init(index: TermIndex, vectors: [SparseVector], document: Document) {
        var weights = [Float](repeating: 0, count: index.terms.count)
        var top: Int32 = 0
        let isName: (Int) -> Bool = { index.counts[$0] >= 2 && index.capitalisedCounts[$0] * 2 >= index.counts[$0] }
        for id in index.terms.indices where isName(id) { top = max(top, index.counts[id]) }
        if top > 0 {
            for id in index.terms.indices where isName(id) { weights[id] = Float(index.counts[id]) / Float(top) }
        }
        scores = vectors.map { vector in vector.ids.reduce(0) { $0 + Double(weights[Int($1)]) } }
        names = vectors.map { vector in
            vector.ids.filter { weights[Int($0)] > 0 }
                .sorted { weights[Int($0)] != weights[Int($1)] ? weights[Int($0)] > weights[Int($1)] : $0 < $1 }
                .prefix(3).map { id in
                    let first = Int(index.firstCapitalised[Int(id)])
                    return first >= 0 ? document.text(document.tokens[first]) : index.terms[Int(id)]
                }
        }
    }
}
