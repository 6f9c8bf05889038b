import Foundation
import GRDB
import LedeCore
import LedeKit
import Testing

@testable import LedeCorpus

/// The entities JSON of one article, as the entities plugin writes it.
func entitiesJSON(_ mentions: [(text: String, entity: String, label: String)]) -> String {
    JSONWriter.string(
        .array(
            mentions.enumerated().map { index, m in
                .object([
                    ("start", .int(index * 10)), ("end", .int(index * 10 + m.text.count)), ("label", .string(m.label)),
                    ("text", .string(m.text)), ("entity", .string(m.entity)),
                ])
            }))
}

@Suite("Corpus files")
struct CorpusFileTests {
    @Test("a corpus file reopens with its articles, analyses and current article")
    func reopen() throws {
        let path = temporaryFile("week.db")
        do {
            let corpus = try Corpus(path: path)
            _ = try corpus.add([article("A", "First text."), article("B", "Second text.")])
            try corpus.store([StoredAnalysis(article: "2", plugin: "summary", version: "1.0", json: "[]")])
            try corpus.setInfo("current", "2")
        }
        let again = try Corpus(path: path)
        #expect(try again.count() == 2)
        #expect(try again.info("current") == "2")
        #expect(try again.analysis(article: "2", plugin: "summary", version: "1.0") == "[]")
        #expect(try again.analysis(article: "2", plugin: "summary", version: "1.1") == nil)
        #expect(try again.missing(plugin: "summary", version: "1.0") == ["1"])
        #expect(try again.missing(plugin: "summary", version: "2.0") == ["1", "2"])
        #expect(try again.integrityCheck() == "ok")
        let mode = try again.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test("save writes a memory session to a new file; it refuses to overwrite one")
    func save() throws {
        let memory = Corpus()
        _ = try memory.add([article("A", "First text.", date: "2026-01-02")])
        let path = temporaryFile("saved.db")
        try memory.save(to: path)
        let saved = try Corpus(path: path)
        #expect(try saved.headers().map(\.title) == ["A"])
        #expect(try saved.search("first").count == 1)
        #expect(throws: LedeError.self) { try memory.save(to: path) }
    }

    @Test("a file that is not a corpus, another SQLite database and a newer corpus are each one clear line")
    func refusals() throws {
        let text = temporaryFile("notes.txt")
        try "just some notes\n".write(toFile: text, atomically: false, encoding: .utf8)
        #expect(throws: LedeError("corpus: '\(text)' is not a lede corpus (not an SQLite database)")) {
            try Corpus(path: text)
        }
        let other = temporaryFile("other.db")
        let queue = try DatabaseQueue(path: other)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t(x)") }
        try queue.close()
        #expect(throws: LedeError("corpus: '\(other)' is an SQLite database but not a lede corpus")) {
            try Corpus(path: other)
        }
        let newer = temporaryFile("newer.db")
        _ = try Corpus(path: newer)
        let raw = try DatabaseQueue(path: newer)
        try raw.write { db in try db.execute(sql: "UPDATE corpus_info SET value = '99' WHERE key = 'schema'") }
        try raw.close()
        #expect {
            try Corpus(path: newer)
        } throws: { error in
            (error as? LedeError)?.message.contains("was made by a newer lede (schema 99") == true
        }
    }

    @Test("a read-only corpus opens for reading; a write is refused with one line")
    func readOnly() throws {
        guard getuid() != 0 else { return }  // root writes anywhere: permissions cannot make a file read-only
        let path = temporaryFile("ro.db")
        do { _ = try Corpus(path: path).add([article("A", "Text.")]) }
        chmod(path, 0o444)
        let corpus = try Corpus(path: path)
        #expect(corpus.isReadOnly)
        #expect(try corpus.count() == 1)
        #expect(throws: LedeError.self) { try corpus.add([article("B", "Other.")]) }
    }

    @Test("a corpus made by schema 1 migrates: its stored entities give facts")
    func migratesFromSchemaOne() throws {
        let path = temporaryFile("old.db")
        let queue = try DatabaseQueue(path: path)
        try Corpus.migrator(upTo: 1).migrate(queue)
        try queue.write { db in
            try db.execute(
                sql: "INSERT INTO article(hash, title, body, day, source, metadata, words) VALUES (1, 'Old', 'Ann Lee spoke.', '2026-01-05', NULL, '[]', 3)")
            try db.execute(
                sql: "INSERT INTO analysis(article, plugin, version, result) VALUES (1, 'entities', '1', ?)",
                arguments: [entitiesJSON([("Ann Lee", "Ann Lee", "PERSON"), ("Lee", "Ann Lee", "PERSON")])])
        }
        try queue.close()
        let corpus = try Corpus(path: path)
        #expect(try corpus.info("schema") == String(Corpus.schemaVersion))
        let entities = try corpus.mergedEntities()
        #expect(entities.map(\.name) == ["Ann Lee"])
        #expect(entities.first?.mentions == 2)
    }
}

@Suite("Entities across articles")
struct EntityMergeTests {
    func corpus(_ articles: [[(text: String, entity: String, label: String)]]) throws -> Corpus {
        let corpus = Corpus()
        let added = try corpus.add(articles.enumerated().map { article("A\($0.offset)", "Text \($0.offset).", date: "2026-01-0\($0.offset + 1)") })
        try corpus.store(
            zip(added.added, articles).map { StoredAnalysis(article: $0.id, plugin: "entities", version: "1", json: entitiesJSON($1)) })
        return corpus
    }

    @Test("a surname alone joins the one full name the corpus has for it; case variants join")
    func surname() throws {
        let c = try corpus([
            [("Donald Trump", "Donald Trump", "PERSON"), ("Trump", "Donald Trump", "PERSON")],
            [("Trump", "Trump", "PERSON"), ("LISBON", "LISBON", "LOC")],
            [("Lisbon", "Lisbon", "LOC"), ("Donald J. Trump", "Donald J. Trump", "PERSON")],
        ])
        let entities = try c.mergedEntities()
        let trump = try #require(entities.first { $0.name == "Donald Trump" })
        #expect(trump.articles == 3)
        #expect(trump.mentions == 4)
        #expect(trump.first == "2026-01-01" && trump.last == "2026-01-03")
        #expect(Set(trump.variants.map(\.entity)) == ["Donald Trump", "Trump", "Donald J. Trump"])
        let lisbon = try #require(entities.first { $0.label == "LOC" })
        #expect(lisbon.articles == 2)
        #expect(entities.count == 2)
        #expect(try c.entity(named: "trump").name == "Donald Trump")
    }

    @Test("two people sharing a surname stay apart, and the surname alone joins neither")
    func sharedSurname() throws {
        let c = try corpus([
            [("Donald Trump", "Donald Trump", "PERSON")],
            [("Melania Trump", "Melania Trump", "PERSON")],
            [("Trump", "Trump", "PERSON")],
        ])
        let names = try c.mergedEntities().map(\.name).sorted()
        #expect(names == ["Donald Trump", "Melania Trump", "Trump"])
        #expect(try c.entity(named: "Melania").name == "Melania Trump")
        #expect(try c.entity(named: "Trump").name == "Trump")
    }

    @Test("the corpus's counts follow an article removed and an analysis stored again")
    func countsFollowChanges() throws {
        let c = try corpus([
            [("Ana Okafor", "Ana Okafor", "PERSON")],
            [("Ana Okafor", "Ana Okafor", "PERSON"), ("Okafor", "Ana Okafor", "PERSON")],
            [("Lars Eriksen", "Lars Eriksen", "PERSON")],
        ])
        #expect(try c.entity(named: "Okafor").articles == 2)
        try c.store([StoredAnalysis(article: "1", plugin: "entities", version: "2", json: entitiesJSON([("Ana Okafor", "Ana Okafor", "PERSON")]))])
        #expect(try c.entity(named: "Okafor").articles == 2)
        #expect(try c.entity(named: "Okafor").mentions == 3)
        try c.remove(ids: ["2"])
        let okafor = try c.entity(named: "Okafor")
        #expect(okafor.articles == 1 && okafor.mentions == 1)
        #expect(okafor.first == "2026-01-01" && okafor.last == "2026-01-01")
        try c.remove(ids: ["3"])
        #expect(try c.mergedEntities().map(\.name) == ["Ana Okafor"])
    }

    @Test("a name tagged with two types takes the type most mentions have")
    func majorityType() throws {
        let c = try corpus([
            [("Vestmark", "Vestmark", "LOC"), ("Vestmark", "Vestmark", "LOC")],
            [("Vestmark", "Vestmark", "MISC")],
        ])
        let entities = try c.mergedEntities()
        #expect(entities.count == 1)
        #expect(entities[0].label == "LOC" && entities[0].articles == 2 && entities[0].mentions == 3)
    }
}

@Suite("Corpus files when the disk fills")
struct CorpusFullDiskTests {
    @Test("a write that finds the disk full is one line; what was stored before stays")
    func fullDisk() throws {
        let path = temporaryFile("full.db")
        let corpus = try Corpus(path: path)
        _ = try corpus.add([article("Kept", "This one fits.")])
        // SQLite answers SQLITE_FULL when the file may grow no further, as on a full disk.
        let pages = try corpus.writer.write { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        _ = try corpus.writer.writeWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages + 1)")
        }
        let big = (0..<200).map { article("Big \($0)", String(repeating: "Words that fill page after page \($0). ", count: 200)) }
        #expect(throws: LedeError("corpus: the disk holding '\(path)' is full")) { try corpus.add(big) }
        #expect(try corpus.count() == 1)
        #expect(try corpus.integrityCheck() == "ok")
    }
}
