import LedeCore
import LedeKit

/// What a report shows, gathered from the analyses' JSON (the shapes `lede analyze` writes) of
/// every article in scope.
struct ReportData {
    struct Mention {
        var start: Int
        var end: Int
        var label: String
        var entity: String
        var roles: [String]
    }

    struct Quote {
        var start: Int
        var end: Int
        var speaker: String?
        var cue: String?
        var text: String
    }

    struct ArticleView {
        var article: Article
        var day: String?
        var mentions: [Mention] = []
        var quotes: [Quote] = []
        var summary: [TextSpan] = []
    }

    /// One directed stance tie between two actors, over every article.
    struct Tie {
        var source: String
        var target: String
        var positive = 0
        var negative = 0
        var evidence: [(article: String, text: String, polarity: String)] = []
        var polarity: String { positive > negative ? "positive" : negative > positive ? "negative" : "mixed" }
        var count: Int { positive + negative }
    }

    struct Tone {
        var entity: String
        var author = [0, 0, 0]  // negative, neutral, positive
        var quoted = [0, 0, 0]
        var total: Int { author.reduce(0, +) + quoted.reduce(0, +) }
    }

    var articles: [ArticleView] = []
    var mentionCounts: [String: Int] = [:]
    var labels: [String: String] = [:]
    var ties: [Tie] = []
    var speakers: [(name: String, quotes: Int, words: Int)] = []
    var tones: [Tone] = []

    /// Actors drawn in the network: everyone in a stance tie (people and organisations first),
    /// the most mentioned first, at most `limit`.
    func actors(limit: Int = 50) -> [String] {
        var names = Set<String>()
        for tie in ties {
            names.insert(tie.source)
            names.insert(tie.target)
        }
        return names.sorted { (mentionCounts[$1] ?? 0, $0) < (mentionCounts[$0] ?? 0, $1) }.prefix(limit).map { $0 }
    }

    /// Builds the data from each article's analyses; `about` keeps the articles that name it, and
    /// the ties that touch it.
    static func gather(
        _ documents: [Document], json: (String, Document) throws -> JSONValue, about: String?, checkCancellation: () throws -> Void
    ) throws -> ReportData {
        var data = ReportData()
        var ties: [String: Tie] = [:]
        var tieOrder: [String] = []
        var speakerQuotes: [String: (Int, Int)] = [:]
        var tones: [String: Tone] = [:]
        let wanted = about?.lowercased()
        for document in documents {
            try checkCancellation()
            let article = document.article
            var view = ArticleView(article: article, day: article.metadata("date").map { String($0.prefix(10)) })
            for item in try json("entities", document).arrayValue ?? [] {
                guard let start = item["start"]?.intValue, let end = item["end"]?.intValue,
                    let label = item["label"]?.stringValue
                else { continue }
                let entity = item["entity"]?.stringValue ?? item["text"]?.stringValue ?? ""
                let roles = item["roles"]?.arrayValue?.compactMap(\.stringValue) ?? []
                view.mentions.append(Mention(start: start, end: end, label: label, entity: entity, roles: roles))
            }
            if let wanted, !view.mentions.contains(where: { $0.entity.lowercased().contains(wanted) }) { continue }
            for item in try json("quotes", document).arrayValue ?? [] {
                guard let start = item["start"]?.intValue, let end = item["end"]?.intValue else { continue }
                view.quotes.append(
                    Quote(
                        start: start, end: end, speaker: item["speaker"]?.stringValue, cue: item["cue"]?.stringValue,
                        text: item["text"]?.stringValue ?? ""))
            }
            for sentence in try json("summary", document)["sentences"]?.arrayValue ?? [] {
                if let start = sentence["start"]?.intValue, let end = sentence["end"]?.intValue {
                    view.summary.append(TextSpan(start, end))
                }
            }
            view.summary.sort { $0.start < $1.start }
            let stance = try json("stance", document)
            for relation in stance["relations"]?.arrayValue ?? [] {
                guard let source = relation["source"]?.stringValue, let target = relation["target"]?.stringValue,
                    let polarity = relation["polarity"]?.stringValue
                else { continue }
                if let wanted, !source.lowercased().contains(wanted) && !target.lowercased().contains(wanted) { continue }
                let key = source + "\u{1F}" + target
                if ties[key] == nil {
                    tieOrder.append(key)
                    ties[key] = Tie(source: source, target: target)
                }
                if polarity == "positive" { ties[key]!.positive += 1 } else if polarity == "negative" { ties[key]!.negative += 1 }
                for evidence in (relation["evidence"]?.arrayValue ?? []).prefix(2) {
                    if let text = evidence["text"]?.stringValue, ties[key]!.evidence.count < 6 {
                        ties[key]!.evidence.append((article.id, text, evidence["polarity"]?.stringValue ?? polarity))
                    }
                }
            }
            for tone in stance["tone"]?.arrayValue ?? [] {
                guard let entity = tone["entity"]?.stringValue else { continue }
                var entry = tones[entity] ?? Tone(entity: entity)
                for (index, key) in ["negative", "neutral", "positive"].enumerated() {
                    entry.author[index] += tone["author"]?[key]?.intValue ?? 0
                    entry.quoted[index] += tone["quoted"]?[key]?.intValue ?? 0
                }
                tones[entity] = entry
            }
            for quote in view.quotes {
                guard let speaker = quote.speaker, !speaker.hasPrefix("(") else { continue }
                let words = quote.text.split { $0.isWhitespace }.count
                let previous = speakerQuotes[speaker] ?? (0, 0)
                speakerQuotes[speaker] = (previous.0 + 1, previous.1 + words)
            }
            for mention in view.mentions {
                data.mentionCounts[mention.entity, default: 0] += 1
                if data.labels[mention.entity] == nil { data.labels[mention.entity] = mention.label }
            }
            data.articles.append(view)
        }
        data.ties = tieOrder.map { ties[$0]! }
        data.speakers = speakerQuotes.map { (name: $0.key, quotes: $0.value.0, words: $0.value.1) }
            .sorted { ($1.quotes, $1.words, $0.name) < ($0.quotes, $0.words, $1.name) }
        data.tones = tones.values.sorted { ($1.total, $0.entity) < ($0.total, $1.entity) }
        return data
    }
}
