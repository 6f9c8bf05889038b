import Foundation
import GRDB
import LedeCore
import LedeKit
import Testing

@testable import LedeCorpus

func article(_ title: String, _ text: String, date: String? = nil, source: String? = nil) -> Article {
    var metadata: [(key: String, value: String)] = []
    if let date { metadata.append((key: "date", value: date)) }
    if let source { metadata.append((key: "source", value: source)) }
    return Article(id: "", title: title, text: text, metadata: metadata)
}

func temporaryFile(_ name: String) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-corpus-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(name).path
}

@Suite("Corpus: articles")
struct CorpusArticleTests {
    @Test("an article whose text is there already is counted, not stored again")
    func dedupe() throws {
        let corpus = Corpus()
        let first = try corpus.add([article("One", "The port reopened."), article("Two", "The mine closed.")])
        #expect(first.added.map(\.id) == ["1", "2"])
        let again = try corpus.add([article("One again", "  The port reopened.\n"), article("Three", "A new text.")])
        #expect(again.duplicates == 1)
        #expect(again.added.map(\.id) == ["3"])
        #expect(try corpus.count() == 3)
    }

    @Test("ids are never reused, even after the last article goes")
    func idsNeverReused() throws {
        let corpus = Corpus()
        _ = try corpus.add([article("A", "First."), article("B", "Second.")])
        try corpus.remove(ids: ["2"])
        let added = try corpus.add([article("C", "Third.")])
        #expect(added.added.map(\.id) == ["3"])
        #expect(try corpus.headers().map(\.id) == ["1", "3"])
    }

    @Test("an article reads back whole: title, text, metadata in order, and a JSON source's own id")
    func readBack() throws {
        let corpus = Corpus()
        var source = article("Title", "Body text here.", date: "9 March 2026", source: "Wire")
        source.id = "wire-77"
        _ = try corpus.add([source])
        let back = try #require(try corpus.article(id: "1"))
        #expect(back.title == "Title" && back.text == "Body text here.")
        #expect(back.metadata.map(\.key) == ["id", "date", "source"])
        #expect(back.metadata("id") == "wire-77")
        #expect(try corpus.headers().first?.day == "2026-03-09")
        #expect(try corpus.headers().first?.words == 3)
    }
}

@Suite("Corpus: search and selection")
struct CorpusSearchTests {
    let corpus: Corpus

    init() throws {
        corpus = Corpus()
        _ = try corpus.add([
            article("Dock strike spreads", "Dock workers in Rotterdam extended their strike on Monday.", date: "2026-02-23", source: "Lede Wire"),
            article("Sea ice study", "Scientists disagree on how fast the summer sea ice will vanish.", date: "2026-10-05", source: "Polar Desk"),
            article("Ministers trade blame", "The ministers blamed each other; the strike talks stalled.", date: "2026-03-09", source: "Lede Wire"),
        ])
    }

    func ids(_ query: String) throws -> [String] { try corpus.search(query).map(\.id).sorted() }

    @Test("words, phrases, AND/OR/NOT, prefixes and NEAR")
    func queries() throws {
        #expect(try ids("strike") == ["1", "3"])
        #expect(try ids("\"sea ice\"") == ["2"])
        #expect(try ids("\"ice sea\"") == [])
        #expect(try ids("strike AND ministers") == ["3"])
        #expect(try ids("strike NOT ministers") == ["1"])
        #expect(try ids("vanish OR Rotterdam") == ["1", "2"])
        #expect(try ids("minist*") == ["3"])
        #expect(try ids("NEAR(workers strike, 4)") == ["1"])
        #expect(try ids("NEAR(workers Monday, 1)") == [])
    }

    @Test("a title match ranks above a match in the text; the snippet marks the match")
    func rankingAndSnippet() throws {
        let hits = try corpus.search("strike")
        #expect(hits.first?.id == "1")
        #expect(hits.first?.snippet.contains("[strike]") == true)
        #expect(hits.map(\.score) == hits.map(\.score).sorted(by: >))
    }

    @Test("a query SQLite cannot read is one clear error naming it")
    func badQuery() {
        #expect {
            try corpus.search("\"unclosed")
        } throws: { error in
            (error as? LedeError)?.message.hasPrefix("search: cannot read the query '\"unclosed'") == true
        }
    }

    @Test("--since, --until and --source narrow the selection; months and years are ranges")
    func selection() throws {
        #expect(try corpus.ids(in: Selection(since: "2026-03")) == ["2", "3"])
        #expect(try corpus.ids(in: Selection(until: "2026-03")) == ["1", "3"])
        #expect(try corpus.ids(in: Selection(since: "2026-02-24", until: "2026-03-09")) == ["3"])
        #expect(try corpus.ids(in: Selection(source: "polar")) == ["2"])
        #expect(try corpus.ids(in: Selection(match: "strike", source: "Lede")) == ["1", "3"])
        #expect(throws: LedeError.self) { try corpus.ids(in: Selection(since: "last week")) }
    }
}

@Suite("Corpus dates")
struct CorpusDateTests {
    @Test("the shapes news dates take give one day")
    func days() {
        #expect(CorpusDate.day("2026-03-09") == "2026-03-09")
        #expect(CorpusDate.day("2026-03-09T14:05:00Z") == "2026-03-09")
        #expect(CorpusDate.day("2026/03/09") == "2026-03-09")
        #expect(CorpusDate.day("2026-3-9") == "2026-03-09")
        #expect(CorpusDate.day("2026-03") == nil)
        #expect(CorpusDate.day("9 March 2026") == "2026-03-09")
        #expect(CorpusDate.day("March 9, 2026") == "2026-03-09")
        #expect(CorpusDate.day("Mon, 09 Mar 2026 14:05:00 GMT") == "2026-03-09")
        #expect(CorpusDate.day("2026-02-30") == nil)
        #expect(CorpusDate.day("yesterday") == nil)
    }

    @Test("weeks start on Monday; periods step over month and year ends")
    func periods() {
        #expect(CorpusDate.weekStart("2026-03-09") == "2026-03-09")  // a Monday
        #expect(CorpusDate.weekStart("2026-03-15") == "2026-03-09")  // the Sunday after
        #expect(CorpusDate.weekStart("2027-01-01") == "2026-12-28")
        #expect(CorpusDate.next("2026-12", by: .month) == "2027-01")
        #expect(CorpusDate.next("2024-02-28", by: .day) == "2024-02-29")
        #expect(CorpusDate.bound("2024-02", end: true) == "2024-02-29")
        #expect(CorpusDate.bound("2026", end: false) == "2026-01-01")
    }
}
