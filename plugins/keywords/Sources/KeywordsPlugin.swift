import LedeCore
import LedeKit

/// Key phrases of an article, RAKE-style: runs of content words between stop words and
/// punctuation, each word scored by degree over frequency, a phrase by the sum of its words.
struct KeywordsPlugin: AnalysisPlugin {
    struct Phrase: Sendable {
        var text: String
        var words: [String]
        var first: TextSpan
        var count = 1
        var score = 0.0
    }

    /// How many phrases an article keeps.
    var limit = 10

    var descriptor: PluginDescriptor {
        PluginDescriptor(
            name: "keywords", version: "1.0.0", summary: "Key phrases of each article",
            commands: [CommandDescriptor("keywords", summary: "Key phrases of each article")])
    }

    func analyze(_ document: Document, context: any AnalysisContext) throws -> [Phrase] {
        var phrases: [String: Phrase] = [:]
        var frequency: [String: Int] = [:]
        var degree: [String: Int] = [:]
        var run: [Token] = []
        func flush() {
            defer { run = [] }
            guard !run.isEmpty, run.count <= 4 else { return }
            let words = run.map { document.text($0).lowercased() }
            for word in words {
                frequency[word, default: 0] += 1
                degree[word, default: 0] += words.count
            }
            let key = words.joined(separator: " ")
            if phrases[key] != nil {
                phrases[key]?.count += 1
            } else {
                let span = TextSpan(run[0].start, run[run.count - 1].end)
                phrases[key] = Phrase(text: document.text(span), words: words, first: span)
            }
        }
        for sentence in document.sentences {
            try context.checkCancellation()
            for index in sentence.tokens {
                let token = document.tokens[index]
                let word = document.text(token).lowercased()
                if token.kind == .word, word.unicodeScalars.count > 1, !Self.stopWords.contains(word) {
                    run.append(token)
                } else {
                    flush()
                }
            }
            flush()
        }
        var ranked = Array(phrases.values)
        for index in ranked.indices {
            ranked[index].score = ranked[index].words.reduce(0) { total, word in
                total + Double(degree[word] ?? 0) / Double(max(1, frequency[word] ?? 1))
            }
        }
        ranked.sort { ($1.score, $0.first) < ($0.score, $1.first) }
        return Array(ranked.prefix(limit))
    }

    func encode(_ output: [Phrase], document: Document) -> JSONValue {
        .object([
            (
                "keywords",
                .array(
                    output.map { phrase in
                        .object([
                            ("phrase", .string(phrase.text)), ("count", .int(phrase.count)),
                            ("score", .double(phrase.score)), ("start", .int(phrase.first.start)),
                            ("end", .int(phrase.first.end)),
                        ])
                    })
            )
        ])
    }

    func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput { .none }

    static let stopWords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had",
        "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if",
        "in", "into", "is", "it", "its", "itself", "just", "last", "like", "made", "make", "many", "may", "me",
        "might", "more", "most", "much", "must", "my", "myself", "new", "no", "nor", "not", "now", "of", "off",
        "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "said",
        "same", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "two", "under",
        "until", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
        "why", "will", "with", "would", "year", "years", "yet", "you", "your", "yours", "yourself", "told",
        "according", "since", "still", "get", "got", "per", "cent", "mr", "mrs", "ms", "dr", "week", "day",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "don't", "it's", "that's",
    ]
}
