import Foundation
import Testing

@Suite("quotes --min-confidence")
struct QuotesConfidenceTests {
    static let sample = LedeRun.root.appendingPathComponent("scripts/samples/03-rotterdam-dock-strike.txt").path

    /// The confidence column of a TSV listing.
    static func confidences(_ tsv: String) -> [Double] {
        tsv.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").last.flatMap { Double($0) } }
    }

    @Test("keeps only quotes attributed with at least that confidence, and says how many there were")
    func filters() throws {
        let all = try LedeRun.run(["--no-rc", "-c", "load '\(Self.sample)'; quotes --format tsv"])
        let sure = try LedeRun.run(["--no-rc", "-c", "load '\(Self.sample)'; quotes --min-confidence 0.9 --format tsv"])
        #expect(all.status == 0 && sure.status == 0, "\(all.stderr)\(sure.stderr)")
        let before = Self.confidences(all.stdout)
        let after = Self.confidences(sure.stdout)
        #expect(before.contains { $0 < 0.9 }, "the sample has less sure quotes: \(before)")
        #expect(!after.isEmpty && after.allSatisfy { $0 >= 0.9 })
        #expect(after.count == before.filter { $0 >= 0.9 }.count)
    }

    @Test("a value outside 0 to 1 is one error naming the option", arguments: ["2", "-0.5", "sure"])
    func badValue(value: String) throws {
        let run = try LedeRun.run(["--no-rc", "-c", "load '\(Self.sample)'; quotes --min-confidence \(value)"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--min-confidence takes a number from 0 to 1"), "\(run.stderr)")
    }
}
