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
        let replaced = try Row.fetchAll(db, sql: "SELECT entity, label FROM mention WHERE article = ?", arguments: [article])
        if !replaced.isEmpty {
            try db.execute(sql: "DELETE FROM mention WHERE article = ?", arguments: [article])
            try recount(replaced.map { (entity: $0[0], label: $0[1]) }, in: db)
        }
        let day = try String.fetchOne(db, sql: "SELECT day FROM article WHERE id = ?", arguments: [article])
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
        let current = try db.makeStatement(sql: "SELECT roles FROM entity_stats WHERE entity = ? AND label = ?")
        let add = try db.makeStatement(
            sql: """
                INSERT INTO entity_stats(entity, label, articles, mentions, first, last, roles) VALUES (?, ?, 1, ?, ?, ?, ?)
                ON CONFLICT(entity, label) DO UPDATE SET
                    articles = articles + 1, mentions = mentions + excluded.mentions,
                    first = CASE WHEN first IS NULL THEN excluded.first WHEN excluded.first IS NULL THEN first
                                 ELSE min(first, excluded.first) END,
                    last = CASE WHEN last IS NULL THEN excluded.last WHEN excluded.last IS NULL THEN last
                                ELSE max(last, excluded.last) END,
                    roles = excluded.roles
                """)
        for key in order {
            let parts = key.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
            let (label, entity) = (String(parts[0]), String(parts[1]))
            let tally = tallies[key]!
            try insert.execute(arguments: [
                article, entity, label, tally.count, tally.first,
                tally.names.joined(separator: "\u{1F}"), tally.roles.joined(separator: "\u{1F}"),
            ])
            var roles = (try String.fetchOne(current, arguments: [entity, label])).map(splitRoles) ?? []
            for role in tally.roles where roles.count < maximumRoles && !roles.contains(role) { roles.append(role) }
            try add.execute(arguments: [entity, label, tally.count, day, day, roles.joined(separator: "\u{1F}")])
        }
    }

    /// How many roles an entity's corpus row keeps (the first given).
    static let maximumRoles = 6

    static func splitRoles(_ text: String) -> [String] {
        text.split(separator: "\u{1F}").map(String.init)
    }

    /// Counts these entities again from their mentions, after some of their mentions went.
    static func recount(_ keys: [(entity: String, label: String)], in db: Database) throws {
        var seen = Set<String>()
        let delete = try db.makeStatement(sql: "DELETE FROM entity_stats WHERE entity = ? AND label = ?")
        let count = try db.makeStatement(
            sql: """
                INSERT INTO entity_stats(entity, label, articles, mentions, first, last, roles)
                SELECT m.entity, m.label, count(DISTINCT m.article), sum(m.count), min(a.day), max(a.day), ''
                FROM mention m JOIN article a ON a.id = m.article
                WHERE m.entity = ? AND m.label = ? GROUP BY m.entity, m.label
                """)
        let roles = try db.makeStatement(
            sql: "SELECT roles FROM mention WHERE entity = ? AND label = ? AND roles != '' ORDER BY article LIMIT 20")
        let setRoles = try db.makeStatement(sql: "UPDATE entity_stats SET roles = ? WHERE entity = ? AND label = ?")
        for key in keys where seen.insert(key.label + "\u{1F}" + key.entity).inserted {
            try delete.execute(arguments: [key.entity, key.label])
            try count.execute(arguments: [key.entity, key.label])
            var kept: [String] = []
            for text in try String.fetchAll(roles, arguments: [key.entity, key.label]) {
                for role in splitRoles(text) where kept.count < maximumRoles && !kept.contains(role) { kept.append(role) }
            }
            try setRoles.execute(arguments: [kept.joined(separator: "\u{1F}"), key.entity, key.label])
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
