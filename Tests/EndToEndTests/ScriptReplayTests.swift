import Foundation
import Testing

/// The saved scripts in scripts/ replay byte for byte against their expected output.
@Suite("Saved scripts replay")
struct ScriptReplayTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var script: String
        var arguments: [String]
        var testDescription: String { ([script] + arguments).joined(separator: " ") }
    }

    static let cases: [Case] = {
        let list = LedeRun.root.appendingPathComponent("scripts/expected.txt")
        guard let text = try? String(contentsOf: list, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
            // Arguments are separated by blanks; "…" groups words.
            var words: [String] = []
            var current = ""
            var quoted = false
            for c in line {
                if c == "\"" {
                    quoted.toggle()
                } else if c == " " && !quoted {
                    if !current.isEmpty { words.append(current) }
                    current = ""
                } else {
                    current.append(c)
                }
            }
            if !current.isEmpty { words.append(current) }
            return Case(script: words[0], arguments: Array(words.dropFirst()))
        }
    }()

    @Test("at least three saved scripts are checked")
    func enoughScripts() {
        #expect(Self.cases.count >= 3)
    }

    @Test("replays its expected output", arguments: cases)
    func replay(_ testCase: Case) throws {
        let expectedURL = LedeRun.root.appendingPathComponent(
            "scripts/" + testCase.script.replacingOccurrences(of: ".lede", with: ".expected"))
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        let run = try LedeRun.run(["scripts/" + testCase.script] + testCase.arguments)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout == expected)
        // And again: the output is deterministic.
        let again = try LedeRun.run(["scripts/" + testCase.script] + testCase.arguments)
        #expect(again.stdout == run.stdout)
    }

    @Test("replays unchanged on a corpus file, and again on the same file once it holds the articles", arguments: cases)
    func replayOnCorpus(_ testCase: Case) throws {
        let expectedURL = LedeRun.root.appendingPathComponent(
            "scripts/" + testCase.script.replacingOccurrences(of: ".lede", with: ".expected"))
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        let corpus = LedeRun.temporaryDirectory().appendingPathComponent("replay.db").path
        for _ in 0..<2 {
            let run = try LedeRun.run(["--corpus", corpus, "scripts/" + testCase.script] + testCase.arguments)
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.stdout == expected)
        }
    }
}
