import Foundation
import LedeCore
import Testing

@testable import LedeHost

@Suite("Loading paths: directories, globs, many files")
struct LoadingPathTests {
    let loader = ArticleLoader(options: .init(home: nil))

    @Test("a directory loads recursively in natural order, known extensions only, hidden skipped")
    func directory() {
        let root = LoadingFixtures.path("tree")
        let result = loader.load([root])
        #expect(result.diagnostics.isEmpty)
        #expect(result.articles.map(\.title) == ["Tree one", "Tree two", "Tree ten", "Deeper", "Nested heading"])
        #expect(result.articles.first?.metadata("path") == root + "/1-one.txt")
    }

    @Test("globs expand with *, ?, [..] and ** and sort naturally")
    func globs() {
        let root = LoadingFixtures.path("tree")
        #expect(loader.load([root + "/*.txt"]).articles.map(\.title) == ["Tree one", "Tree two", "Tree ten"])
        #expect(loader.load([root + "/?-*.txt"]).articles.map(\.title) == ["Tree one", "Tree two"])
        #expect(loader.load([root + "/[12]*.txt"]).articles.map(\.title) == ["Tree one", "Tree two", "Tree ten"])
        #expect(loader.load([root + "/[!1]*.txt"]).articles.map(\.title) == ["Tree two"])
        #expect(loader.load([root + "/**/*.md"]).articles.map(\.title) == ["Nested heading"])
        #expect(loader.load([root + "/*/*/*.jsonl"]).articles.map(\.title) == ["Deeper"])
        let none = loader.load([root + "/*.xml"])
        #expect(none.diagnostics.map(\.description) == ["\(root)/*.xml: error: no file matches this pattern"])
    }

    @Test("the same file named twice loads once")
    func duplicates() {
        let path = LoadingFixtures.path("front-matter.txt")
        #expect(loader.load([path, path]).articles.count == 1)
    }

    @Test("glob patterns match whole names")
    func globPattern() {
        #expect(GlobPattern("*.txt").matches("a.txt"))
        #expect(!GlobPattern("*.txt").matches("a.txt.bak"))
        #expect(!GlobPattern("*.txt").matches(".hidden.txt"))
        #expect(GlobPattern(".*").matches(".hidden"))
        #expect(GlobPattern("a*b*c").matches("aXXbYYc"))
        #expect(!GlobPattern("a*b*c").matches("aXXbYY"))
        #expect(GlobPattern("[a-c]?").matches("bz"))
        #expect(GlobPattern("\\*").matches("*"))
        #expect(!GlobPattern("\\*").matches("x"))
        #expect(GlobPattern.hasWildcards("a/*.txt"))
        #expect(!GlobPattern.hasWildcards("a/\\*.txt"))
    }

    @Test("natural order compares numbers by value")
    func naturalOrder() {
        let names = ["10.txt", "2.txt", "1.txt", "a.txt", "01.txt", "b2.txt", "b10.txt"]
        #expect(names.sorted(by: NaturalOrder.less) == ["01.txt", "1.txt", "2.txt", "10.txt", "a.txt", "b2.txt", "b10.txt"])
    }

    @Test("progress reports each file")
    func progress() {
        var calls: [(Int, Int)] = []
        _ = loader.load([LoadingFixtures.path("tree")], progress: { calls.append(($0, $1)) })
        #expect(calls.map(\.0) == [1, 2, 3, 4, 5])
        #expect(calls.allSatisfy { $0.1 == 5 })
    }

    @Test("a directory of 10,000 files loads quickly and completely")
    func tenThousandFiles() throws {
        let directory = try LoadingFixtures.scratchDirectory("many")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for index in 0..<10_000 {
            let text = "---\ntitle: Article \(index)\ndate: 2026-01-01\n---\nBody of article \(index). \"Quote,\" said someone.\n"
            _ = FileManager.default.createFile(atPath: directory + "/\(index).txt", contents: Data(text.utf8))
        }
        let clock = ContinuousClock()
        var result = LoadResult()
        let elapsed = clock.measure { result = loader.load([directory]) }
        #expect(result.articles.count == 10_000)
        #expect(result.diagnostics.isEmpty)
        #expect(result.articles.first?.title == "Article 0")
        #expect(result.articles.last?.title == "Article 9999")
        // Generous for a debug build on a shared machine; the release figure is far lower.
        #expect(elapsed < .seconds(10))
    }
}

extension LoadingPathTests {
    @Test("a glob skips files with unknown extensions; naming one directly reads it")
    func globSkipsUnknownExtensions() {
        let pattern = LoadingFixtures.path("notes.*")
        let result = loader.load([pattern])
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.map(\.description) == ["\(pattern): error: no .txt, .md, .html, .json or .jsonl file matches this pattern"])
        #expect(loader.load([LoadingFixtures.path("notes.data")]).articles.count == 1)
    }
}

extension LoadingPathTests {
    @Test("cancelling stops before the next file and keeps what was read")
    func cancellation() {
        var polls = 0
        let result = loader.load([LoadingFixtures.path("tree")], isCancelled: {
            polls += 1
            return polls > 2
        })
        #expect(result.interrupted)
        #expect(result.articles.map(\.title) == ["Tree one", "Tree two"])
    }
}
