import Foundation
import Testing

/// The interactive shell at a real terminal (tmux), as a person would use it.
@Suite("Interactive shell", .enabled(if: TmuxSession.isAvailable), .serialized, .timeLimit(.minutes(1)))
struct InteractiveTests {
    let lede = (try? LedeRun.requireBinary()) ?? LedeRun.binary

    func start(_ arguments: String = "--no-rc", environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession(command: "\(lede) \(arguments)", environment: environment)
        try session.waitFor("\nlede")
        return session
    }

    /// lede on the bundled samples, with the second (the Vienna press conference) current.
    func startOnSecondSample(_ options: String = "") throws -> TmuxSession {
        let s = try start("--no-rc \(options) scripts/samples")
        try s.waitFor("loaded")
        s.type("use 2")
        s.keys("Enter")
        try s.waitFor("lede 2")
        return s
    }

    @Test("Tab completes command names, options and option values")
    func completion() throws {
        let s = try start()
        s.type("hel")
        s.keys("Tab")
        s.type("|")
        try s.waitFor("lede> help |")
        s.keys("C-u")
        s.type("list --fo")
        s.keys("Tab")
        try s.waitFor("list --format")
        s.type("cs")
        s.keys("Tab")
        try s.waitFor("list --format csv")
        s.keys("Enter")
        try s.waitFor("id,current,title")
    }

    @Test("Tab lists ambiguous candidates and completes file paths after load")
    func ambiguousAndFiles() throws {
        let s = try start()
        s.type("u")
        s.keys("Tab")
        try s.waitFor("unload")
        try s.waitFor("use")
        s.keys("C-u")
        s.type("load Package.sw")
        s.keys("Tab")
        s.type("|")
        try s.waitFor("load Package.swift |")
    }

    @Test("history: Up recalls, Ctrl-R searches, the file is private and skips lines starting with a space")
    func history() throws {
        let s = try start()
        // Each wait is for the command's output and the next prompt, not the echo of the typed
        // line: typing ahead of the output would glue the two on one screen line.
        s.type("echo first-entry")
        s.keys("Enter")
        try s.waitFor("\nfirst-entry\nlede>")
        s.type(" echo secret-entry")
        s.keys("Enter")
        try s.waitFor("\nsecret-entry\nlede>")
        s.type("echo second-entry")
        s.keys("Enter")
        try s.waitFor("\nsecond-entry\nlede>")
        s.keys("Up")
        try s.waitFor("lede> echo second-entry")
        s.keys("C-u")
        s.keys("C-r")
        s.type("first")
        try s.waitFor("echo first-entry")
        s.keys("Enter")
        try s.waitUntil("the recalled line ran") { $0.components(separatedBy: "\nfirst-entry\n").count == 3 }
        s.keys("C-d")
        try s.waitForShell()
        let file = s.home.appendingPathComponent("state/lede/history").path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("first-entry"))
        #expect(!text.contains("secret-entry"))
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test("a history file that is a symbolic link is not written through: its target keeps its text and mode")
    func historyThroughLink() throws {
        let state = LedeRun.temporaryDirectory()
        let folder = state.appendingPathComponent("lede")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = state.appendingPathComponent("notes.txt").path
        try "precious\n".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: target)
        let link = folder.appendingPathComponent("history").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let s = try start(environment: ["XDG_STATE_HOME": state.path])
        s.type("echo one-entry")
        s.keys("Enter")
        try s.waitFor("one-entry\n")
        s.type("echo two-entry")
        s.keys("Enter")
        try s.waitFor("two-entry\n")
        s.keys("C-d")
        try s.waitForShell()
        #expect(s.screen.components(separatedBy: "warning: history not saved").count == 2)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
        #expect((try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int) == 0o644)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }

    @Test("Ctrl-C clears the line and keeps lede running; Ctrl-D exits with the terminal restored")
    func controlKeys() throws {
        let s = try start()
        s.type("echo never-run")
        s.keys("C-c")
        try s.waitFor("^C")
        s.type("echo still-alive")
        s.keys("Enter")
        try s.waitFor("still-alive\n")
        #expect(!s.screen.contains("never-run\n"))
        s.keys("C-d")
        try s.waitForShell()
        s.type("stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | sort | tr '\\n' ,")
        s.keys("Enter")
        try s.waitFor("echo,icanon,")
    }

    @Test("Ctrl-C during a running command returns to the prompt")
    func interruptRunningCommand() throws {
        let s = try start()
        s.type("echo waiting | sleep 30")
        s.keys("Enter")
        Thread.sleep(forTimeInterval: 0.5)
        s.keys("C-c")
        s.type("echo back-again")
        s.keys("Enter")
        try s.waitFor("back-again\n", timeout: 10)
    }

    @Test("UTF-8 input works even when the locale is not UTF-8")
    func utf8UnderCLocale() throws {
        let s = try start(environment: ["LANG": "C", "LC_ALL": "C"])
        s.type("echo Zürich–Łódź")
        s.keys("Enter")
        try s.waitFor("Zürich–Łódź\n")
    }

    @Test("the prompt shows the current article")
    func promptShowsArticle() throws {
        let dir = LedeRun.temporaryDirectory()
        try "---\ntitle: Harbour talks resume\n---\nTalks resumed on Monday.\n".write(
            to: dir.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
        let s = try start("--no-rc '\(dir.path)/a.txt'")
        try s.waitFor("lede 1 Harbour talks resume>")
    }

    @Test("record saves the successful commands typed at the prompt as a replayable script")
    func record() throws {
        let s = try start()
        let script = s.home.appendingPathComponent("saved.lede").path
        s.type("record \(script)")
        s.keys("Enter")
        try s.waitFor("recording to")
        s.type("set who Okafor")
        s.keys("Enter")
        s.type("nosuchcommand")
        s.keys("Enter")
        try s.waitFor("unknown command")
        s.type("echo hello $who")
        s.keys("Enter")
        try s.waitFor("hello Okafor")
        s.type("record stop")
        s.keys("Enter")
        try s.waitFor("stopped recording")
        let text = try String(contentsOfFile: script, encoding: .utf8)
        // What ran is recorded: the variable as it was expanded.
        #expect(text.hasSuffix("set who Okafor\necho hello Okafor\n"))
        let replay = try LedeRun.run([script])
        #expect(replay.stdout == "hello Okafor\n")
    }

    @Test("Tab completes names from the analyses after --speaker and mentions")
    func completesNames() throws {
        let s = try startOnSecondSample()
        s.type("quotes --speaker Ele")
        s.keys("Tab")
        try s.waitFor("quotes --speaker 'Elena Marchetti'")
        s.keys("C-u")
        s.type("mentions Dra")
        s.keys("Tab")
        try s.waitFor("mentions 'Dragan Voss'")
    }

    @Test("a custom plugin's manifest completes entity names computed from the loaded articles")
    func customPluginCompletesEntities() throws {
        let folder = LedeRun.temporaryDirectory()
        let manifest = """
            {"name": "who", "version": "1.0.0", "protocol_version": 1, "command": ["./who.sh"],
             "commands": [{"name": "who", "summary": "about one person",
                           "arguments": [{"name": "NAME", "help": "a person", "complete": "entities"}]}]}
            """
        try LedeRun.writePlugin("who", in: folder, manifest: manifest)
        let s = try startOnSecondSample("--plugins '\(folder.path)'")
        s.type("who Dra")
        s.keys("Tab")
        try s.waitFor("who 'Dragan Voss'")
    }

    @Test("Ctrl-C interrupts a long analysis over many articles; what was loaded stays")
    func interruptAnalysis() throws {
        let dir = LedeRun.temporaryDirectory()
        let samples = LedeRun.root.appendingPathComponent("scripts/samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".txt") }
        for copy in 0..<600 {
            for name in names {
                // Each copy differs by a line: lede keeps one of identical articles.
                let text = try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)
                try (text + "\n\nCopy \(copy).\n").write(
                    to: dir.appendingPathComponent("\(copy)-\(name)"), atomically: false, encoding: .utf8)
            }
        }
        let s = try start("--no-rc '\(dir.path)'")
        try s.waitFor("loaded \(600 * names.count) articles", timeout: 60)
        s.type("entities --all > /dev/null")
        s.keys("Enter")
        Thread.sleep(forTimeInterval: 1)
        s.keys("C-c")
        try s.waitFor("error: interrupted", timeout: 20)
        s.type("list | wc -l")
        s.keys("Enter")
        try s.waitFor("\(600 * names.count + 3)")
    }

    @Test("Ctrl-C stops find inside one long article, not only between articles")
    func interruptFindInLongArticle() throws {
        let file = LedeRun.temporaryDirectory().appendingPathComponent("long.txt")
        // 40 MB with the one match at its very end: find spends all its time inside one article.
        let body = String(repeating: "the harbour said the fish were fine. ", count: 1_080_000)
        try ("Findings\n\n" + body + "A zebra.\n").write(to: file, atomically: false, encoding: .utf8)
        let s = try start("--no-rc '\(file.path)'")
        try s.waitFor("loaded", timeout: 60)
        s.type("find zebra")
        s.keys("Enter")
        Thread.sleep(forTimeInterval: 0.5)
        let pressed = Date()
        s.keys("C-c")
        try s.waitFor("error: interrupted", timeout: 20)
        #expect(Date().timeIntervalSince(pressed) < 5, "find went on after Ctrl-C")
        #expect(!s.screen.contains("1 match"), "find ran to its end: \(s.screen)")
        s.type("echo back-again")
        s.keys("Enter")
        try s.waitFor("back-again\n", timeout: 10)
    }
}
