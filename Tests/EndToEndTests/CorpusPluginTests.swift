import Foundation
import Testing

/// A custom plugin's results are kept in the corpus like the built-ins': it runs once per article
/// and version, whatever the number of lede processes.
@Suite("Custom plugins on a corpus")
struct CorpusPluginTests {
    /// A plugin that logs each analysis it makes to `calls.log` beside itself.
    static func plugin(version: String, in folder: URL) throws -> URL {
        let manifest = """
            {"name": "tally", "version": "\(version)", "protocol_version": 1, "summary": "characters",
             "command": ["python3", "tally.py"],
             "commands": [{"name": "tally", "summary": "characters per article", "columns": ["chars"]}]}
            """
        let script = LedeRun.pythonPluginPrelude + """

            log = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calls.log")
            def analyze(article, inputs):
                with open(log, "a") as f:
                    f.write(article["id"] + "\\n")
                return {"chars": len(article["text"])}
            serve(analyze, name="tally", version="\(version)")
            """
        let plugin = try LedeRun.writePlugin("tally", in: folder, manifest: manifest, files: ["tally.py": script])
        return plugin.appendingPathComponent("calls.log")
    }

    static func calls(_ log: URL) -> Int {
        ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    @Test("a custom plugin runs once per article across processes, and again for its new version")
    func customPluginCached() throws {
        let folder = LedeRun.temporaryDirectory()
        let log = try Self.plugin(version: "1.0.0", in: folder)
        let corpus = folder.appendingPathComponent("c.db").path
        let samples = LedeRun.root.appendingPathComponent("scripts/samples").path
        let base = ["--no-rc", "--plugins", folder.path, "--corpus", corpus, "-c"]
        let first = try LedeRun.run(base + ["load '\(samples)/01-lisbon-fisheries-talks.txt' '\(samples)/02-vienna-press-conference.txt'; tally --all --format tsv"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(Self.calls(log) == 2)
        let second = try LedeRun.run(base + ["tally --all --format tsv; index --with tally --format tsv"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.hasPrefix(first.stdout), "the same answer, from the corpus: \(second.stdout)")
        #expect(second.stdout.contains("\n0\t0\t0\t"), "index has nothing to do: \(second.stdout)")
        #expect(Self.calls(log) == 2)
        _ = try Self.plugin(version: "1.1.0", in: folder)
        let third = try LedeRun.run(base + ["index --with tally --format tsv"])
        #expect(third.stdout.contains("\n2\t2\t0\t"), "\(third.stdout)")
        #expect(Self.calls(log) == 4)
    }
}
