import Foundation
import Testing

/// A corpus at the prompt, in the one serialized suite of terminal tests.
extension InteractiveTests {
    @Test("at the prompt a corpus loads once, indexes, and draws a timeline's sparkline; reopened it is as it was")
    func corpusAtThePrompt() throws {
        let corpus = LedeRun.temporaryDirectory().appendingPathComponent("week.db").path
        let s = try start("--no-rc --corpus '\(corpus)'")
        s.type("load scripts/samples")
        s.keys("Enter")
        try s.waitFor("loaded 10 articles; current: 1:")
        s.type("load scripts/samples/05*")
        s.keys("Enter")
        try s.waitFor("0 new, 1 already loaded")
        s.type("index --with entities,quotes")
        s.keys("Enter")
        try s.waitFor("indexed 10 articles (20 analyses)")
        s.type("timeline Voss --by month")
        s.keys("Enter")
        try s.waitFor("Dragan Voss, mentions per month: █")
        s.type("use 4")
        s.keys("Enter")
        try s.waitFor("lede 4 ")
        // A second lede on the same file, while the first still has it open.
        let again = try start("--no-rc --corpus '\(corpus)'")
        try again.waitFor("lede 4 Court halts")
        again.type("index")
        again.keys("Enter")
        try again.waitFor("indexed 10 articles")
        again.type("index")
        again.keys("Enter")
        try again.waitFor("index: every analysis is there already")
    }
}

/// The pager and wrapping at a real terminal.
extension InteractiveTests {
    @Test("output taller than the terminal goes through $PAGER; set pager off and short output do not")
    func pager() throws {
        let pager = LedeRun.temporaryDirectory().appendingPathComponent("pager.sh")
        try "#!/bin/sh\necho PAGED-BY-THE-PAGER\ncat > /dev/null\n".write(to: pager, atomically: false, encoding: .utf8)
        chmod(pager.path, 0o755)
        let s = try start("--no-rc scripts/samples", environment: ["PAGER": pager.path])
        try s.waitFor("loaded 10 articles")
        s.type("echo short")
        s.keys("Enter")
        try s.waitFor("\nshort\n")
        s.type("show 2")
        s.keys("Enter")
        try s.waitFor("PAGED-BY-THE-PAGER")
        s.type("set pager off")
        s.keys("Enter")
        s.type("show 2")
        s.keys("Enter")
        // The fake pager prints none of the text: the article's last line on screen means no pager.
        try s.waitFor("The two leaders are due to meet again in June in Bergvik.")
    }

    @Test("show wraps an article at the terminal's width on word boundaries")
    func showWraps() throws {
        let s = try TmuxSession(command: "\(lede) --no-rc scripts/samples", width: 60, height: 60, environment: ["PAGER": "cat"])
        try s.waitFor("loaded 10 articles")
        s.type("show 1")
        s.keys("Enter")
        let screen = try s.waitFor("Okafor of Maranthia told reporters")
        let lines = screen.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(lines.contains { $0.hasPrefix("Foreign Minister Adaeze Okafor of Maranthia told") })
    }
}

/// Small pictures at a colour terminal, and none without colour.
extension InteractiveTests {
    @Test("stance matrix is a coloured grid and entities --all has a trend sparkline at a colour terminal; NO_COLOR gives the tables")
    func terminalPictures() throws {
        let s = try start("--no-rc scripts/samples", environment: ["PAGER": "cat"])
        try s.waitFor("loaded 10 articles")
        s.type("stance matrix")
        s.keys("Enter")
        try s.waitFor("rows: who takes the stance; columns: toward whom.")
        s.type("entities --all --type PERSON --top 3")
        s.keys("Enter")
        let screen = try s.waitFor("3 of 48 entities")
        #expect(screen.contains("trend"))
        #expect(screen.contains("█"), "a sparkline's top bar")
        let plain = try start("--no-rc scripts/samples", environment: ["PAGER": "cat", "NO_COLOR": "1"])
        try plain.waitFor("loaded 10 articles")
        plain.type("stance matrix")
        plain.keys("Enter")
        let table = try plain.waitFor("Sabine Kugler    Dragan Voss")
        #expect(table.contains("polarity") && !table.contains("rows: who takes the stance"))
    }
}

/// Ctrl-C while `load -` reads the terminal.
extension InteractiveTests {
    @Test("Ctrl-C during load - cancels the load with 'interrupted', not 'empty file', and the prompt comes back")
    func interruptLoadFromTerminal() throws {
        let s = try start()
        s.type("load -")
        s.keys("Enter")
        Thread.sleep(forTimeInterval: 0.3)
        s.keys("C-c")
        let screen = try s.waitFor("error: interrupted")
        #expect(!screen.contains("empty file"), "\(screen)")
        s.type("echo back")
        s.keys("Enter")
        try s.waitFor("\nback\n")
    }
}
