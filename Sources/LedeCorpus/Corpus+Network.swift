import GRDB
import LedeKit

/// A tie between two actors over a selection (`network`).
public struct ActorTie: Sendable, Equatable {
    /// `positive` or `negative` (stance of source toward target), `together` (in the same
    /// articles; source and target in name order) or `quotes` (source's quotes name target).
    public var relation: String
    public var source: String
    public var target: String
    public var count: Int
}

extension Corpus {
    /// How many of the most covered people and organisations `network` considers.
    static let networkActors = 60

    /// Actor pairs over the selection: stance, co-occurrence and quotes, each counted.
    public func network(in selection: Selection = Selection(), minimum: Int = 1) throws(LedeError) -> [ActorTie] {
        let entities = try mergedEntities(in: selection)
        let actors = Array(entities.filter { $0.label == "PERSON" || $0.label == "ORG" }.prefix(Corpus.networkActors))
        let home = Corpus.homes(entities)
        let filter = try selection.condition()
        var counts: [ActorTie] = []
        var index: [String: Int] = [:]
        func add(_ relation: String, _ source: String, _ target: String, _ n: Int) {
            guard source != target else { return }
            let key = relation + "\u{1F}" + source + "\u{1F}" + target
            if let at = index[key] {
                counts[at].count += n
            } else {
                index[key] = counts.count
                counts.append(ActorTie(relation: relation, source: source, target: target, count: n))
            }
        }
        let actorNames = Set(actors.map(\.name))
        try read { db in
            // Stance.
            let relations = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.source, r.target, r.polarity, count(*) FROM relation r JOIN article a ON a.id = r.article
                    WHERE \(filter.sql) GROUP BY r.source, r.target, r.polarity
                    """, arguments: filter.arguments)
            for row in relations {
                let source = home[row[0] as String] ?? row[0]
                let target = home[row[1] as String] ?? row[1]
                add(row[2], source, target, row[3])
            }
            // In the same articles.
            var perArticle: [Int64: Set<String>] = [:]
            for actor in actors {
                let rows = try Corpus.rowsForEachVariant(
                    of: actor,
                    "SELECT m.article FROM mention m JOIN article a ON a.id = m.article WHERE m.entity = ? AND m.label = ? AND {selection}",
                    selection: filter, in: db)
                for row in rows { perArticle[row[0] as Int64, default: []].insert(actor.name) }
            }
            var together: [String: Int] = [:]
            for (_, names) in perArticle where names.count > 1 {
                let sorted = names.sorted()
                for i in 0..<sorted.count {
                    for j in (i + 1)..<sorted.count { together[sorted[i] + "\u{1F}" + sorted[j], default: 0] += 1 }
                }
            }
            for key in together.keys.sorted() {
                let parts = key.split(separator: "\u{1F}").map(String.init)
                add("together", parts[0], parts[1], together[key]!)
            }
        }
        // Quotes: an actor's quotes that name another actor.
        for actor in actors {
            let said = try quotes(about: actor, in: selection, saidBy: true)
            guard !said.isEmpty else { continue }
            for other in actors where other.name != actor.name {
                let names = Corpus.names(of: other)
                let n = said.filter { Corpus.mentions($0.text, names) }.count
                if n > 0 { add("quotes", actor.name, other.name, n) }
            }
        }
        return counts.filter { $0.count >= minimum && (actorNames.contains($0.source) || $0.relation != "together") }
            .sorted { ($1.count, $0.relation, $0.source, $0.target) < ($0.count, $1.relation, $1.source, $1.target) }
    }

    /// What the corpus knows of one entity.
    public func profile(of entity: MergedEntity, in selection: Selection = Selection()) throws(LedeError) -> EntityProfile {
        let entities = try mergedEntities(in: selection)
        let home = Corpus.homes(entities)
        let filter = try selection.condition()
        let variants = Set(entity.variants.map(\.entity))
        let about = try quotes(about: entity, in: selection)
        let said = try quotes(about: entity, in: selection, saidBy: true)
        var quotedBy: [String: Int] = [:]
        for quote in about {
            guard let speaker = quote.speaker, !variants.contains(speaker) else { continue }
            quotedBy[home[speaker] ?? speaker, default: 0] += 1
        }
        var quoting: [String: Int] = [:]
        for other in entities.prefix(200) where other.name != entity.name {
            let names = Corpus.names(of: other)
            let n = said.filter { Corpus.mentions($0.text, names) }.count
            if n > 0 { quoting[other.name] = n }
        }
        var from: [String: Int] = [:]
        var toward: [String: Int] = [:]
        var together: [String: Int] = [:]
        try read { db in
            let names = Array(variants).sorted()
            let marks = names.map { _ in "?" }.joined(separator: ", ")
            var arguments = StatementArguments(names + names)
            arguments += filter.arguments
            let relations = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.source, r.target, r.polarity FROM relation r JOIN article a ON a.id = r.article
                    WHERE (r.source IN (\(marks)) OR r.target IN (\(marks))) AND \(filter.sql)
                    """,
                arguments: arguments)
            for row in relations {
                let source: String = row[0]
                let target: String = row[1]
                let polarity: String = row[2]
                if variants.contains(target), !variants.contains(source) {
                    from[(home[source] ?? source) + "\u{1F}" + polarity, default: 0] += 1
                }
                if variants.contains(source), !variants.contains(target) {
                    toward[(home[target] ?? target) + "\u{1F}" + polarity, default: 0] += 1
                }
            }
            let rows = try Corpus.rowsForEachVariant(
                of: entity,
                """
                SELECT o.entity, count(DISTINCT o.article) FROM mention m
                JOIN article a ON a.id = m.article
                JOIN mention o ON o.article = m.article
                WHERE m.entity = ? AND m.label = ? AND {selection}
                GROUP BY o.entity
                """, selection: filter, in: db)
            for row in rows {
                let other: String = row[0]
                guard !variants.contains(other) else { continue }
                together[home[other] ?? other, default: 0] += row[1]
            }
        }
        return EntityProfile(
            entity: entity, quotedBy: Corpus.ranked(quotedBy), quotes: Corpus.ranked(quoting), saidByThem: said.count,
            stanceFrom: Corpus.rankedPolar(from), stanceToward: Corpus.rankedPolar(toward),
            together: Array(Corpus.ranked(together).prefix(10)))
    }

    /// Each variant name's merged entity name.
    static func homes(_ entities: [MergedEntity]) -> [String: String] {
        var home: [String: String] = [:]
        for entity in entities {
            for variant in entity.variants where home[variant.entity] == nil { home[variant.entity] = entity.name }
        }
        return home
    }

    static func ranked(_ counts: [String: Int]) -> [(name: String, count: Int)] {
        counts.map { (name: $0.key, count: $0.value) }.sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }

    static func rankedPolar(_ counts: [String: Int]) -> [(name: String, polarity: String, count: Int)] {
        ranked(counts).map { item in
            let parts = item.name.split(separator: "\u{1F}").map(String.init)
            return (name: parts[0], polarity: parts.count > 1 ? parts[1] : "", count: item.count)
        }
    }
}
