import LedeCore
import LedeKit

/// How much of the article's main cast each sentence mentions.
///
/// With the entities plugin's output, an entity's weight is its share of mentions (the most
/// mentioned entity weighs 1; entities mentioned once weigh nothing); without it, name-like words stand in: content words the article
/// capitalises away from sentence starts at least twice.
struct EntitySalience: Sendable {
    /// Per sentence: the summed weight of the distinct entities it mentions.
    var scores: [Double]
    /// Per sentence: up to three of the entities it mentions, heaviest first.
    var names: [[String]]

    /// From the entities plugin: each entity weighs its share of mentions (names and roles).
    init(entities analysis: EntityAnalysis, document: Document) {
        // Mentions in the dateline or byline (`LISBON (Lede Wire) —`) say nothing about the story.
        let furniture = [document.dateline, document.byline].compactMap { $0 }
        let inStory: (EntityMention) -> Bool = { mention in !furniture.contains { $0.contains(mention.span.start) } }
        let counts = analysis.entities.map { $0.mentions.filter(inStory).count }
        let top = counts.max() ?? 0
        let weight: (Int) -> Double = { top > 1 && counts[$0] > 1 ? Double(counts[$0]) / Double(top) : 0 }
        var perSentence = [[Int]](repeating: [], count: document.sentences.count)
        for (e, entity) in analysis.entities.enumerated() where weight(e) > 0 {
            for mention in entity.mentions where inStory(mention) {
                guard let s = document.sentenceIndex(containing: mention.span.start) else { continue }
                if !perSentence[s].contains(e) { perSentence[s].append(e) }
            }
        }
        scores = perSentence.map { $0.reduce(0) { $0 + weight($1) } }
        names = perSentence.map { keys in
            keys.sorted { weight($0) != weight($1) ? weight($0) > weight($1) : $0 < $1 }
                .prefix(3).map { analysis.entities[$0].canonical }
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
