import Foundation
import Testing

@Suite("Scripts, -c and piped input through the one executor")
struct ScriptTests {
    func write(_ text: String, to name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }

    @Test("a script stops at its first error with FILE:LINE and a non-zero status")
    func stopsAtFirstError() throws {
        let dir = LedeRun.temporaryDirectory()
        let script = try write("echo one\nnosuchcommand\necho three\n", to: "s.lede", in: dir)
        let run = try LedeRun.run([script])
        #expect(run.status == 1)
        #expect(run.stdout == "one\n")
        #expect(run.stderr.contains("s.lede:2: error: unknown command 'nosuchcommand'"))
    }

    @Test("--keep-going runs every line and still fails")
    func keepGoing() throws {
        let dir = LedeRun.temporaryDirectory()
        let script = try write("echo one\nnosuchcommand\necho three\n", to: "s.lede", in: dir)
        let run = try LedeRun.run(["--keep-going", script])
        #expect(run.status == 1)
        #expect(run.stdout == "one\nthree\n")
    }

    @Test("script arguments, variables, comments and --echo")
    func interpolation() throws {
        let dir = LedeRun.temporaryDirectory()
        let script = try write(
            "# a comment\nset who \"Keir Starmer\"\necho $who said ${1} to $2 # trailing comment\necho '$who' \"$#\"\n",
            to: "s.lede", in: dir)
        let run = try LedeRun.run([script, "hello", "Moscow"])
        #expect(run.status == 0)
        #expect(run.stdout == "Keir Starmer said hello to Moscow\n$who 2\n")
        let echoed = try LedeRun.run(["--echo", script, "a", "b"])
        #expect(echoed.stdout.hasPrefix("> set who Keir Starmer\n> echo Keir Starmer said a to b\n"))
    }

    @Test("an unknown variable and an unterminated quote name the line")
    func badLines() throws {
        let dir = LedeRun.temporaryDirectory()
        let unknown = try write("echo $nothing\n", to: "u.lede", in: dir)
        let run = try LedeRun.run([unknown])
        #expect(run.status == 1)
        #expect(run.stderr.contains("u.lede:1: error: unknown variable 'nothing'"))
        let quote = try write("echo fine\necho \"open\n", to: "q.lede", in: dir)
        let run2 = try LedeRun.run([quote])
        #expect(run2.stderr.contains("q.lede:2: error: unterminated double quote"))
    }

    @Test("-c runs commands separated by ';'")
    func dashC() throws {
        let run = try LedeRun.run(["-c", "echo a; echo b"])
        #expect(run.status == 0)
        #expect(run.stdout == "a\nb\n")
        let failing = try LedeRun.run(["-c", "echo a; lsit"])
        #expect(failing.status == 1)
        #expect(failing.stderr.contains("did you mean 'list'?"))
    }

    @Test("piped standard input runs like a script")
    func piped() throws {
        let run = try LedeRun.run([], input: "echo a\n\necho b\nbogus\necho c\n")
        #expect(run.status == 1)
        #expect(run.stdout == "a\nb\n")
        #expect(run.stderr.contains("<stdin>:4: error: unknown command 'bogus'"))
        #expect(!run.stdout.contains("lede>"))
    }

    @Test("nested run works; a script that runs itself is stopped")
    func nested() throws {
        let dir = LedeRun.temporaryDirectory()
        _ = try write("echo inner $1\n", to: "inner.lede", in: dir)
        let outer = try write("run \(dir.path)/inner.lede x\necho outer\n", to: "outer.lede", in: dir)
        let run = try LedeRun.run([outer])
        #expect(run.stdout == "inner x\nouter\n")
        let loop = try write("echo once\nrun \(dir.path)/loop.lede\n", to: "loop.lede", in: dir)
        let run2 = try LedeRun.run([loop])
        #expect(run2.status == 1)
        #expect(run2.stderr.contains("is already running"))
        let missing = try LedeRun.run(["-c", "run /nonexistent/x.lede"])
        #expect(missing.stderr.contains("error: run: no such file '/nonexistent/x.lede'"))
    }

    @Test("redirection to a file, appending, and through a shell command")
    func redirection() throws {
        let dir = LedeRun.temporaryDirectory()
        let out = dir.appendingPathComponent("out.txt").path
        let run = try LedeRun.run(["-c", "echo one > \(out); echo two >> \(out); echo three | tr a-z A-Z"])
        #expect(run.status == 0)
        #expect(run.stdout == "THREE\n")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "one\ntwo\n")
        // Writing to a device writes through it; it never replaces it with a file.
        let device = try LedeRun.run(["-c", "echo gone > /dev/null; echo kept"])
        #expect(device.stdout == "kept\n")
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
        let bad = try LedeRun.run(["-c", "echo x > /nonexistent-dir/f.txt"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("cannot write '/nonexistent-dir/f.txt'"))
    }

    @Test("analyze --output writes through what the path names, never replacing it")
    func analyzeOutputInPlace() throws {
        let dir = LedeRun.temporaryDirectory()
        let target = dir.appendingPathComponent("results.jsonl")
        let link = dir.appendingPathComponent("link.jsonl")
        try "old contents\n".write(to: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let run = try LedeRun.run(
            ["analyze", "--with", "summary", "--output", link.path, "--no-progress"],
            input: "{\"id\": \"a\", \"text\": \"The port reopened on Monday.\"}\n")
        #expect(run.status == 0)
        // Like `> /dev/null`: the link (or a device) stays, and the file it names gets the output.
        let type = try FileManager.default.attributesOfItem(atPath: link.path)[.type] as? FileAttributeType
        #expect(type == .typeSymbolicLink)
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.hasPrefix("{\"id\": \"a\""))
        let bad = try LedeRun.run(["analyze", "--with", "summary", "--output", "/nonexistent-dir/out.jsonl"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("cannot write '/nonexistent-dir/out.jsonl'"))
    }

    @Test("a shell command that leaves a job in the background does not hold lede")
    func pipeWithBackgroundJob() throws {
        let dir = LedeRun.temporaryDirectory()
        let out = dir.appendingPathComponent("piped.txt").path
        let script = "echo hi | sh -c 'cat > \(out); sleep 60 > /dev/null 2>&1 &'\necho done\n"
        let run = try LedeRun.run([], input: script, timeout: 30)
        #expect(run.status == 0)
        #expect(run.stdout == "done\n")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "hi\n")
    }

    @Test("the rc file runs first unless --no-rc")
    func rcFile() throws {
        let dir = LedeRun.temporaryDirectory()
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("lede"), withIntermediateDirectories: true)
        try "set greeting hi\n".write(to: dir.appendingPathComponent("lede/rc"), atomically: false, encoding: .utf8)
        let env = ["XDG_CONFIG_HOME": dir.path]
        let run = try LedeRun.run(["-c", "echo $greeting"], environment: env)
        #expect(run.stdout == "hi\n")
        let norc = try LedeRun.run(["--no-rc", "-c", "echo $greeting"], environment: env)
        #expect(norc.status == 1)
    }

    @Test("lede --help and --version behave like any Unix tool")
    func helpAndVersion() throws {
        let help = try LedeRun.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: lede"))
        let version = try LedeRun.run(["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let bad = try LedeRun.run(["--bogus"])
        #expect(bad.status != 0)
    }

    @Test("help for a command lines its options' help up in one column")
    func commandHelpColumns() throws {
        let run = try LedeRun.run(["--no-rc", "-c", "help quotes"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let options = try #require(lines.firstIndex(of: "options:"))
        let rows = lines[(options + 1)...].prefix { $0.hasPrefix("  --") }
        #expect(rows.count >= 4)
        // Where each row's help text starts: after the flag and the run of spaces that follows it.
        let columns = Set(
            rows.map { row -> Int in
                let body = row.dropFirst(2)
                guard let gap = body.range(of: "  ") else { return -1 }
                return row.count - body[gap.lowerBound...].drop { $0 == " " }.count
            })
        #expect(columns.count == 1)
    }

    @Test("find reports every hit in context; --word keeps whole words only")
    func find() throws {
        let dir = LedeRun.temporaryDirectory()
        _ = try write("Allies rally\nAn ally said the rally was finally over, said her ally.\n", to: "a.txt", in: dir)
        let all = try LedeRun.run(["-c", "load \(dir.path)/a.txt; find ally --format tsv"])
        #expect(all.stdout.split(separator: "\n").count == 1 + 4)  // ally, rally, finally, ally
        let words = try LedeRun.run(["-c", "load \(dir.path)/a.txt; find ally --word --format tsv"])
        let rows = words.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.contains("\tally\t") })
    }
}
