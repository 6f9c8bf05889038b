import Foundation
import GRDB
import LedeCore
import LedeKit

/// An article as lists show it, without its text: what a corpus of 100,000 keeps in memory.
public struct ArticleHeader: Sendable, Hashable {
    public var id: String
    public var title: String
    public var day: String?
    public var source: String?
    public var words: Int
}

extension Corpus {
    /// What `add` did: the articles stored (with their new ids) and how many were there already.
    public struct Addition: Sendable {
        public var added: [Article] = []
        public var duplicates = 0
    }

    /// Stores articles whose text is new, each under the next id; counts the others.
    public func add(_ articles: [Article]) throws(LedeError) -> Addition {
        var result = Addition()
        let prepared = articles.map { article in
            (article: article, hash: Corpus.textHash(article.text), words: Corpus.wordCount(article.text))
        }
        try write { db in
            let exists = try db.makeStatement(sql: "SELECT 1 FROM article WHERE hash = ?")
            let insert = try db.makeStatement(
                sql: "INSERT INTO article(hash, title, body, day, source, metadata, words) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for entry in prepared {
                if try Bool.fetchOne(exists, arguments: [entry.hash]) == true {
                    result.duplicates += 1
                    continue
                }
                var article = entry.article
                if !article.id.isEmpty && article.metadata("id") == nil {
                    article.metadata.insert((key: "id", value: article.id), at: 0)
                }
                try insert.execute(arguments: [
                    entry.hash, article.title, article.text, Corpus.day(of: article), article.metadata("source"),
                    Corpus.encode(article.metadata), entry.words,
                ])
                article.id = String(db.lastInsertedRowID)
                result.added.append(article)
            }
        }
        return result
    }

    /// Removes articles (with their analyses and facts).
    public func remove(ids: [String]) throws(LedeError) {
        try write { db in
            let delete = try db.makeStatement(sql: "DELETE FROM article WHERE id = ?")
            let entities = try db.makeStatement(sql: "SELECT entity, label FROM mention WHERE article = ?")
            var affected: [(entity: String, label: String)] = []
            for id in ids {
                let number = Int64(id) ?? -1
                affected += try Row.fetchAll(entities, arguments: [number]).map { (entity: $0[0], label: $0[1]) }
                try delete.execute(arguments: [number])
            }
            try Facts.recount(affected, in: db)
            try Corpus.bumpFactsVersion(db)
        }
    }

    public func count() throws(LedeError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
    }

    /// Every article's header, in id order.
    public func headers() throws(LedeError) -> [ArticleHeader] {
        try read { db in
            var headers: [ArticleHeader] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT id, title, day, source, words FROM article ORDER BY id")
            while let row = try rows.next() {
                headers.append(
                    ArticleHeader(
                        id: String(row[0] as Int64), title: row[1], day: row[2], source: row[3], words: row[4]))
            }
            return headers
        }
    }

    /// One article, whole.
    public func article(id: String) throws(LedeError) -> Article? {
        guard let number = Int64(id) else { return nil }
        return try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT title, body, metadata FROM article WHERE id = ?", arguments: [number])
            else { return nil }
            return Article(id: id, title: row[0], text: row[1], metadata: Corpus.decode(row[2]))
        }
    }

    /// The articles with these ids, whole, in the order given.
    public func articles(ids: [String]) throws(LedeError) -> [Article] {
        var found: [Article] = []
        for id in ids { if let article = try article(id: id) { found.append(article) } }
        return found
    }

    // MARK: - Stored forms

    /// A stable 64-bit FNV-1a hash of the text with its outer white space trimmed: two loads of
    /// one article's text are one article.
    static func textHash(_ text: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.trimmingCharacters(in: .whitespacesAndNewlines).utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }

    static func wordCount(_ text: String) -> Int {
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        return tokens.reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }
    }

    static func encode(_ metadata: [(key: String, value: String)]) -> String {
        JSONWriter.string(.array(metadata.map { .array([.string($0.key), .string($0.value)]) }))
    }

    static func decode(_ text: String) -> [(key: String, value: String)] {
        guard let value = try? JSONParser.parse(text) else { return [] }
        return (value.arrayValue ?? []).compactMap { pair in
            guard let items = pair.arrayValue, items.count == 2, let key = items[0].stringValue,
                let value = items[1].stringValue
            else { return nil }
            return (key: key, value: value)
        }
    }

    /// The article's day (`YYYY-MM-DD`) from its `date` metadata, when that names one.
    public static func day(of article: Article) -> String? {
        guard let date = article.metadata("date") ?? article.metadata("published") else { return nil }
        return CorpusDate.day(date)
    }
}
