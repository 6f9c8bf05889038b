import Foundation
import LedeCore
import LedeHost
import LedeKit
import LedeKitTesting
import Testing

@testable import LedePlugins

@Suite("Entities commands")
struct EntitiesCommandTests {
    static let host = PluginTestHost(documents: [
        Document(Article(id: "a1", title: "", text: "Russian President Vladimir Putin met Mayor Ines Corda in Moscow. Putin left.")),
        Document(Article(id: "a2", title: "", text: "Ines Corda returned to Paris on Monday.")),
    ])

    static func rows(_ output: CommandOutput) throws -> (columns: [String], rows: [[String]]) {
        guard case .table(let table) = output else { throw LedeError("not a table") }
        let shown = table.withoutDetail
        return (shown.columns.map(\.name), shown.rows.map { $0.map(\.displayText) })
    }

    @Test("lists entities with type, count, first mention and roles")
    func entities() throws {
        let host = PluginTestHost(documents: [Self.host.documents[0]])
        let (columns, rows) = try Self.rows(
            EntitiesPlugin().run(CommandInvocation(command: "entities"), host: host))
        #expect(columns == ["entity", "type", "mentions", "first", "roles"])
        #expect(rows.first == ["Vladimir Putin", "PERSON", "2", "18", "Russian President"])
    }

    @Test("filters by type, limits with --top, and names the article with several")
    func filters() throws {
        let invocation = CommandInvocation(command: "entities", options: ["type": "person", "top": "1"])
        let (columns, rows) = try Self.rows(EntitiesPlugin().run(invocation, host: Self.host))
        #expect(columns.first == "article")
        #expect(rows.map { $0[0] } == ["a1", "a2"])
        #expect(rows.allSatisfy { $0[2] == "PERSON" })
        #expect(throws: LedeError.self) {
            try EntitiesPlugin().run(CommandInvocation(command: "entities", options: ["type": "planet"]), host: Self.host)
        }
    }

    @Test("shows every mention of a name in context")
    func mentions() throws {
        let invocation = CommandInvocation(command: "mentions", arguments: ["Putin"])
        let host = PluginTestHost(documents: [Self.host.documents[0]])
        let (_, rows) = try Self.rows(EntitiesPlugin().run(invocation, host: host))
        #expect(rows.map { $0[2] } == ["Vladimir Putin", "Putin"])
        #expect(rows.last?[4] == "Putin left.")
    }

    @Test("suggests a near name when nothing matches")
    func unknownName() {
        let invocation = CommandInvocation(command: "mentions", arguments: ["Putim"])
        do {
            _ = try EntitiesPlugin().run(invocation, host: Self.host)
            Issue.record("expected an error")
        } catch let error as LedeError {
            #expect(error.hint == "did you mean 'Putin'?")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("completes canonical names across articles, sorted")
    func completion() {
        let names = EntitiesPlugin().complete("entities", host: Self.host)
        #expect(names.contains("Vladimir Putin"))
        #expect(names.contains("Ines Corda"))
        #expect(names == names.sorted())
        #expect(EntitiesPlugin().complete("speakers", host: Self.host).isEmpty)
    }
}
