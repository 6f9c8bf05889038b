import Foundation
import LedeCore
import LedeHost
import LedeKit
import Testing

@testable import LedeHost
@testable import LedeShell

/// Echoes the text length after a delay that varies by line, so parallel jobs finish out of order.
struct LengthPlugin: AnalysisPlugin {
    var descriptor: PluginDescriptor { PluginDescriptor(name: "length", version: "1", summary: "", commands: []) }

    func analyze(_ document: Document, context: any AnalysisContext) throws -> Int {
        if document.text == "refuse" { throw LedeError("length: refused") }
        usleep(UInt32((document.scalars.count * 7919) % 5) * 1000)
        return document.scalars.count
    }

    func encode(_ output: Int, document: Document) -> JSONValue { .int(output) }
}

@Suite("lede analyze: batch analysis of JSONL")
struct BatchAnalyzerTests {
    /// Runs `lines` through an analyzer and returns the output lines and statistics.
    func analyze(
        _ lines: [String], plugins: [AnyPlugin] = [AnyPlugin(LengthPlugin())], selected: [String] = ["length"],
        jobs: Int, chunkLines: Int = 3
    ) throws -> ([String], BatchAnalyzer.Statistics) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputPath = directory.appendingPathComponent("in.jsonl").path
        let outputPath = directory.appendingPathComponent("out.jsonl").path
        try lines.joined(separator: "\n").write(toFile: inputPath, atomically: false, encoding: .utf8)
        #expect(FileManager.default.createFile(atPath: outputPath, contents: nil))
        let input = try #require(FileHandle(forReadingAtPath: inputPath))
        let output = try #require(FileHandle(forWritingAtPath: outputPath))
        var analyzer = try BatchAnalyzer(plugins: plugins, selected: selected, jobs: jobs)
        analyzer.chunkLines = chunkLines
        let statistics = try analyzer.run(input: input, output: output)
        try output.close()
        let text = try String(contentsOfFile: outputPath, encoding: .utf8)
        return (text.split(separator: "\n").map(String.init), statistics)
    }

    static func article(_ id: Int, _ text: String) -> String {
        JSONWriter.string(.object([("id", .int(id)), ("text", .string(text))]))
    }

    @Test("output keeps input order across chunks and jobs", arguments: [1, 4])
    func order(jobs: Int) throws {
        let lines = (0..<40).map { Self.article($0, String(repeating: "w ", count: $0)) }
        let (output, statistics) = try analyze(lines, jobs: jobs)
        #expect(output == (0..<40).map { #"{"id": \#($0), "length": \#($0 * 2)}"# })
        #expect(statistics.articles == 40 && statistics.errors == 0)
        #expect(statistics.words == (0..<40).reduce(0, +))
    }

    @Test("a bad line gives {id, error} and the stream goes on")
    func badLines() throws {
        let lines = [
            Self.article(1, "ok"), "not json at all", #"{"id": "no-text", "title": "t"}"#, "", "   ",
            Self.article(2, "refuse"), #"{"id": "b", "body": "four"}"#,
        ]
        let (output, statistics) = try analyze(lines, jobs: 2)
        #expect(
            output == [
                #"{"id": 1, "length": 2}"#, #"{"id": null, "error": "line 2: not JSON: invalid literal at byte 0"}"#,
                #"{"id": "no-text", "error": "line 3: no 'text', 'body' or 'content' field"}"#, #"{"id": 2, "error": "length: refused"}"#,
                #"{"id": "b", "length": 4}"#,
            ])
        #expect(statistics.errors == 3)
    }

    @Test("an unknown plugin or none at all is refused up front")
    func unknownPlugin() {
        #expect(throws: LedeError.self) { _ = try BatchAnalyzer(plugins: [AnyPlugin(LengthPlugin())], selected: ["lenght"]) }
        #expect(throws: LedeError.self) { _ = try BatchAnalyzer(plugins: [AnyPlugin(LengthPlugin())], selected: []) }
    }

    @Test("external plugins run in batch on several jobs; one that crashes on a line fails only that line")
    func externalInBatch() throws {
        let plugin = ExternalPlugin(manifest: try fixturePlugin("misbehaving"), settings: .init())
        defer { plugin.runner.stopAll() }
        let texts = ["a", "bb", "crash", "dddd", "error", "ffffff", "g"]
        let lines = texts.enumerated().map { Self.article($0, $1) }
        let (output, statistics) = try analyze(
            lines, plugins: [plugin.anyPlugin], selected: ["misbehaving"], jobs: 3, chunkLines: 64)
        #expect(output.count == texts.count)
        for (index, text) in texts.enumerated() {
            let value = try JSONParser.parse(output[index])
            #expect(value["id"] == .int(index))
            switch text {
            case "crash":
                #expect(value["error"]?.stringValue?.contains("plugin 'misbehaving' was killed by signal SIGSEGV") == true)
            case "error":
                #expect(value["error"] == "misbehaving: cannot read this one")
            default:
                #expect(value["misbehaving"]?["length"] == .int(text.count))
            }
        }
        #expect(statistics.errors == 2)
    }

    @Test("the reader splits lines across 64 KB reads and keeps a last line without a newline")
    func longLines() throws {
        let long = String(repeating: "word ", count: 30_000)
        let (output, _) = try analyze([Self.article(1, long), Self.article(2, "end")], jobs: 1)
        #expect(output == [#"{"id": 1, "length": 150000}"#, #"{"id": 2, "length": 3}"#])
    }

    @Test(
        "a number id is echoed exactly as written",
        arguments: ["1.0", "123456789012345678901234567890", "-0", "1E+2", "0.1234567", "-12", "2.50e-3", "\"007\""])
    func numberIdEcho(id: String) throws {
        let analyzer = try BatchAnalyzer(plugins: [AnyPlugin(LengthPlugin())], selected: ["length"], jobs: 1)
        let line = analyzer.process(line: #"{"id": \#(id), "text": "a b"}"#, number: 1)
        #expect(line == #"{"id": \#(id), "length": 3}"#)
    }

    @Test("a number id that overflows to infinity makes the line not JSON")
    func infiniteId() throws {
        let analyzer = try BatchAnalyzer(plugins: [AnyPlugin(LengthPlugin())], selected: ["length"], jobs: 1)
        let line = analyzer.process(line: #"{"id": 1e400, "text": "a b"}"#, number: 4)
        #expect(line == #"{"id": null, "error": "line 4: not JSON: number 1e400 is too large at byte 7"}"#)
    }
}
