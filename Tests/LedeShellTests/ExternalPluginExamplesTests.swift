import Foundation
import LedeCore
import LedeHost
import LedeKit
import LedeKitTesting
import Testing

@testable import LedeHost
@testable import LedeShell

@Suite("The shipped example plugins, through the external-plugin host", .serialized)
struct ExternalPluginExamplesTests {
    static let catalog = PluginCatalog.load(environment: ["HOME": "/nonexistent"])

    func plugin(_ name: String) throws -> ExternalPlugin {
        try #require(Self.catalog.externals.first { $0.manifest.name == name })
    }

    let text = """
        Sales at the Harwick mill rose 12% to $4.5 billion in 2023, the company said. About 3,000 \
        workers will share a bonus of 2 million euros.

        The 1990s were harder. It was the 3rd rescue in a decade.
        """

    @Test("numbers (Swift): money, percentages, counts and years with their sentences")
    func numbers() throws {
        let document = Document(Article(id: "n1", title: "", text: text))
        let cache = AnalysisCache(plugins: Self.catalog.plugins)
        let result = try cache.json(ofPlugin: "numbers", for: document)
        let figures = try #require(result["numbers"]?.arrayValue)
        let summary = figures.map { "\($0["text"]?.stringValue ?? "")|\($0["kind"]?.stringValue ?? "")|\($0["unit"]?.displayText ?? "")" }
        #expect(
            summary == [
                "12%|percent|%", "$4.5 billion|money|USD", "2023|year|", "3,000 workers|count|workers",
                "2 million euros|money|EUR", "1990s|decade|", "3rd|ordinal|",
            ])
        #expect(figures[1]["value"] == .double(4.5e9))
        let sentence = try #require(figures[0]["sentence"])
        let span = TextSpan(sentence["start"]?.intValue ?? 0, sentence["end"]?.intValue ?? 0)
        #expect(document.text(span).hasPrefix("Sales at"))
    }

    @Test("readability (Python): counts words and sentences from lede's own sentence split")
    func readability() throws {
        let document = Document(Article(id: "r1", title: "", text: text))
        let cache = AnalysisCache(plugins: Self.catalog.plugins)
        let result = try cache.json(ofPlugin: "readability", for: document)
        #expect(result["sentences"] == .int(document.sentences.count))
        #expect(result["level"]?.stringValue != nil)
        #expect((result["grade"]?.doubleValue ?? 0) > 0)
    }

    @Test("a command draws its table from the manifest's rows and columns, one row per figure")
    func commandTable() throws {
        let plugin = try plugin("numbers")
        let documents = [
            Document(Article(id: "a", title: "", text: "It cost $5.")),
            Document(Article(id: "b", title: "", text: "No figures here.")),
            Document(Article(id: "c", title: "", text: "In 2020 and 2021.")),
        ]
        let host = PluginTestHost(documents: documents, plugins: Self.catalog.plugins)
        let output = try plugin.anyPlugin.run(CommandInvocation(command: "numbers"), host: host)
        guard case .table(let table) = output else {
            Issue.record("expected a table, got \(output)")
            return
        }
        #expect(table.columns.map(\.name) == ["article", "text", "kind", "value", "unit", "start", "end"])
        #expect(table.rows.map { $0[0].displayText + ":" + $0[1].displayText } == ["a:$5", "c:2020", "c:2021"])
        #expect(table.columns[3].alignment == .right)
    }

    @Test("an option named like a column narrows the manifest-drawn table; one that names no column is refused")
    func commandOptionsFilterRows() throws {
        let plugin = try plugin("numbers")
        let documents = [
            Document(Article(id: "a", title: "", text: "It cost $5 and 40% more.")),
            Document(Article(id: "c", title: "", text: "In 2020 and 2021.")),
        ]
        let host = PluginTestHost(documents: documents, plugins: Self.catalog.plugins)
        let years = try plugin.anyPlugin.run(
            CommandInvocation(command: "numbers", options: ["kind": "YEAR", "all": ""]), host: host)
        guard case .table(let table) = years else {
            Issue.record("expected a table, got \(years)")
            return
        }
        #expect(table.rows.map { $0[1].displayText } == ["2020", "2021"])
        let exact = try plugin.anyPlugin.run(CommandInvocation(command: "numbers", options: ["value": "2021"]), host: host)
        guard case .table(let one) = exact else { return }
        #expect(one.rows.map { $0[1].displayText } == ["2021"])
        #expect(throws: LedeError.self) {
            _ = try plugin.anyPlugin.run(CommandInvocation(command: "numbers", options: ["top": "3"]), host: host)
        }
    }

    @Test("set plugin_timeout reaches the plugin; a bad value is refused")
    func timeoutVariable() throws {
        let plugin = try plugin("readability")
        let documents = [Document(Article(id: "a", title: "", text: "Hi."))]
        func host(_ variables: [String: String]) -> PluginTestHost {
            PluginTestHost(documents: documents, plugins: Self.catalog.plugins, variables: variables)
        }
        _ = try plugin.run(CommandInvocation(command: "readability"), host: host(["plugin_timeout": "42"]))
        #expect(plugin.runner.timeout == 42)
        #expect(throws: LedeError.self) {
            _ = try plugin.run(CommandInvocation(command: "readability"), host: host(["plugin_timeout": "soon"]))
        }
        _ = try plugin.run(CommandInvocation(command: "readability"), host: host([:]))
        #expect(plugin.runner.timeout == plugin.manifest.timeout)
    }
}
