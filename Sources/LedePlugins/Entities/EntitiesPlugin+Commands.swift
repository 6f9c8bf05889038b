import LedeCore
import LedeKit

extension EntitiesPlugin {
    static let typeNames: [String: EntityLabel] = [
        "person": .person, "people": .person, "per": .person, "org": .organization, "organization": .organization,
        "organisation": .organization, "loc": .location, "location": .location, "place": .location,
        "misc": .miscellaneous, "miscellaneous": .miscellaneous, "other": .miscellaneous,
    ]

    static let commands: [CommandDescriptor] = [
        CommandDescriptor(
            "entities", summary: "The people, organisations, places and other names in the article",
            options: [
                OptionDescriptor(
                    "type", short: "t", value: "TYPE", help: "Only this type: PERSON, ORG, LOC or MISC",
                    completion: .values(["PERSON", "ORG", "LOC", "MISC"])),
                OptionDescriptor("top", short: "n", value: "N", help: "Only the N most mentioned (per article)"),
                OptionDescriptor("all", help: "Every loaded article, with a column naming it"),
            ],
            examples: ["entities", "entities --type PERSON --top 5", "entities --all --format csv"],
            discussion: """
                Each row is one entity: its canonical (fullest) name, its type, how often the article \
                mentions it by name or by a role it states ("the Russian leader"), where it is first \
                mentioned (a scalar offset), and the roles the article gives it.
                """),
        CommandDescriptor(
            "mentions", summary: "Every mention of an entity, in context",
            arguments: [
                ArgumentDescriptor("NAME", help: "An entity's name, or part of it", optional: false, completion: .dynamic("entities"))
            ],
            options: [OptionDescriptor("all", help: "Look in every loaded article")],
            examples: ["mentions Putin", "mentions \"Vladimir Putin\" --all"],
            discussion: "Lists name mentions and role mentions with the sentence around each."),
    ]

    public func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput {
        switch invocation.command {
        case "entities": return try entitiesTable(invocation, host: host)
        case "mentions": return try mentionsTable(invocation, host: host)
        default: throw LedeError("entities: no command named '\(invocation.command)'")
        }
    }

    public func complete(_ key: String, host: any CommandHost) -> [String] {
        guard key == "entities" else { return [] }
        var names = Set<String>()
        for document in host.allDocuments {
            guard let analysis = try? host.output(of: self, for: document) else { continue }
            for entity in analysis.entities { names.insert(entity.canonical) }
        }
        return names.sorted()
    }

    private func label(from text: String?) throws -> EntityLabel? {
        guard let text else { return nil }
        if let label = EntityLabel(rawValue: text.uppercased()) ?? Self.typeNames[text.lowercased()] { return label }
        throw LedeError(
            "entities: unknown type '\(text)'", hint: "types: PERSON, ORG, LOC, MISC")
    }

    private func entitiesTable(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput {
        let type = try label(from: invocation.value("type"))
        let top = try invocation.int("top", default: Int.max, in: 1...Int.max)
        let withArticle = host.documents.count > 1 || invocation.flag("all")
        var columns: [Table.Column] = withArticle ? [.init("article")] : []
        columns += [
            .init("entity"), .init("type"), .init("mentions", alignment: .right), .init("first", alignment: .right),
            .init("roles", wraps: true),
            // Every mention with its offsets and kind, for programs (json and jsonl).
            .init("spans", detail: true),
        ]
        var table = Table(columns: columns)
        var total = 0
        for document in host.documents {
            try host.checkCancellation()
            let analysis = try host.output(of: self, for: document)
            let chosen = analysis.entities.filter { type == nil || $0.label == type }
            total += chosen.count
            let ranked = chosen.sorted {
                $0.mentions.count != $1.mentions.count
                    ? $0.mentions.count > $1.mentions.count
                    : ($0.firstMention?.span.start ?? 0) < ($1.firstMention?.span.start ?? 0)
            }
            for entity in ranked.prefix(top) {
                var row: [JSONValue] = withArticle ? [.string(document.article.id)] : []
                row += [
                    .string(entity.canonical), .string(entity.label.rawValue), .int(entity.mentions.count),
                    .int(entity.firstMention?.span.start ?? 0), .string(entity.roles.joined(separator: "; ")),
                    .array(entity.mentions.map { mention in
                        .object([
                            ("start", .int(mention.span.start)), ("end", .int(mention.span.end)),
                            ("text", .string(mention.text)), ("kind", .string(mention.kind.rawValue)),
                        ])
                    }),
                ]
                table.append(row)
            }
        }
        table.footer = "\(table.rows.count) of \(total) entities"
        return .table(table)
    }

    private func mentionsTable(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput {
        guard let name = invocation.arguments.first, !name.isEmpty else {
            throw LedeError("mentions: which entity?", hint: "for example: mentions Putin")
        }
        let withArticle = host.documents.count > 1 || invocation.flag("all")
        var columns: [Table.Column] = withArticle ? [.init("article")] : []
        columns += [
            .init("entity"), .init("offset", alignment: .right), .init("mention"), .init("kind"),
            .init("context", wraps: true),
        ]
        var table = Table(columns: columns)
        var known: [String] = []
        for document in host.documents {
            try host.checkCancellation()
            let analysis = try host.output(of: self, for: document)
            for entity in analysis.entities {
                known.append(entity.canonical)
                known += entity.mentions.filter { $0.kind == .name }.map(\.text)
            }
            for entity in Self.matching(name, in: analysis.entities) {
                for mention in entity.mentions {
                    var row: [JSONValue] = withArticle ? [.string(document.article.id)] : []
                    let context = document.sentenceIndex(containing: mention.span.start).map {
                        document.text(document.sentences[$0].span)
                    }
                    row += [
                        .string(entity.canonical), .int(mention.span.start), .string(mention.text),
                        .string(mention.kind.rawValue), .string(context ?? mention.text),
                    ]
                    table.append(row)
                }
            }
        }
        if table.rows.isEmpty {
            let suggestion = Self.closest(to: name, in: known)
            throw LedeError(
                "mentions: no entity named '\(name)'",
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "list them with 'entities'")
        }
        return .table(table)
    }

    /// Entities whose canonical name is `name`; else those with a mention or a name word equal to it.
    static func matching(_ name: String, in entities: [Entity]) -> [Entity] {
        let wanted = name.lowercased()
        let exact = entities.filter { $0.canonical.lowercased() == wanted }
        if !exact.isEmpty { return exact }
        let byMention = entities.filter { $0.mentions.contains { $0.text.lowercased() == wanted } }
        if !byMention.isEmpty { return byMention }
        return entities.filter { $0.canonical.lowercased().split(separator: " ").contains { $0 == wanted } }
    }

    /// The known name nearest to `name` by edit distance, when it is close.
    static func closest(to name: String, in names: [String]) -> String? {
        let target = Array(name.lowercased())
        var best: (String, Int)?
        for candidate in Set(names).sorted() {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance <= max(2, target.count / 3), distance < best?.1 ?? Int.max { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
