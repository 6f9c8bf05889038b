import Foundation
import LedeCore
import Testing

@testable import LedeHost

/// A local web server (`Fixtures/Web/server.py`) on 127.0.0.1; it stops when its stdin closes.
final class LocalWebServer {
    let process = Process()
    let input = Pipe()
    let port: Int

    init() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Web/server.py").path
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([0x0A]) {
            line.append(byte)
        }
        port = try #require(Int(String(decoding: line, as: UTF8.self)))
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    // Killed outright: a child another test spawns meanwhile may hold the write end of the
    // server's stdin open, and the test runner's children may not see SIGTERM, so neither the
    // end of stdin nor `terminate()` can be counted on (the end of stdin still ends the server
    // if the test process dies). Foundation reaps the child; waiting here could block.
    deinit {
        try? input.fileHandleForWriting.close()
        kill(process.processIdentifier, SIGKILL)
    }
}

@Suite("Loading from the web (a server on 127.0.0.1)", .serialized)
struct LoadingWebTests {
    let loader = ArticleLoader(options: .init(home: nil))

    func load(_ urls: [String], timeout: Double = 10, maxSize: Int = 1 << 20) -> LoadResult {
        let fetcher = WebFetcher(options: .init(timeout: timeout, maxSize: maxSize))
        return loader.loadURLs(urls, fetcher: fetcher)
    }

    @Test("a page loads with its main text, its URL and the time it was fetched")
    func page() throws {
        let server = try LocalWebServer()
        let result = load([server.url("/article.html")])
        #expect(result.diagnostics.isEmpty)
        let article = try #require(result.articles.first)
        #expect(article.title == "Harbour ferry returns")
        #expect(article.text.contains("Captain Ines Marlow"))
        #expect(!article.text.contains("Contact us") && !article.text.contains("Facebook Share"))
        #expect(article.metadata("url") == server.url("/article.html"))
        #expect(article.metadata("path") == server.url("/article.html"))
        let fetched = try #require(article.metadata("fetched"))
        #expect(ISO8601DateFormatter().date(from: fetched) != nil)
    }

    @Test("redirects are followed, gzip decoded, the served charset used, the User-Agent names lede")
    func transport() throws {
        let server = try LocalWebServer()
        let result = load([server.url("/redirect2"), server.url("/gzip.html"), server.url("/latin1.html"), server.url("/agent")])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.articles.count == 4)
        #expect(result.articles[0].metadata("url") == server.url("/article.html"))
        #expect(result.articles[0].metadata("path") == server.url("/redirect2"))
        #expect(result.articles[1].text.contains("Port Wendle"))
        #expect(result.articles[2].text.contains("café on Quay Street reopened \u{2013} with the same naïve murals"))
        #expect(result.articles[3].text.hasPrefix("agent: lede/"))
    }

    @Test("each failure is one line naming the URL, and the other pages load")
    func failures() throws {
        let server = try LocalWebServer()
        let urls = [
            server.url("/missing"), server.url("/slow"), server.url("/data.json"), server.url("/big.html"),
            "http://127.0.0.1:1/closed", "ftp://127.0.0.1/file", server.url("/article.html"),
        ]
        let clock = ContinuousClock()
        var result = LoadResult()
        let elapsed = clock.measure { result = load(urls, timeout: 1) }
        #expect(result.articles.map(\.title) == ["Harbour ferry returns"])
        #expect(
            result.diagnostics.map(\.description) == [
                "\(urls[0]): error: HTTP 404 Not Found",
                "\(urls[1]): error: timed out after 1 s",
                "\(urls[2]): error: not HTML (application/json)",
                "\(urls[3]): error: page is over the 1 MB limit; not loaded (raise it with --max-size)",
                "\(urls[4]): error: connection refused",
                "\(urls[5]): error: not an http:// or https:// URL",
            ])
        #expect(elapsed < .seconds(4))
    }

    @Test("URLSession errors become short reasons")
    func reasons() {
        #expect(FetchState.failure(for: URLError(.cannotFindHost), timeout: 5) == .dns)
        #expect(FetchState.failure(for: URLError(.secureConnectionFailed), timeout: 5) == .tls)
        #expect(WebFetcher.Failure.dns.message == "host not found (DNS)")
        #expect(WebFetcher.Failure.tls.message == "TLS error (secure connection failed)")
    }

    @Test("a URL list: one a line, # comments and blank lines skipped, fragments kept")
    func urlList() {
        let text = "# reading list\nhttps://a.example/1\n\n  https://b.example/2#part  # a comment\n\t#indented comment\n"
        #expect(ArticleLoader.urls(inList: text) == ["https://a.example/1", "https://b.example/2#part"])
        #expect(ArticleLoader.isURL("HTTPS://x.example") && !ArticleLoader.isURL("news/http.html"))
    }
}
