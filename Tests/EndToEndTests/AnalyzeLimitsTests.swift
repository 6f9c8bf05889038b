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

/// Text that once took quadratic time.
@Suite("Large articles")
struct LargeArticleTests {
    @Test("stance and tone on 2.7 MB of words heavy with combining marks finish well inside a minute")
    func combiningMarks() throws {
        let word = "e\u{301}\u{301}\u{301}\u{301}x"
        let text = "Ann Lee praised Bob Kay. " + Array(repeating: word, count: 100_000).joined(separator: " ") + "."
        let object: [String: Any] = ["id": "marks", "title": "Marks", "text": text]
        let file = LedeRun.temporaryDirectory().appendingPathComponent("marks.jsonl")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        let run = try LedeRun.run(["--no-rc", "-c", "load '\(file.path)'; stance --format tsv; tone --format tsv"], timeout: 60)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Ann Lee\tpositive\tBob Kay"), "\(run.stdout.prefix(500))")
    }

    @Test("tone on an article of 30,000 sentences, each with a quotation and a person met, finishes well inside a minute")
    func manyQuotesAndMentions() throws {
        let names = ["Ann Lee", "Bob Kay", "Cai Ng"]
        let sentences = (0..<30_000).map { "\(names[$0 % 3]) met \(names[($0 + 1) % 3]) in Oslo and said \"we will talk again\"." }
        let object: [String: Any] = ["id": "quotes", "title": "Talks", "text": sentences.joined(separator: " ")]
        let file = LedeRun.temporaryDirectory().appendingPathComponent("quotes.jsonl")
        try JSONSerialization.data(withJSONObject: object).write(to: file)
        let run = try LedeRun.run(["--no-rc", "-c", "load '\(file.path)'; tone --format tsv"], timeout: 60)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Ann Lee\t"), "\(run.stdout.prefix(500))")
    }
}
