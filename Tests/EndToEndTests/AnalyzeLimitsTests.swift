import Foundation
import Testing

/// `lede analyze` never holds an endless line: past --max-line it reads on and reports the line.
@Suite("lede analyze and very long lines")
struct AnalyzeLimitsTests {
    @Test("a line past --max-line is one error line naming it; the lines around it are analysed")
    func longLineSkipped() throws {
        let long = #"{"id": "huge", "text": ""# + String(repeating: "x", count: 3_000_000) + #""}"#
        let input = #"{"id": "a", "text": "Ann Lee spoke."}"# + "\n" + long + "\n" + #"{"id": "b", "text": "Bob Kay left."}"# + "\n"
        let run = try LedeRun.run(["analyze", "--with", "summary", "--max-line", "1"], input: input)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix(#"{"id": "a""#) && lines[2].hasPrefix(#"{"id": "b""#))
        #expect(lines[1] == #"{"id": null, "error": "line 2: longer than 1 MB (3000026 bytes); skipped"}"#)
    }

    @Test("an endless last line without a line break is skipped too; a bad --max-line is refused")
    func endlessLine() throws {
        let input = #"{"id": "a", "text": "Ann Lee spoke."}"# + "\n" + String(repeating: "y", count: 2_500_000)
        let run = try LedeRun.run(["analyze", "--with", "summary", "--max-line", "1", "--strict"], input: input)
        #expect(run.status == 1)
        #expect(run.stdout.contains(#""error": "line 2: longer than 1 MB (2500000 bytes); skipped""#), "\(run.stdout)")
        let bad = try LedeRun.run(["analyze", "--with", "summary", "--max-line", "0"])
        #expect(bad.status != 0 && bad.stderr.contains("--max-line"))
    }
}
