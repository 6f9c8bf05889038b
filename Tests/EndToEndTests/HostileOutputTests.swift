import Foundation
import Testing

/// What lede prints about data it did not write itself (echoed commands, a plugin's log) reaches
/// the terminal without the escape sequences the data holds.
@Suite("Hostile text in lede's own output")
struct HostileOutputTests {
    static let escapes = ["\u{1B}]0;pwned\u{7}", "\u{1B}]52;c;cHduZWQ=\u{7}", "\u{1B}[2J"]

    static func hasEscape(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B }
    }

    @Test("--echo prints each command without the escape sequences its words hold")
    func echo() throws {
        let word = Self.escapes.joined() + "visible"
        let run = try LedeRun.run(["--echo", "-c", "echo '\(word)'"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("> echo visible\n"))
        #expect(!Self.hasEscape(run.stdout))
    }

    @Test("lede analyze forwards a custom plugin's log lines without their escape sequences")
    func forwardedPluginLog() throws {
        let folder = LedeRun.temporaryDirectory()
        let script = """
            import json, sys
            for line in sys.stdin:
                request = json.loads(line)
                method, rid = request.get("method"), request.get("id")
                if method == "initialize":
                    result = {"protocol_version": 1, "name": "noisy", "version": "0.0.1", "capabilities": {}}
                elif method == "shutdown":
                    print(json.dumps({"jsonrpc": "2.0", "id": rid, "result": None}), flush=True)
                    break
                else:
                    sys.stderr.write("\\x1b]0;pwned\\x07\\x1b]52;c;cHduZWQ=\\x07\\x1b[2Jnoisy log line\\n")
                    sys.stderr.flush()
                    result = {"length": 1}
                print(json.dumps({"jsonrpc": "2.0", "id": rid, "result": result}), flush=True)
            """
        try LedeRun.writePlugin(
            "noisy", in: folder,
            manifest: #"{"name": "noisy", "version": "0.0.1", "protocol_version": 1, "command": ["python3", "noisy.py"]}"#,
            files: ["noisy.py": script])
        let run = try LedeRun.run(
            ["analyze", "--with", "noisy", "--plugins", folder.path, "--no-progress"],
            input: "{\"id\": \"a\", \"text\": \"The council met on Tuesday.\"}\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("[noisy] noisy log line"))
        #expect(!Self.hasEscape(run.stderr))
    }
}

@Suite("Standard output that refuses writes")
struct RefusedOutputTests {
    @Test("a full or closed standard output is one error line and status 1, never a crash", arguments: ["> /dev/full", ">&-"])
    func refusedStdout(redirection: String) throws {
        let binary = try LedeRun.requireBinary()
        let dir = LedeRun.temporaryDirectory()
        let errors = dir.appendingPathComponent("err").path
        let script = "'\(binary)' --no-rc -c 'echo hi; echo again' \(redirection) 2>'\(errors)'; echo \"status=$?\""
        let result = try LedeRun.run(["--no-rc", "-c", "!" + script])
        #expect(result.stdout.contains("status=1"), "\(result.stdout)\(result.stderr)")
        let text = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(text.hasPrefix("error: cannot write to standard output: "), "\(text)")
        #expect(text.split(separator: "\n").count == 1, "\(text)")
    }

    @Test("a full standard error does not crash lede")
    func refusedStderr() throws {
        let binary = try LedeRun.requireBinary()
        let result = try LedeRun.run(["--no-rc", "-c", "!'\(binary)' --no-rc -c bogus 2>/dev/full; echo \"status=$?\""])
        #expect(result.stdout.contains("status=1"), "\(result.stdout)\(result.stderr)")
    }
}
