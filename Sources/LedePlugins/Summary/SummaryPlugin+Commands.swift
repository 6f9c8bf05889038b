import LedeCore
import LedeKit

extension SummaryPlugin {
    static let summaryCommand = CommandDescriptor(
        "summary", summary: "The sentences that carry the story, in article order",
        options: [
            OptionDescriptor("sentences", short: "n", value: "N",
                             help: "how many sentences (default 3; about 30 words each at most, so long ones may be passed over)"),
            OptionDescriptor("words", value: "W", help: "about this many words instead"),
            OptionDescriptor("ratio", value: "R", help: "this fraction of the article's words instead (0–1)"),
            OptionDescriptor("explain", help: "show each sentence's score and why it was chosen"),
            OptionDescriptor("lead", help: "show the plain lead (the first sentences) for comparison"),
        ],
        examples: ["summary", "summary -n 5", "summary --words 60 --explain", "summary --all --format csv", "summary --lead"],
        discussion: """
            Scores combine a position prior, position-aware centrality (how much of what follows a \
            sentence announces) and the salience of the article's main names; redundant sentences are \
            skipped. Datelines, bylines, captions, photo credits, "Read more" lines and questions to the \
            reader never enter; a sentence that is only a quote enters only when it is attributed and central.
            """)

    static let keywordsCommand = CommandDescriptor(
        "keywords", summary: "The article's key phrases",
        options: [OptionDescriptor("top", short: "n", value: "N", help: "how many phrases (default 10)")],
        examples: ["keywords", "keywords -n 20", "keywords --all"])

    public func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput {
        switch invocation.command {
        case "keywords": return .table(try keywords(invocation, host: host))
        default: return .table(try summary(invocation, host: host))
        }
    }

    /// The length the options ask for; at most one of `-n`, `--words`, `--ratio`.
    static func length(_ invocation: CommandInvocation) throws -> SummaryLength {
        let given = ["sentences", "words", "ratio"].filter { invocation.flag($0) }
        if given.count > 1 {
            throw LedeError("summary: give only one of -n, --words and --ratio",
                            hint: "got " + given.map { $0 == "sentences" ? "-n" : "--" + $0 }.joined(separator: " and "))
        }
        if invocation.flag("words") { return .words(try invocation.int("words", default: 60, in: 1...100_000)) }
        if let ratio = try invocation.double("ratio", in: 0.0...1.0) { return .ratio(ratio) }
        return .sentences(try invocation.int("sentences", default: 3, in: 1...1000))
    }

    func summary(_ invocation: CommandInvocation, host: any CommandHost) throws -> Table {
        let length = try Self.length(invocation)
        let explain = invocation.flag("explain")
        let lead = invocation.flag("lead")
        var columns: [Table.Column] = [.init("article"), .init("rank", alignment: .right), .init("sentence", wraps: true),
                                       .init("score", alignment: .right), .init("start", detail: true),
                                       .init("end", detail: true)]
        if explain {
            columns += [.init("position", alignment: .right), .init("centrality", alignment: .right),
                        .init("salience", alignment: .right), .init("redundancy", alignment: .right),
                        .init("why", wraps: true)]
        }
        var table = Table(columns: columns)
        var shown = 0
        var excluded: [SummaryExclusion: Int] = [:]
        for document in host.documents {
            try host.checkCancellation()
            let analysis = try host.output(of: self, for: document)
            for candidate in analysis.candidates { if let reason = candidate.exclusion { excluded[reason, default: 0] += 1 } }
            let rows: [(SummaryCandidate, Int, Double, Double)]
            if lead {
                let count: Int
                if case .sentences(let n) = length { count = n } else { count = 3 }
                rows = analysis.lead(count).enumerated().map { ($1, $0 + 1, $1.score, 0) }
            } else {
                rows = analysis.select(length).map { ($0.candidate, $0.rank, $0.adjustedScore, $0.redundancy) }
            }
            for (candidate, rank, score, redundancy) in rows {
                var row: [JSONValue] = [.string(document.article.id), .int(rank), .string(document.text(candidate.span)),
                                        .double(Self.rounded(score)), .int(candidate.span.start), .int(candidate.span.end)]
                if explain {
                    row += [.double(Self.rounded(candidate.position)), .double(Self.rounded(candidate.centrality)),
                            .double(Self.rounded(candidate.salience)), .double(Self.rounded(redundancy)),
                            .string(Self.why(candidate, redundancy: redundancy))]
                }
                table.append(row)
                shown += 1
            }
        }
        table.footer = "\(shown) sentence\(shown == 1 ? "" : "s") from \(host.documents.count) article\(host.documents.count == 1 ? "" : "s")"
        if explain && !excluded.isEmpty {
            // Which sentences could never enter, by reason, in a fixed order.
            let reasons = SummaryExclusion.allCases.compactMap { reason in excluded[reason].map { "\($0) \(reason.rawValue)" } }
            table.footer = (table.footer ?? "") + "; never eligible: " + reasons.joined(separator: ", ")
        }
        return table
    }

    /// A short reason: which features carried the sentence, the names it mentions, or why it is
    /// excluded.
    static func why(_ candidate: SummaryCandidate, redundancy: Double) -> String {
        if let exclusion = candidate.exclusion { return "never chosen: \(exclusion.rawValue)" }
        var reasons: [String] = []
        if candidate.position >= 0.5 { reasons.append("lead position") }
        if candidate.centrality >= 0.6 { reasons.append("central to what follows") }
        if candidate.salience >= 0.5 && !candidate.names.isEmpty {
            reasons.append("names " + candidate.names.joined(separator: ", "))
        }
        if candidate.title >= 0.3 { reasons.append("echoes the headline") }
        if candidate.isQuote { reasons.append("attributed central quote") }
        if redundancy >= 0.3 { reasons.append("overlaps an earlier choice") }
        return reasons.isEmpty ? "best remaining score" : reasons.joined(separator: "; ")
    }

    func keywords(_ invocation: CommandInvocation, host: any CommandHost) throws -> Table {
        let count = try invocation.int("top", default: 10, in: 1...1000)
        var table = Table(columns: [.init("article"), .init("rank", alignment: .right), .init("keyphrase"),
                                    .init("count", alignment: .right), .init("score", alignment: .right)])
        for document in host.documents {
            try host.checkCancellation()
            let analysis = try host.output(of: self, for: document)
            for (k, phrase) in analysis.keywords.prefix(count).enumerated() {
                table.append([.string(document.article.id), .int(k + 1), .string(phrase.text), .int(phrase.count),
                              .double(Self.rounded(phrase.score))])
            }
        }
        return table
    }
}
