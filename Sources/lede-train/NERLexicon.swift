import LedeCore
import LedePlugins

/// A name lexicon derived from an annotated corpus (the GMB): words and whole names that the corpus
/// tags mostly with one label, as extra gazetteer classes. The recogniser learns from CoNLL how far
/// to trust them, so the corpus lends its vocabulary without its annotation conventions.
enum NERLexicon {
    static let classes: [NERGazetteer.Classes] = [
        .lexiconPerson, .lexiconOrganization, .lexiconLocation, .lexiconMiscellaneous,
    ]

    /// Entries with at least `minimum` tagged occurrences, `share` of them with one label, and
    /// tagged in at least half of their capitalised occurrences.
    static func entries(_ records: [NERCorpus.Record], minimum: Int = 3, share: Double = 0.75) -> [(String, NERGazetteer.Classes)] {
        var tagged: [String: [Int]] = [:]
        var capitalised: [String: Int] = [:]
        for record in records {
            let scalars = Array(record.text.unicodeScalars)
            let tokens = Tokenizer.tokenize(scalars)
            var inside = [Bool](repeating: false, count: tokens.count)
            var t = 0
            for entity in record.entities.sorted(by: { $0.span < $1.span }) {
                while t < tokens.count && tokens[t].start < entity.span.start { t += 1 }
                var k = t
                var words: [String] = []
                while k < tokens.count && tokens[k].end <= entity.span.end {
                    inside[k] = true
                    let word = Abbreviations.lowercased(scalars, tokens[k].start, tokens[k].end)
                    words.append(word)
                    if tokens[k].kind == .word && word.count > 1 { tagged[word, default: [0, 0, 0, 0]][entity.label] += 1 }
                    k += 1
                }
                if words.count > 1 { tagged[words.joined(separator: " "), default: [0, 0, 0, 0]][entity.label] += 1 }
            }
            for (k, token) in tokens.enumerated() where k > 0 && token.kind == .word && Characters.isUpper(scalars[token.start]) {
                if !inside[k] { capitalised[Abbreviations.lowercased(scalars, token.start, token.end), default: 0] += 1 }
            }
        }
        var result: [(String, NERGazetteer.Classes)] = []
        for (name, counts) in tagged {
            let total = counts.reduce(0, +)
            guard total >= minimum, let best = counts.indices.max(by: { counts[$0] < counts[$1] }) else { continue }
            guard Double(counts[best]) >= share * Double(total), total >= capitalised[name] ?? 0 else { continue }
            result.append((name, classes[best]))
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
