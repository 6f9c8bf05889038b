import GRDB
import LedeKit

/// The facts that questions across articles read, drawn from the built-in analyses' JSON (the
/// same documented shape `lede analyze` writes): mentions per entity, quotes, stance relations.
enum Facts {
    /// Replaces the facts of `article` that come from `plugin`'s analysis.
    static func record(plugin: String, json: String, article: Int64, in db: Database) throws {
        switch plugin {
        case "entities", "quotes", "stance": break
        default: return
        }
        guard let value = try? JSONParser.parse(json) else { return }
        switch plugin {
        case "entities": try recordMentions(value, article: article, in: db)
        case "quotes": try recordQuotes(value, article: article, in: db)
        default: try recordRelations(value, article: article, in: db)
        }
    }

    /// One row per entity and label in the article: how often, where first, under which names.
    private static func recordMentions(_ value: JSONValue, article: Int64, in db: Database) throws {
        try db.execute(sql: "DELETE FROM mention WHERE article = ?", arguments: [article])
        struct Tally { var count = 0; var first = Int.max; var names: [String] = []; var roles: [String] = [] }
        var order: [String] = []
        var tallies: [String: Tally] = [:]
        for mention in value.arrayValue ?? [] {
            guard let entity = mention["entity"]?.stringValue ?? mention["text"]?.stringValue,
                let label = mention["label"]?.stringValue
            else { continue }
            let key = label + "\u{1F}" + entity
            if tallies[key] == nil { order.append(key) }
            var tally = tallies[key, default: Tally()]
            tally.count += 1
            tally.first = min(tally.first, mention["start"]?.intValue ?? 0)
            if let name = mention["text"]?.stringValue, !tally.names.contains(name) { tally.names.append(name) }
            for role in mention["roles"]?.arrayValue ?? [] {
                if let role = role.stringValue, !tally.roles.contains(role) { tally.roles.append(role) }
            }
            tallies[key] = tally
        }
        let insert = try db.makeStatement(
            sql: "INSERT INTO mention(article, entity, label, count, first, names, roles) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for key in order {
            let parts = key.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
            let tally = tallies[key]!
            try insert.execute(arguments: [
                article, String(parts[1]), String(parts[0]), tally.count, tally.first,
                tally.names.joined(separator: "\u{1F}"), tally.roles.joined(separator: "\u{1F}"),
            ])
        }
    }

    private static func recordQuotes(_ value: JSONValue, article: Int64, in db: Database) throws {
        try db.execute(sql: "DELETE FROM quote WHERE article = ?", arguments: [article])
        let insert = try db.makeStatement(sql: "INSERT INTO quote(article, start, speaker, text) VALUES (?, ?, ?, ?)")
        for quote in value.arrayValue ?? [] {
            guard let text = quote["text"]?.stringValue else { continue }
            try insert.execute(arguments: [article, quote["start"]?.intValue ?? 0, quote["speaker"]?.stringValue, text])
        }
    }

    private static func recordRelations(_ value: JSONValue, article: Int64, in db: Database) throws {
        try db.execute(sql: "DELETE FROM relation WHERE article = ?", arguments: [article])
        let insert = try db.makeStatement(
            sql: "INSERT INTO relation(article, source, target, polarity, score, evidence) VALUES (?, ?, ?, ?, ?, ?)")
        for relation in value["relations"]?.arrayValue ?? [] {
            guard let source = relation["source"]?.stringValue, let target = relation["target"]?.stringValue,
                let polarity = relation["polarity"]?.stringValue
            else { continue }
            let evidence = relation["evidence"]?.arrayValue?.first?["text"]?.stringValue ?? ""
            try insert.execute(arguments: [
                article, source, target, polarity, relation["score"]?.doubleValue ?? 0, evidence,
            ])
        }
    }
}
