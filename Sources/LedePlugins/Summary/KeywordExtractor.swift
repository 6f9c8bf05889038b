import Foundation
import LedeCore

/// Key phrases: runs of content words (noun-phrase-like spans between function words and
/// punctuation), scored by how often and how early their words occur.
struct KeywordExtractor {
    let document: Document
    let index: TermIndex
    let stopwords: Set<String>

    /// Longest phrase considered, in words.
    static let maxPhraseWords = 4

    func keyphrases(limit: Int = 30) -> [Keyphrase] {
        let tokens = document.tokens
        let terms = index.termOfToken
        // Word weights: frequency, boosted for words the article uses early.
        var firstSentence = [Int](repeating: Int.max, count: index.terms.count)
        for (s, sentence) in document.sentences.enumerated() {
            for t in sentence.tokens where terms[t] >= 0 {
                let id = Int(terms[t])
                if firstSentence[id] == Int.max { firstSentence[id] = s }
            }
        }
        var wordWeight = [Double](repeating: 0, count: index.terms.count)
        for id in index.terms.indices {
            let early = 1 + 1 / Double(1 + min(firstSentence[id], 1000))
            wordWeight[id] = Double(index.counts[id]) * early
        }
        struct Phrase {
            var terms: [Int32]
            var span: TextSpan
            var count: Int
        }
        var phrases: [String: Int] = [:]
        var list: [Phrase] = []
        for sentence in document.sentences {
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                guard terms[t] >= 0 else { t += 1; continue }
                var end = t
                while end < sentence.tokens.upperBound && terms[end] >= 0 && end - t < Self.maxPhraseWords { end += 1 }
                // Trim leading and trailing numbers: "2015 election" keeps "election".
                var first = t
                var last = end
                while first < last && tokens[first].kind == .number { first += 1 }
                while last > first && tokens[last - 1].kind == .number { last -= 1 }
                if first < last {
                    let ids = (first..<last).map { terms[$0] }
                    let key = ids.map { index.terms[Int($0)] }.joined(separator: " ")
                    if let k = phrases[key] {
                        list[k].count += 1
                    } else {
                        phrases[key] = list.count
                        list.append(Phrase(terms: ids, span: TextSpan(tokens[first].start, tokens[last - 1].end), count: 1))
                    }
                }
                t = end
            }
        }
        var scored: [(phrase: Phrase, score: Double)] = list.map { phrase in
            let words = phrase.terms.reduce(0.0) { $0 + wordWeight[Int($1)] }
            return (phrase, words * Double(phrase.count).squareRoot())
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.phrase.span < $1.phrase.span }
        var chosen: [Keyphrase] = []
        var covered = Set<Int32>()
        for entry in scored where chosen.count < limit {
            // A phrase whose words all belong to a better phrase adds nothing.
            if entry.phrase.terms.allSatisfy({ covered.contains($0) }) { continue }
            // Single words that occur once are not key.
            if entry.phrase.terms.count == 1 && entry.phrase.count < 2 { continue }
            covered.formUnion(entry.phrase.terms)
            chosen.append(Keyphrase(text: document.text(entry.phrase.span), span: entry.phrase.span,
                                    score: entry.score, count: entry.phrase.count))
        }
        return chosen
    }
}
