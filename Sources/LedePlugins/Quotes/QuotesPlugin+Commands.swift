import LedeCore
import LedeKit

extension QuotesPlugin {
    func quotesTable(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput {
        var kind: Quote.Kind?
        if let name = invocation.value("kind") {
            guard let parsed = Quote.Kind(rawValue: name.lowercased()) else {
                let known = Quote.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw LedeError("quotes: no quote kind '\(name)'", hint: "kinds: \(known)")
            }
            kind = parsed
        }
        var minimum = 0.0
        if let text = invocation.value("min-confidence") {
            guard let value = Double(text), value >= 0, value <= 1 else {
                throw LedeError("quotes: --min-confidence takes a number from 0 to 1, not '\(text)'")
            }
            minimum = value
        }
        let speaker = invocation.value("speaker")
        let indirect = invocation.flag("indirect") || kind == .indirect
        let showArticle = invocation.flag("all") || host.documents.count > 1
        var columns: [Table.Column] = []
        if showArticle { columns.append(.init("article")) }
        columns += [.init("speaker"), .init("quote", wraps: true), .init("cue"), .init("confidence", alignment: .right)]
        // The fields of `lede analyze`, for programs (json and jsonl only).
        columns += ["start", "end", "speaker_mention", "via", "kind", "rule"].map { Table.Column($0, detail: true) }
        var table = Table(columns: columns)
        var total = 0
        for document in host.documents {
            try host.checkCancellation()
            let analysis = try host.output(of: self, for: document)
            for quote in analysis.quotes {
                if let kind, quote.kind != kind { continue }
                if kind == nil && !(quote.kind == .speech || quote.kind == .partial || (indirect && quote.kind == .indirect)) {
                    continue
                }
                total += 1
                if quote.confidence < minimum { continue }
                if let speaker, !SpeakerName.matches(speaker, quote.speaker) && !SpeakerName.matches(speaker, quote.speakerMention) {
                    continue
                }
                var row: [JSONValue] = []
                if showArticle { row.append(.string(document.article.id)) }
                row += [
                    .string(quote.speaker ?? quote.speakerMention.map { "(\($0))" } ?? ""),
                    // `said, according to CNN`: the relay shows beside the cue.
                    .string(document.text(quote.span)), .string(quote.via.map { "\(quote.cue ?? ""), according to \($0)" } ?? quote.cue),
                    .double(quote.confidence),
                    .int(quote.span.start), .int(quote.span.end), quote.speakerMention.map(JSONValue.string) ?? .null,
                    quote.via.map(JSONValue.string) ?? .null, .string(quote.kind.rawValue), .string(quote.rule),
                ]
                table.append(row)
            }
        }
        table.footer = "\(table.rows.count) of \(total) quotes"
        return .table(table)
    }

    func speakersTable(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput {
        struct Tally {
            var quotes = 0
            var words = 0
            var articles: [String] = []
        }
        var tallies: [String: Tally] = [:]
        for document in host.documents {
            try host.checkCancellation()
            let analysis = try host.output(of: self, for: document)
            let reader = TokenReader(document)
            for quote in analysis.quotes where quote.kind == .speech || quote.kind == .partial {
                guard let name = quote.speaker ?? quote.speakerMention else { continue }
                var tally = tallies[name] ?? Tally()
                tally.quotes += 1
                tally.words += reader.wordCount(quote.content)
                if tally.articles.last != document.article.id { tally.articles.append(document.article.id) }
                tallies[name] = tally
            }
        }
        let ordered = tallies.sorted { a, b in
            a.value.quotes != b.value.quotes ? a.value.quotes > b.value.quotes : a.key < b.key
        }
        var table = Table(columns: [
            .init("speaker"), .init("quotes", alignment: .right), .init("words", alignment: .right),
            .init("articles", wraps: true),
        ])
        for (name, tally) in ordered {
            table.append([.string(name), .int(tally.quotes), .int(tally.words), .string(Self.articleList(tally.articles))])
        }
        table.footer = "\(ordered.count) speakers"
        return .table(table)
    }
}

extension QuotesPlugin {
    /// How many ids a cell lists before it gives the count instead.
    static let listedArticles = 5

    /// The ids of the articles a speaker is quoted in: all of a few, the first few and the count
    /// of many (`1, 4, 9, 12, 30, … (2,418 articles)`).
    static func articleList(_ ids: [String]) -> String {
        guard ids.count > listedArticles else { return ids.joined(separator: ", ") }
        var count = String(ids.count)
        var index = count.count - 3
        while index > 0 {
            count.insert(",", at: count.index(count.startIndex, offsetBy: index))
            index -= 3
        }
        return ids.prefix(listedArticles).joined(separator: ", ") + ", … (\(count) articles)"
    }
}

/// Loose speaker-name matching for `--speaker`: case-insensitive, titles ignored, a surname
/// matches the full name.
enum SpeakerName {
    static func matches(_ query: String, _ name: String?) -> Bool {
        guard let name else { return false }
        let q = tokens(query)
        let n = tokens(name)
        guard !q.isEmpty, !n.isEmpty else { return false }
        return Set(q).isSubset(of: Set(n)) || q.last == n.last
    }

    static func tokens(_ name: String) -> [String] {
        let words = name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let kept = words.filter { !Lexicon.speakerMatchTitles.contains($0) }
        return kept.isEmpty ? words : kept
    }
}
