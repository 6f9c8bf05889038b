import GRDB
import LedeKit

/// Which articles a command covers: `--match QUERY`, `--since DATE`, `--until DATE`, `--source NAME`.
public struct Selection: Sendable, Hashable {
    public var match: String?
    public var since: String?
    public var until: String?
    public var source: String?

    public init(match: String? = nil, since: String? = nil, until: String? = nil, source: String? = nil) {
        self.match = match
        self.since = since
        self.until = until
        self.source = source
    }

    public var isEverything: Bool { match == nil && since == nil && until == nil && source == nil }

    /// The SQL condition on `article` (aliased `a`) and its arguments.
    func condition() throws(LedeError) -> (sql: String, arguments: StatementArguments) {
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let match {
            clauses.append("a.id IN (SELECT rowid FROM article_text WHERE article_text MATCH ?)")
            arguments.append(match)
        }
        if let since {
            guard let day = CorpusDate.bound(since, end: false) else {
                throw LedeError("--since: '\(since)' is not a date", hint: "write YYYY-MM-DD, YYYY-MM or YYYY")
            }
            clauses.append("a.day >= ?")
            arguments.append(day)
        }
        if let until {
            guard let day = CorpusDate.bound(until, end: true) else {
                throw LedeError("--until: '\(until)' is not a date", hint: "write YYYY-MM-DD, YYYY-MM or YYYY")
            }
            clauses.append("a.day <= ?")
            arguments.append(day)
        }
        if let source {
            clauses.append("a.source LIKE ? ESCAPE '\\'")
            arguments.append("%" + Selection.escapeLike(source) + "%")
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), StatementArguments(arguments))
    }

    static func escapeLike(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

/// One article that `search` found.
public struct SearchHit: Sendable, Equatable {
    public var id: String
    public var title: String
    public var day: String?
    public var source: String?
    public var snippet: String
    public var score: Double
}

extension Corpus {
    /// Full-text search over titles and text, best first. Matches are marked `[` … `]` in the
    /// snippet.
    public func search(_ query: String, within selection: Selection = Selection(), limit: Int = 20) throws(LedeError)
        -> [SearchHit]
    {
        let filter = try selection.condition()
        do {
            return try writer.read { db in
                // Ranked first, then a snippet for each hit kept: a snippet reads the article's
                // text, and a common word matches thousands.
                var arguments: StatementArguments = [query]
                arguments += filter.arguments
                arguments += [limit]
                let ranked = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT rowid, bm25(article_text, 5.0, 1.0) AS rank FROM article_text
                        WHERE article_text MATCH ? AND (\(selection.isEverything ? "1" : "rowid IN (SELECT a.id FROM article a WHERE \(filter.sql))"))
                        ORDER BY rank, rowid LIMIT ?
                        """, arguments: arguments)
                let snippet = try db.makeStatement(
                    sql: """
                        SELECT a.title, a.day, a.source, snippet(article_text, -1, char(1), char(2), '…', 16)
                        FROM article_text JOIN article a ON a.id = article_text.rowid
                        WHERE article_text MATCH ? AND article_text.rowid = ?
                        """)
                return try ranked.compactMap { hit in
                    let id: Int64 = hit[0]
                    let rank: Double = hit[1]
                    guard let row = try Row.fetchOne(snippet, arguments: [query, id]) else { return nil }
                    return SearchHit(
                        id: String(id), title: row[0], day: row[1], source: row[2], snippet: Corpus.flatten(row[3]),
                        score: (-rank * 10_000).rounded() / 10_000)
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw LedeError("search: cannot read the query '\(query)': \(error.message ?? "syntax error")",
                hint: "words, \"a phrase\", AND, OR, NOT, prefix*, NEAR(a b, 5)")
        } catch {
            throw describe(error)
        }
    }

    /// The ids the selection covers, in id order.
    public func ids(in selection: Selection) throws(LedeError) -> [String] {
        let filter = try selection.condition()
        do {
            return try writer.read { db in
                try Int64.fetchAll(db, sql: "SELECT a.id FROM article a WHERE \(filter.sql) ORDER BY a.id", arguments: filter.arguments)
                    .map { String($0) }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw LedeError("--match: cannot read the query '\(selection.match ?? "")': \(error.message ?? "syntax error")",
                hint: "words, \"a phrase\", AND, OR, NOT, prefix*, NEAR(a b, 5)")
        } catch {
            throw describe(error)
        }
    }

    /// A snippet on one line, matches in `[…]`.
    static func flatten(_ snippet: String) -> String {
        var out = ""
        var space = false
        for character in snippet {
            if character.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" ") }
            space = false
            switch character {
            case "\u{1}": out.append("[")
            case "\u{2}": out.append("]")
            default: out.append(character)
            }
        }
        return out
    }
}
