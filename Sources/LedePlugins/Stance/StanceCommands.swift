import LedeCore
import LedeKit

/// The shell commands of the stance plugin: `stance`, `stance matrix`, `tone`.
enum StanceCommands {
    static let descriptors: [CommandDescriptor] = [
        CommandDescriptor(
            "stance", summary: "Who is for or against whom, with the evidence sentences",
            arguments: [
                ArgumentDescriptor(
                    "matrix", help: "show a who → whom table across every loaded article",
                    completion: .values(["matrix"]))
            ],
            options: [
                OptionDescriptor(
                    "target", value: "NAME", help: "only relations toward NAME", completion: .dynamic("entities")),
                OptionDescriptor(
                    "speaker", value: "NAME", help: "only relations held by NAME", completion: .dynamic("entities")),
            ],
            examples: ["stance", "stance --speaker Trump", "stance --target Putin --all", "stance matrix"],
            discussion: """
                Relations come from attitudinal verbs (criticised, accused … of, praised, backed, thanked, \
                passives such as "was criticised by"), naming verbs ("called X a liar", "described X as very \
                nice"), nominal forms ("X's support for Y"), attributed quotes (the speaker's view of each entity \
                the quote mentions) and reported speech. Each row names the rule and the evidence sentence; \
                relations aggregate per pair across the article, and a pair with clear evidence both ways gets \
                one row of each polarity ("mixed" in the matrix).
                """),
        CommandDescriptor(
            "tone", summary: "How the article treats each actor, quoted voices apart from the author's",
            arguments: [
                ArgumentDescriptor("NAME", help: "only this entity", completion: .dynamic("entities"))
            ],
            examples: ["tone", "tone Putin"],
            discussion: """
                For each main entity: the polarity of the sentences that mention it, counted separately for \
                the author's own sentences and for quotations, with the strongest evidence. Topic words \
                (war, killed, crisis) describe the story and do not count as a stance.
                """),
    ]

    static func run(_ invocation: CommandInvocation, plugin: StancePlugin, host: any CommandHost) throws
        -> CommandOutput
    {
        switch invocation.command {
        case "tone": return try tone(invocation, plugin: plugin, host: host)
        default:
            if let first = invocation.arguments.first {
                guard first == "matrix" else {
                    throw LedeError(
                        "stance: unknown argument '\(first)'", hint: "use 'stance matrix', or --target/--speaker NAME")
                }
                return try matrix(plugin: plugin, host: host)
            }
            return try relations(invocation, plugin: plugin, host: host)
        }
    }

    static func relations(_ invocation: CommandInvocation, plugin: StancePlugin, host: any CommandHost) throws
        -> CommandOutput
    {
        let target = invocation.value("target")
        let speaker = invocation.value("speaker")
        var table = Table(columns: [
            .init("article"), .init("source"), .init("polarity"), .init("target"),
            .init("score", alignment: .right), .init("rule"), .init("evidence", wraps: true),
            // Every evidence sentence with its offsets and rule, as `lede analyze` gives them.
            .init("evidence_all", detail: true),
        ])
        var total = 0
        for document in host.documents {
            let analysis = try host.output(of: plugin, for: document)
            for relation in analysis.relations {
                total += 1
                if let target, !NameMatch.matches(target, relation.target) { continue }
                if let speaker, !NameMatch.matches(speaker, relation.source) { continue }
                guard let top = relation.evidence.first else { continue }
                table.append([
                    .string(document.article.id), .string(relation.source), .string(relation.polarity.rawValue),
                    .string(relation.target), .double(StanceJSON.rounded(relation.score)),
                    .string(relation.evidence.map(\.rule).uniqued().joined(separator: ",")),
                    .string(top.text), .array(relation.evidence.map(StanceJSON.evidence)),
                ])
            }
        }
        table.footer = "\(table.rows.count) of \(total) relations"
        return .table(table)
    }

    static func matrix(plugin: StancePlugin, host: any CommandHost) throws -> CommandOutput {
        var pairs:
            [String: (source: String, target: String, score: Double, count: Int, signs: Set<Int>, articles: Set<String>)] =
                [:]
        for document in host.allDocuments {
            for relation in try host.output(of: plugin, for: document).relations {
                let key = relation.source + "\u{0}" + relation.target
                var entry = pairs[key] ?? (relation.source, relation.target, 0, 0, [], [])
                entry.score += relation.score * Double(relation.evidence.count)
                entry.count += relation.evidence.count
                entry.signs.insert(relation.polarity.sign)
                entry.articles.insert(document.article.id)
                pairs[key] = entry
            }
        }
        var table = Table(columns: [
            .init("source"), .init("target"), .init("polarity"), .init("score", alignment: .right),
            .init("evidence", alignment: .right), .init("articles", alignment: .right),
        ])
        for entry in pairs.values.sorted(by: { ($0.source, $0.target) < ($1.source, $1.target) }) {
            let score = entry.count == 0 ? 0 : entry.score / Double(entry.count)
            // Clear evidence both ways (`accused` and later `praised`) is a mixed view.
            let mixed = entry.signs.contains(1) && entry.signs.contains(-1) && abs(score) < 0.3
            table.append([
                .string(entry.source), .string(entry.target),
                .string(mixed ? "mixed" : Polarity(sign: score, threshold: 0.05).rawValue), .double(StanceJSON.rounded(score)),
                .int(entry.count), .int(entry.articles.count),
            ])
        }
        table.footer = "\(table.rows.count) pairs across \(host.allDocuments.count) articles"
        return .table(table)
    }

    static func tone(_ invocation: CommandInvocation, plugin: StancePlugin, host: any CommandHost) throws
        -> CommandOutput
    {
        let name = invocation.arguments.first
        var table = Table(columns: [
            .init("article"), .init("entity"), .init("polarity"), .init("score", alignment: .right),
            .init("author -/=/+"), .init("quoted -/=/+"), .init("evidence", wraps: true),
        ])
        for document in host.documents {
            for tone in try host.output(of: plugin, for: document).tone {
                if let name, !NameMatch.matches(name, tone.entity) { continue }
                table.append([
                    .string(document.article.id), .string(tone.entity), .string(tone.polarity.rawValue),
                    .double(StanceJSON.rounded(tone.score)),
                    .string(tone.authorCounts.map(String.init).joined(separator: "/")),
                    .string(tone.quotedCounts.map(String.init).joined(separator: "/")),
                    .string(tone.evidence.first?.text ?? ""),
                ])
            }
        }
        if let name, table.rows.isEmpty {
            throw LedeError("tone: no entity matching '\(name)'", hint: "try 'entities' to see the names")
        }
        return .table(table)
    }

    static func complete(_ key: String, plugin: StancePlugin, host: any CommandHost) -> [String] {
        guard key == "entities" else { return [] }
        var names: Set<String> = []
        for document in host.documents {
            guard let analysis = try? host.output(of: plugin, for: document) else { continue }
            for relation in analysis.relations {
                names.insert(relation.source)
                names.insert(relation.target)
            }
            for tone in analysis.tone { names.insert(tone.entity) }
        }
        return names.sorted()
    }
}

/// Matching a name the user typed against a canonical name: case-insensitive, whole name or any
/// of its words (`putin` matches `Vladimir Putin`).
enum NameMatch {
    static func matches(_ typed: String, _ canonical: String) -> Bool {
        let typed = typed.lowercased()
        let name = canonical.lowercased()
        if typed == name { return true }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        return words.contains(typed) || name.hasSuffix(" " + typed)
    }
}

extension Array where Element: Hashable {
    /// The elements in order, without repeats.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
