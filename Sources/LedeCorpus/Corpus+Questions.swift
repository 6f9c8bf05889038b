import GRDB
import LedeKit

/// A quote as the corpus keeps it.
public struct CorpusQuote: Sendable, Equatable {
    public var article: String
    public var title: String
    public var day: String?
    public var speaker: String?
    public var text: String
    public var start: Int
}

/// A pair of actors and what ties them over a selection.
public struct ActorPair: Sendable, Equatable {
    public var first: String
    public var second: String
    public var positive = 0
    public var negative = 0
    public var together = 0
    public var quotes = 0
    public var weight: Int { positive + negative + together + quotes }
}

/// One period of a timeline.
public struct TimelinePoint: Sendable, Equatable {
    public var period: String
    public var articles: Int
    public var mentions: Int
    public var quotes: Int
}

/// What the corpus knows of one entity (`entity NAME`).
public struct EntityProfile: Sendable {
    public var entity: MergedEntity
    /// Speakers whose quotes mention the entity, with how many.
    public var quotedBy: [(name: String, count: Int)]
    /// Entities the entity's own quotes mention, with how many.
    public var quotes: [(name: String, count: Int)]
    public var saidByThem: Int
    public var stanceFrom: [(name: String, polarity: String, count: Int)]
    public var stanceToward: [(name: String, polarity: String, count: Int)]
    public var together: [(name: String, count: Int)]
}

public enum Period: String, Sendable, CaseIterable {
    case day, week, month

    func key(_ day: String) -> String {
        switch self {
        case .day: return day
        case .month: return String(day.prefix(7))
        case .week: return CorpusDate.weekStart(day) ?? day
        }
    }
}

extension Corpus {
    /// The rows of `query` for each name and type an entity goes by: the query reads the mentions
    /// as `m` (joined to their articles as `a`), its first two `?` take the name and the type, and
    /// `{selection}` stands for the selection's condition.
    static func rowsForEachVariant(
        of entity: MergedEntity, _ query: String, selection filter: (sql: String, arguments: StatementArguments),
        in db: Database
    ) throws -> [Row] {
        let sql = query.replacingOccurrences(of: "{selection}", with: filter.sql)
        var rows: [Row] = []
        for variant in entity.variants {
            var arguments: StatementArguments = [variant.entity, variant.label]
            arguments += filter.arguments
            rows += try Row.fetchAll(db, sql: sql, arguments: arguments)
        }
        return rows
    }

    /// Entities over the selection, merged across articles, most widely covered first.
    public func mergedEntities(in selection: Selection = Selection()) throws(LedeError) -> [MergedEntity] {
        let version = try factsVersion()
        if let kept = mergedCache.get(selection, version: version) { return kept }
        let filter = try selection.condition()
        let rows = try read { db in
            // The whole corpus has its counts kept as analyses are stored; a part is counted now.
            let sql =
                selection.isEverything
                ? "SELECT entity, label, articles, mentions, first, last, roles FROM entity_stats"
                : """
                SELECT m.entity, m.label, count(DISTINCT m.article), sum(m.count), min(a.day), max(a.day),
                       group_concat(CASE WHEN m.roles != '' THEN m.roles END, char(31))
                FROM mention m JOIN article a ON a.id = m.article
                WHERE \(filter.sql)
                GROUP BY m.entity, m.label
                """
            return try Row.fetchAll(db, sql: sql, arguments: selection.isEverything ? [] : filter.arguments).map { row in
                EntityMerger.Row(
                    entity: row[0], label: row[1], articles: row[2], mentions: row[3], first: row[4], last: row[5],
                    roles: (row[6] as String?).map(Facts.splitRoles) ?? [])
            }
        }
        let merged = EntityMerger.merge(rows)
        mergedCache.put(selection, version: version, merged)
        return merged
    }

    /// The merged entity a name refers to: an exact name first, then a variant, then a surname.
    public func entity(named name: String, in selection: Selection = Selection()) throws(LedeError) -> MergedEntity {
        let all = try mergedEntities(in: selection)
        let wanted = EntityMerger.folded(name)
        if let exact = all.first(where: { EntityMerger.folded($0.name) == wanted }) { return exact }
        if let variant = all.first(where: { $0.variants.contains { EntityMerger.folded($0.entity) == wanted } }) {
            return variant
        }
        let partial = all.filter { EntityMerger.folded($0.name).split(separator: " ").contains { $0 == wanted } }
        if partial.count == 1 { return partial[0] }
        if partial.count > 1 {
            let names = partial.prefix(4).map(\.name).joined(separator: ", ")
            throw LedeError("'\(name)' could be \(partial.count) entities: \(names)\(partial.count > 4 ? ", …" : "")",
                hint: "give the full name")
        }
        throw LedeError("no entity '\(name)' in \(selection.isEverything ? "the corpus" : "the selection")",
            hint: all.isEmpty ? "'index' analyses the articles first" : "'entities --all' lists them")
    }

    /// Quotes over the selection that mention the entity by any of its names, or are said by it.
    public func quotes(about entity: MergedEntity, in selection: Selection = Selection(), saidBy: Bool = false)
        throws(LedeError) -> [CorpusQuote]
    {
        let filter = try selection.condition()
        let names = Corpus.names(of: entity)
        let speakers = Array(Set(entity.variants.map(\.entity))).sorted()
        return try read { db in
            var arguments: StatementArguments
            let source: String
            if saidBy {
                guard !speakers.isEmpty else { return [] }
                source = """
                    quote q JOIN article a ON a.id = q.article
                    WHERE q.speaker IN (\(speakers.map { _ in "?" }.joined(separator: ", ")))
                    """
                arguments = StatementArguments(speakers)
            } else {
                // The quote index finds the names as words; each is a phrase, so "Lee" is not "Leeds".
                guard !names.isEmpty else { return [] }
                let query = names.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ")
                source = """
                    quote_text JOIN quote q ON q.rowid = quote_text.rowid JOIN article a ON a.id = q.article
                    WHERE quote_text MATCH ?
                    """
                arguments = [query]
            }
            arguments += filter.arguments
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT q.article, a.title, a.day, q.speaker, q.text, q.start FROM \(source) AND \(filter.sql)
                    ORDER BY a.day, q.article, q.start
                    """, arguments: arguments
            ).map { row in
                CorpusQuote(
                    article: String(row[0] as Int64), title: row[1], day: row[2], speaker: row[3], text: row[4], start: row[5])
            }
        }
    }

    /// Articles, mentions and quotes per period for one entity, by the articles' days.
    public func timeline(of entity: MergedEntity, by period: Period, in selection: Selection = Selection())
        throws(LedeError) -> [TimelinePoint]
    {
        let filter = try selection.condition()
        var points: [String: TimelinePoint] = [:]
        try read { db in
            let rows = try Corpus.rowsForEachVariant(
                of: entity,
                """
                SELECT a.day, count(DISTINCT m.article), sum(m.count)
                FROM mention m JOIN article a ON a.id = m.article
                WHERE m.entity = ? AND m.label = ? AND a.day IS NOT NULL AND {selection}
                GROUP BY a.day
                """, selection: filter, in: db)
            for row in rows {
                let key = period.key(row[0])
                var point = points[key] ?? TimelinePoint(period: key, articles: 0, mentions: 0, quotes: 0)
                point.articles += row[1]
                point.mentions += row[2]
                points[key] = point
            }
        }
        for quote in try quotes(about: entity, in: selection) + quotes(about: entity, in: selection, saidBy: true) {
            guard let day = quote.day else { continue }
            let key = period.key(day)
            points[key, default: TimelinePoint(period: key, articles: 0, mentions: 0, quotes: 0)].quotes += 1
        }
        return Corpus.filledPeriods(points, by: period)
    }

    /// Every period from the first to the last, the empty ones too, so a sparkline reads as time.
    static func filledPeriods(_ points: [String: TimelinePoint], by period: Period) -> [TimelinePoint] {
        let keys = points.keys.sorted()
        guard let first = keys.first, let last = keys.last else { return [] }
        var out: [TimelinePoint] = []
        var key = first
        while key <= last, out.count < 10_000 {
            out.append(points[key] ?? TimelinePoint(period: key, articles: 0, mentions: 0, quotes: 0))
            guard let next = CorpusDate.next(key, by: period) else { break }
            key = next
        }
        return out
    }

    /// The surface names an entity goes by, for finding it in quote text.
    static func names(of entity: MergedEntity) -> [String] {
        var names = Set(entity.variants.map(\.entity))
        if entity.label == "PERSON", let surname = entity.name.split(separator: " ").last, entity.name.contains(" ") {
            names.insert(String(surname))
        }
        return names.sorted()
    }

    /// Whether `text` contains one of the names as whole words.
    static func mentions(_ text: String, _ names: [String]) -> Bool {
        for name in names where !name.isEmpty {
            var searchRange = text.startIndex..<text.endIndex
            while let found = text.range(of: name, range: searchRange) {
                let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
                let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
                if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
                searchRange = found.upperBound..<text.endIndex
            }
        }
        return false
    }

    /// The months (`YYYY-MM`) from the selection's first dated article to its last.
    public func months(in selection: Selection = Selection()) throws(LedeError) -> [String] {
        let filter = try selection.condition()
        let range = try read { db in
            try Row.fetchOne(
                db, sql: "SELECT min(a.day), max(a.day) FROM article a WHERE a.day IS NOT NULL AND \(filter.sql)",
                arguments: filter.arguments)
        }
        guard let first: String = range?[0], let last: String = range?[1] else { return [] }
        var months: [String] = []
        var month = String(first.prefix(7))
        while month <= String(last.prefix(7)), months.count < 1200 {
            months.append(month)
            guard let next = CorpusDate.next(month, by: .month) else { break }
            month = next
        }
        return months
    }

    /// An entity's mentions in each of `months`.
    public func monthly(_ entity: MergedEntity, months: [String], in selection: Selection = Selection()) throws(LedeError)
        -> [Int]
    {
        let filter = try selection.condition()
        var counts = [Int](repeating: 0, count: months.count)
        let position = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        try read { db in
            let rows = try Corpus.rowsForEachVariant(
                of: entity,
                """
                SELECT substr(a.day, 1, 7), sum(m.count) FROM mention m JOIN article a ON a.id = m.article
                WHERE m.entity = ? AND m.label = ? AND a.day IS NOT NULL AND {selection} GROUP BY 1
                """, selection: filter, in: db)
            for row in rows {
                if let month: String = row[0], let at = position[month] { counts[at] += row[1] as Int }
            }
        }
        return counts
    }
}
