import Foundation
import LedeCore
import Testing

@testable import LedeHost

@Suite("Loading bad input")
struct LoadingBadInputTests {
    let loader = ArticleLoader(options: .init(home: nil))

    @Test("a missing file is one error line and the other paths still load")
    func missingFile() {
        let missing = LoadingFixtures.path("does-not-exist.txt")
        let result = loader.load([missing, LoadingFixtures.path("no-front-matter.txt")])
        #expect(result.articles.count == 1)
        #expect(result.diagnostics.map(\.description) == ["\(missing): error: cannot read: no such file or directory"])
        #expect(result.hasErrors)
    }

    @Test("an unreadable file is refused with the system's reason")
    func unreadable() throws {
        let path: String
        var scratch: String?
        if getuid() == 0 {
            // Permissions do not stop root; this file exists but every read fails.
            path = "/proc/self/mem"
        } else {
            let directory = try LoadingFixtures.scratchDirectory("unreadable")
            scratch = directory
            path = directory + "/locked.txt"
            try "Locked\n\nText.".write(toFile: path, atomically: false, encoding: .utf8)
            chmod(path, 0)
        }
        defer { scratch.map { try? FileManager.default.removeItem(atPath: $0) } }
        let result = loader.load([path])
        #expect(result.articles.isEmpty)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.description.hasPrefix("\(path): error: cannot read: "))
    }

    @Test("a binary file is refused and says why")
    func binary() {
        let path = LoadingFixtures.path("binary.txt")
        let result = loader.load([path])
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.map(\.description) == ["\(path): error: binary file (contains NUL bytes); not loaded"])
        let controls = loader.load([LoadingFixtures.path("controls.txt")])
        #expect(controls.articles.isEmpty)
        #expect(controls.diagnostics.first?.message.hasPrefix("binary file (") == true)
    }

    @Test("invalid UTF-8 is replaced and the first bad line named")
    func invalidUTF8() throws {
        let path = LoadingFixtures.path("invalid-utf8.txt")
        let result = loader.load([path])
        let article = try #require(result.articles.first)
        #expect(article.text.hasPrefix("The caf\u{FFFD} on pier two will open at \u{FFFD} six."))
        #expect(result.diagnostics.map(\.description) == ["\(path):3: warning: 2 invalid UTF-8 sequences replaced with U+FFFD"])
    }

    @Test("an empty or blank file is a warning and loads nothing")
    func empty() {
        for name in ["empty.txt", "blank.txt"] {
            let path = LoadingFixtures.path(name)
            let result = loader.load([path])
            #expect(result.articles.isEmpty)
            #expect(result.diagnostics.map(\.description) == ["\(path): warning: empty file; nothing loaded"])
        }
    }

    @Test("a malformed front matter line is named; the body still loads")
    func malformedFrontMatter() throws {
        let path = LoadingFixtures.path("malformed-front-matter.txt")
        let result = loader.load([path])
        let article = try #require(result.articles.first)
        #expect(article.title == "Orchard growers count frost losses")
        #expect(article.metadata("source") == "lede fixture (fictional)")
        #expect(article.text.hasPrefix("Growers in the valley"))
        #expect(
            result.diagnostics.map(\.description) == [
                "\(path):3: warning: front matter line 'date 2026-01-09' is not 'key: value'; ignored"
            ])
    }

    @Test("unclosed front matter is a warning and the file reads as plain text")
    func unclosedFrontMatter() throws {
        let path = LoadingFixtures.path("unclosed-front-matter.txt")
        let result = loader.load([path])
        let article = try #require(result.articles.first)
        #expect(article.title == "title: Library extends weekend hours")
        #expect(article.text.hasPrefix("The library will open"))
        #expect(result.diagnostics.first?.line == 1)
        #expect(result.diagnostics.first?.severity == .warning)
    }

    @Test("a file over --max-size is refused with the sizes; under it, it loads")
    func maxSize() throws {
        let directory = try LoadingFixtures.scratchDirectory("maxsize")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/big.txt"
        let paragraph = String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 20) + "\n\n"
        let count = (50 << 20) / paragraph.utf8.count + 1
        try ("Big file\n\n" + String(repeating: paragraph, count: count)).write(toFile: path, atomically: false, encoding: .utf8)

        let small = ArticleLoader(options: .init(maxSize: 1 << 20, home: nil)).load([path])
        #expect(small.articles.isEmpty)
        #expect(small.diagnostics.map(\.description) == ["\(path): error: 50 MB is over the 1 MB limit; not loaded (raise it with --max-size)"])

        let clock = ContinuousClock()
        var result = LoadResult()
        let elapsed = clock.measure {
            result = ArticleLoader(options: .init(maxSize: 64 << 20, home: nil)).load([path])
        }
        #expect(result.diagnostics.isEmpty)
        #expect(result.articles.first?.title == "Big file")
        #expect(result.articles.first.map { $0.text.utf8.count > 50 << 20 - 100 } == true)
        #expect(elapsed < .seconds(10))
    }

    @Test("--max-size values parse with units")
    func parseSize() {
        #expect(ArticleLoader.Options.parseSize("50M") == 50 << 20)
        #expect(ArticleLoader.Options.parseSize("200k") == 200 << 10)
        #expect(ArticleLoader.Options.parseSize("1.5MB") == 1_572_864)
        #expect(ArticleLoader.Options.parseSize("1G") == 1 << 30)
        #expect(ArticleLoader.Options.parseSize("50") == 50 << 20)
        #expect(ArticleLoader.Options.parseSize("4096B") == 4096)
        #expect(ArticleLoader.Options.parseSize("2MiB") == 2 << 20)
        #expect(ArticleLoader.Options.parseSize("lots") == nil)
        #expect(ArticleLoader.Options.parseSize("-5M") == nil)
        #expect(ArticleLoader.Options.parseSize("") == nil)
    }

    @Test("a named pipe or device is not read")
    func notRegular() throws {
        let directory = try LoadingFixtures.scratchDirectory("fifo")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/pipe.txt"
        try #require(mkfifo(path, 0o600) == 0)
        let result = loader.load([path])
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.map(\.description) == ["\(path): error: not a regular file or directory; not loaded"])
    }

    @Test("the UTF-16 byte-order mark is honoured rather than called binary")
    func utf16() throws {
        let directory = try LoadingFixtures.scratchDirectory("utf16")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/wide.txt"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Wide title\n\nWide body.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = loader.load([path])
        #expect(result.articles.first?.text == "Wide body.")
        #expect(result.diagnostics.isEmpty)
    }
}
