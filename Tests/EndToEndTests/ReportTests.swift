import Foundation
import Testing

/// Reports opened in headless Chromium (Debian's `chromium`, named in LEDE_TEST_CHROMIUM by
/// scripts/test.sh), with no network.
@Suite("Reports in a real browser", .serialized, .enabled(if: ProcessInfo.processInfo.environment["LEDE_TEST_CHROMIUM"] != nil))
struct ReportTests {
    static let chromium = ProcessInfo.processInfo.environment["LEDE_TEST_CHROMIUM"] ?? "chromium"

    static func run(_ arguments: [String], timeout: Double = 120) throws -> ProgramRun {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = LedeRun.temporaryDirectory().path
        return try ProgramRun.run(arguments, environment: environment, timeout: timeout)
    }

    /// Chromium with no network at all (every host resolves nowhere), headless.
    static func browser(_ extra: [String], page: String, timeout: Double = 120) throws -> ProgramRun {
        try run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0"] + extra + ["file://" + page],
            timeout: timeout)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test("the samples' report loads offline with no script error; one highlight per mention, one node per actor; the screenshot is not blank")
    func samplesReport() throws {
        let folder = LedeRun.temporaryDirectory()
        let report = folder.appendingPathComponent("samples.html").path
        let samples = LedeRun.root.appendingPathComponent("scripts/samples").path
        let made = try LedeRun.run(["--no-rc", "-c", "load '\(samples)'; report --all --output '\(report)'; show --all --format jsonl"])
        #expect(made.status == 0, "\(made.stderr)")
        // What the report should show, counted from lede analyze's own output.
        let analysed = try LedeRun.run(["analyze", "--with", "entities,stance"], input: made.stdout)
        var mentions = 0
        var actors = Set<String>()
        for line in analysed.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            mentions += (object["entities"] as? [Any])?.count ?? 0
            for relation in ((object["stance"] as? [String: Any])?["relations"] as? [[String: Any]]) ?? [] {
                actors.insert(relation["source"] as? String ?? "")
                actors.insert(relation["target"] as? String ?? "")
            }
        }
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"), "nothing fetched")
        let page = try Self.browser(["--dump-dom"], page: report)
        #expect(page.status == 0, "\(page.stderr.suffix(2000))")
        #expect(page.stdout.contains("data-ready=\"yes\""), "the page's script ran to its end")
        #expect(!page.stderr.contains("Uncaught"), "\(page.stderr.suffix(2000))")
        #expect(Self.count("data-entity=\"", in: page.stdout) == mentions, "one highlight per entity mention (\(mentions))")
        #expect(Self.count("class=\"node ", in: page.stdout) == actors.count, "one node per actor (\(actors.count))")
        #expect(Self.count("data-speaker=\"", in: page.stdout) > 100)
        let shot = folder.appendingPathComponent("samples.png").path
        let screenshot = try Self.browser(["--screenshot=\(shot)", "--window-size=1280,1600", "--hide-scrollbars"], page: report)
        #expect(screenshot.status == 0, "\(screenshot.stderr.suffix(2000))")
        let pixels = try Self.run(["/usr/bin/env", "python3", LedeRun.root.appendingPathComponent("Tests/report/png_check.py").path, shot])
        let changed = Int(pixels.stdout.split(separator: " ").dropFirst(2).first ?? "") ?? 0
        #expect(changed > 50_000, "\(pixels.stdout)\(pixels.stderr)")
    }

    @Test("a report of 1,000 articles stays under 10 MB and renders in Chromium within 60 seconds")
    func thousandArticles() throws {
        let folder = LedeRun.temporaryDirectory()
        let samples = LedeRun.root.appendingPathComponent("scripts/samples")
        var lines = ""
        let texts = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: samples.appendingPathComponent($0), encoding: .utf8).components(separatedBy: "---").last ?? "" }
        for n in 0..<1000 {
            let text = texts[n % texts.count] + "\n\nThis is copy \(n) of the story."
            let object: [String: Any] = ["id": "c\(n)", "title": "Copy \(n)", "date": "2026-0\(n % 9 + 1)-1\(n % 9)", "text": text]
            lines += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
        }
        let input = folder.appendingPathComponent("articles.jsonl")
        try lines.write(to: input, atomically: false, encoding: .utf8)
        let report = folder.appendingPathComponent("big.html").path
        let made = try LedeRun.run(["--no-rc", "-c", "load '\(input.path)'; report --all -o '\(report)'"], timeout: 300)
        #expect(made.status == 0, "\(made.stderr)")
        let size = (try FileManager.default.attributesOfItem(atPath: report)[.size] as? Int) ?? 0
        #expect(size > 1_000_000 && size < 10_000_000, "\(size) bytes")
        let page = try Self.browser(["--dump-dom"], page: report, timeout: 120)
        #expect(page.status == 0 && page.stdout.contains("data-ready=\"yes\""), "\(page.stderr.suffix(2000))")
        #expect(page.seconds < 60, "rendered in \(page.seconds) s")
        #expect(Self.count("<details", in: page.stdout) == 1000)
        #expect(Self.count("class=\"page\" data-page=", in: page.stdout) == 20)
    }
}
