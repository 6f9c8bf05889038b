import Foundation
import Testing

/// The test web server of the loader's tests (`LedeHostTests/Fixtures/Web/server.py`) on
/// 127.0.0.1; it stops when its stdin closes.
final class LocalPageServer {
    let process = Process()
    let input = Pipe()
    let port: Int

    init() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("LedeHostTests/Fixtures/Web/server.py").path
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

extension InteractiveTests {
    @Test("load URL at the prompt fetches the page; a failing URL is one line and the session goes on")
    func loadURL() throws {
        let server = try LocalPageServer()
        let s = try start()
        s.type("load \(server.url("/article.html")) \(server.url("/missing"))")
        s.keys("Enter")
        try s.waitFor("error: HTTP 404 Not Found")
        try s.waitFor("loaded 1 article; current: 1: Harbour ferry returns")
        s.type("show --format json")
        s.keys("Enter")
        try s.waitFor("\"url\": \"\(server.url("/article.html"))\"")
    }
}

@Suite("load --urls FILE in the real binary (a server on 127.0.0.1)")
struct LoadURLListTests {
    @Test("a list of URLs with comments loads each page; a failing one is a line naming it and the rest load")
    func urlList() throws {
        let server = try LocalPageServer()
        let list = LedeRun.temporaryDirectory().appendingPathComponent("reading-list.txt")
        let text = """
            # this week's reading
            \(server.url("/article.html"))

            \(server.url("/missing"))   # gone
            \(server.url("/gzip.html"))
            """
        try text.write(to: list, atomically: false, encoding: .utf8)
        let run = try LedeRun.run(["--no-rc", "-c", "load --urls '\(list.path)'; list --format tsv"])
        #expect(run.stderr.contains(server.url("/missing")), "\(run.stderr)")
        #expect(run.stderr.contains("HTTP 404 Not Found"))
        // The gzipped page is the same article: it loads, and is kept once.
        let rows = run.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 1, "\(run.stdout)")
        #expect(rows.allSatisfy { $0.contains("Harbour ferry returns") })
    }
}
