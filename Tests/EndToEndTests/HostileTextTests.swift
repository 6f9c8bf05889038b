import Foundation
import Testing

/// Article titles and file names are data: at a real terminal, completing them never runs a
/// command, redirects output or reaches the terminal as escape sequences.
@Suite("Hostile text at the prompt", .enabled(if: TmuxSession.isAvailable), .serialized, .timeLimit(.minutes(1)))
struct HostileTextTests {
    /// Writes fictional articles with these titles as one JSON file; returns its path.
    static func articles(_ titles: [String], in folder: URL) throws -> String {
        let items = titles.enumerated().map { ["title": $1, "text": "The council met on Tuesday. Item \($0 + 1) passed."] }
        let url = folder.appendingPathComponent("articles.json")
        try JSONSerialization.data(withJSONObject: items).write(to: url)
        return url.path
    }

    func start(_ arguments: String) throws -> TmuxSession {
        let session = try TmuxSession(command: "\(LedeRun.binary) --no-rc \(arguments)")
        try session.waitFor("\nlede")
        return session
    }

    @Test("a hostile title completed after 'use' and run selects that article and runs nothing else")
    func hostileTitles() throws {
        let folder = LedeRun.temporaryDirectory()
        let marker = folder.appendingPathComponent("touched").path
        let victim = folder.appendingPathComponent("victim.txt").path
        try "keep\n".write(toFile: victim, atomically: false, encoding: .utf8)
        let titles = [
            "Breaking|touch${IFS}\(marker)", "Markets>\(victim)", "Aside; unload --all", "Zürich Ölhafen",
        ]
        let s = try start("'\(try Self.articles(titles, in: folder))'")
        try s.waitFor("loaded 4 articles")
        for (number, (typed, title)) in zip(["Brea", "Mark", "Asi", "Zür"], titles).enumerated() {
            s.type("use \(typed)")
            s.keys("Tab")
            try s.waitFor("use '\(title)'")
            s.keys("Enter")
            try s.waitFor("\n\(number + 1): \(title)\n")
        }
        #expect(!FileManager.default.fileExists(atPath: marker))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep\n")
        s.type("list --format csv | wc -l")
        s.keys("Enter")
        try s.waitFor("\n5\n")
    }

    @Test("a file name with a blank completes as one quoted path")
    func fileNameWithBlank() throws {
        let folder = LedeRun.temporaryDirectory()
        let downloads = folder.appendingPathComponent("dl")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        try "---\ntitle: Quay reopens\n---\nThe quay reopened on Friday.\n".write(
            to: downloads.appendingPathComponent("my article.txt"), atomically: false, encoding: .utf8)
        let s = try start("")
        s.type("load \(downloads.path)/my")
        s.keys("Tab")
        try s.waitFor("load '\(downloads.path)/my article.txt'")
        s.keys("Enter")
        try s.waitFor("loaded 1 article; current: 1: Quay reopens")
    }

    @Test("Tab lists titles without the window-title, clipboard and clear-screen sequences they hold")
    func listedTitlesAreSanitized() throws {
        let folder = LedeRun.temporaryDirectory()
        let titles = [
            "Harbour \u{1B}]0;pwned-title\u{7}talks", "Harvest \u{1B}]52;c;cHduZWQ=\u{7}fair", "Harness \u{1B}[2Jrace",
        ]
        let s = try start("'\(try Self.articles(titles, in: folder))'")
        try s.waitFor("loaded 3 articles")
        let output = folder.appendingPathComponent("terminal.out").path
        try s.copyOutput(to: output)
        s.type("use Har")
        s.keys("Tab")
        try s.waitFor("Harness race")
        try s.waitFor("Harvest fair")
        let screen = try s.waitFor("Harbour talks")
        #expect(screen.contains("loaded 3 articles"), "the screen was cleared")
        #expect(!s.paneTitle.contains("pwned"))
        let bytes = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: output))) ?? Data(), as: UTF8.self)
        #expect(bytes.contains("Harness race"))
        #expect(!bytes.contains("\u{1B}]"))
        #expect(!bytes.contains("\u{1B}[2J"))
    }
}

extension HostileTextTests {
    @Test("record writes what ran, quoted; a title holding a line break cannot add a command to the script")
    func recordQuotes() throws {
        let folder = LedeRun.temporaryDirectory()
        let articles = try Self.articles(["Quiet day\nunload --all", "Ferry fares; list"], in: folder)
        let script = folder.appendingPathComponent("saved.lede").path
        let s = try start("")
        s.type("record \(script)")
        s.keys("Enter")
        try s.waitFor("recording to")
        s.type("load \(articles)")
        s.keys("Enter")
        try s.waitFor("loaded 2 articles")
        s.type("use Qui")
        s.keys("Tab")
        s.keys("Enter")
        try s.waitFor("1: Quiet day\nunload --all\n")
        try s.waitFor("not recorded")
        s.type("set who 'Ferry fares; list'")
        s.keys("Enter")
        s.type("use $who")
        s.keys("Enter")
        try s.waitFor("2: Ferry fares; list\n")
        s.type("record stop")
        s.keys("Enter")
        try s.waitFor("stopped recording")
        let text = try String(contentsOfFile: script, encoding: .utf8)
        #expect(text == "# recorded by lede\nload \(articles)\nset who 'Ferry fares; list'\nuse 'Ferry fares; list'\n")
        let replay = try LedeRun.run(["--echo", script])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout.contains("> use Ferry fares; list\n"))
        #expect(!replay.stdout.contains("> unload") && !replay.stdout.contains("> list"))
    }
}
