import Foundation
import Testing

/// The prompt, script files, `-c` and piped input share one loop; these are the cases where they
/// used to differ.
@Suite("One input path: scripts, -c and piped input behave alike")
struct InputPathTests {
    func write(_ text: String, to name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }

    @Test("each command of a ';' line sees what the commands before it set", arguments: ["-c", "stdin", "script"])
    func semicolonSeesEarlierCommands(mode: String) throws {
        let line = "set x 5; echo $x; set x 6; echo \"now $x\""
        let run = try Self.run(line, mode: mode)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "5\nnow 6\n")
    }

    @Test("--keep-going goes on after a failing command inside a ';' line", arguments: ["-c", "stdin", "script"])
    func keepGoingInsideALine(mode: String) throws {
        let run = try Self.run("echo a; nosuchcommand; echo b", mode: mode, extra: ["--keep-going"])
        #expect(run.status == 1)
        #expect(run.stdout == "a\nb\n")
        let stopped = try Self.run("echo a; nosuchcommand; echo b", mode: mode)
        #expect(stopped.stdout == "a\n")
    }

    @Test("$@ gives each script argument as a word: 'load $@' loads two files")
    func dollarAtSplits() throws {
        let dir = LedeRun.temporaryDirectory()
        let one = try write("First title\nOne body.\n", to: "one.txt", in: dir)
        let two = try write("Second title\nTwo body.\n", to: "two words.txt", in: dir)
        let script = try write("load $@\nlist --format tsv\n", to: "s.lede", in: dir)
        let run = try LedeRun.run([script, one, two])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("First title") && run.stdout.contains("Second title"))
    }

    @Test("'load -' in piped commands reads the article from the lines after it, up to a lone '.'")
    func loadDashInPipedScript() throws {
        let input = "load -\nHarbour bridge reopens\nMayor Ana Ruiz said: \"It is safe.\"\n.\nlist --format tsv\necho done\n"
        let run = try LedeRun.run([], input: input)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Harbour bridge reopens"))
        #expect(run.stdout.hasSuffix("done\n"))
    }

    @Test("record records from -c and from piped input, each command as it ran")
    func recordOutsideThePrompt() throws {
        let dir = LedeRun.temporaryDirectory()
        let target = dir.appendingPathComponent("rec.lede").path
        _ = try LedeRun.run(["-c", "record '\(target)'; set who Ana; echo hi $who"])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "# recorded by lede\nset who Ana; echo hi Ana\n")
        _ = try LedeRun.run([], input: "record '\(target)'\necho 'a;b'\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "# recorded by lede\necho 'a;b'\n")
    }

    @Test("a CRLF script runs line by line; a failing line never becomes a truncating redirect")
    func crlfScript() throws {
        let dir = LedeRun.temporaryDirectory()
        let keep = dir.appendingPathComponent("keep.csv")
        try "precious\n".write(to: keep, atomically: false, encoding: .utf8)
        let script = try write("#!/usr/bin/env lede\r\necho one\r\nnosuchcommand\r\necho two > '\(keep.path)'\r\n", to: "s.lede", in: dir)
        let run = try LedeRun.run([script])
        #expect(run.status == 1)
        #expect(run.stdout == "one\n")
        #expect(run.stderr.contains("s.lede:3: error: unknown command 'nosuchcommand'"))
        #expect(try String(contentsOf: keep, encoding: .utf8) == "precious\n")
    }

    /// Runs `line` as `-c`, as piped standard input, or as a one-line script file.
    static func run(_ line: String, mode: String, extra: [String] = []) throws -> LedeRun {
        switch mode {
        case "-c":
            return try LedeRun.run(extra + ["-c", line])
        case "stdin":
            return try LedeRun.run(extra, input: line + "\n")
        default:
            let dir = LedeRun.temporaryDirectory()
            let url = dir.appendingPathComponent("one.lede")
            try (line + "\n").write(to: url, atomically: false, encoding: .utf8)
            return try LedeRun.run(extra + [url.path])
        }
    }
}

@Suite("lede analyze is a subcommand of the one command line")
struct AnalyzeCommandLineTests {
    @Test("a bad --jobs is one error line and the usage line, exit 64")
    func badJobs() throws {
        let run = try LedeRun.run(["analyze", "--with", "entities", "--jobs", "abc"])
        #expect(run.status == 64)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("error: ") == true && lines.first?.contains("'abc'") == true)
        #expect(lines.last?.hasPrefix("usage: lede analyze ") == true)
    }

    @Test("'lede analyze --help' is the parser's help for analyze")
    func help() throws {
        let run = try LedeRun.run(["analyze", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: lede analyze"))
    }
}

@Suite("One article decoder for load and lede analyze")
struct ArticleDecoderTests {
    @Test("a CRLF JSONL line gives the same offsets after 'load' as in 'lede analyze'")
    func sameOffsets() throws {
        let dir = LedeRun.temporaryDirectory()
        let file = dir.appendingPathComponent("c.jsonl")
        try #"{"id":"a","text":"Line one.\r\nMayor Ana Ruiz spoke."}"#.appending("\n").write(to: file, atomically: false, encoding: .utf8)
        let batch = try LedeRun.run(["analyze", "--with", "entities", "--input", file.path, "--no-progress"])
        #expect(batch.stdout.contains(#""start": 17"#), "\(batch.stdout)")
        let loaded = try LedeRun.run(["-c", "load '\(file.path)'; mentions Ruiz --format tsv"])
        #expect(loaded.stdout.contains("Ana Ruiz\t17\t"), "\(loaded.stdout)")
    }
}
