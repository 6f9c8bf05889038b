import GRDB
import LedeHost
import LedeKit

/// One plugin's analysis of one article, as stored: the batch JSON and the plugin's version.
public struct StoredAnalysis: Sendable {
    public var article: String
    public var plugin: String
    public var version: String
    public var json: String

    public init(article: String, plugin: String, version: String, json: String) {
        self.article = article
        self.plugin = plugin
        self.version = version
        self.json = json
    }
}

extension Corpus {
    /// The stored analysis, when the plugin's version is the one that made it.
    public func analysis(article: String, plugin: String, version: String) throws(LedeError) -> String? {
        guard let number = Int64(article) else { return nil }
        return try read { db in
            try String.fetchOne(
                db, sql: "SELECT result FROM analysis WHERE article = ? AND plugin = ? AND version = ?",
                arguments: [number, plugin, version])
        }
    }

    /// Stores analyses and the facts drawn from them, all or none.
    public func store(_ analyses: [StoredAnalysis]) throws(LedeError) {
        guard !analyses.isEmpty, !isReadOnly else { return }
        try write { db in
            let upsert = try db.makeStatement(
                sql: "INSERT OR REPLACE INTO analysis(article, plugin, version, result) VALUES (?, ?, ?, ?)")
            let present = try db.makeStatement(sql: "SELECT 1 FROM article WHERE id = ?")
            for analysis in analyses {
                guard let number = Int64(analysis.article),
                    try Bool.fetchOne(present, arguments: [number]) == true
                else { continue }
                try upsert.execute(arguments: [number, analysis.plugin, analysis.version, analysis.json])
                try Facts.record(plugin: analysis.plugin, json: analysis.json, article: number, in: db)
            }
            try Corpus.bumpFactsVersion(db)
        }
    }

    /// The ids among `ids` (all articles when nil) with no analysis by this version of the plugin.
    public func missing(plugin: String, version: String, among ids: [String]? = nil) throws(LedeError) -> [String] {
        let all = try read { db -> [String] in
            // Counted on narrow indexes first: a corpus analysed to the end answers at once.
            let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
            let done = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM analysis WHERE plugin = ? AND version = ?", arguments: [plugin, version]) ?? 0
            if done >= articles { return [] }
            return try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM article
                    WHERE id NOT IN (SELECT article FROM analysis WHERE plugin = ? AND version = ?)
                    ORDER BY id
                    """, arguments: [plugin, version]
            ).map { String($0) }
        }
        guard let ids else { return all }
        let wanted = Set(ids)
        return all.filter { wanted.contains($0) }
    }

    /// How many analyses are stored, by plugin.
    public func analysisCounts() throws(LedeError) -> [(plugin: String, count: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT plugin, count(*) FROM analysis GROUP BY plugin ORDER BY plugin")
                .map { (plugin: $0[0], count: $0[1]) }
        }
    }
}

extension Corpus {
    /// Marks the facts as changed, for every process that keeps answers drawn from them.
    static func bumpFactsVersion(_ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO corpus_info(key, value) VALUES ('facts', '1')
                ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
                """)
    }

    func factsVersion() throws(LedeError) -> String {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM corpus_info WHERE key = 'facts'") ?? "0" }
    }
}

extension Corpus: AnalysisStore {
    public func storedJSON(plugin: String, version: String, article: String) -> JSONValue? {
        guard let text = try? analysis(article: article, plugin: plugin, version: version) else { return nil }
        return try? JSONParser.parse(text)
    }
}
