import Foundation
import Synchronization
import LedeCore
import LedeHost
import LedeKit
import LedeKitTesting
import LedePlugins
import LedeShell
import Testing

/// `PluginContract` (LedeKitTesting) over every built-in, in process, and every example shipped in
/// `plugins/`, through the external-plugin host as lede runs them.
@Suite("Plugin contract", .serialized, .timeLimit(.minutes(5)))
struct PluginContractTests {
    /// Every built-in and every shipped custom plugin, in one catalog.
    static let catalog = PluginCatalog.load(environment: ["HOME": "/nonexistent"])

    static var builtinNames: [String] { BuiltinPlugins.all.map(\.name) }
    static var externalNames: [String] { catalog.plugins.filter { $0.origin != .builtin }.map(\.name) }

    @Test("every built-in keeps the contract in process", arguments: builtinNames)
    func builtin(name: String) throws {
        let plugins = BuiltinPlugins.all
        let subject = PluginContract.Subject(name: name) { document, cancelled in
            let host = PluginTestHost(documents: [document], plugins: plugins, cancelled: cancelled)
            return try host.json(ofPlugin: name, for: document)
        }
        PluginContract.check(subject)
    }

    @Test("every shipped example keeps the contract through the external-plugin host", arguments: externalNames)
    func external(name: String) throws {
        let plugins = Self.catalog.plugins
        let subject = PluginContract.Subject(name: name) { document, cancelled in
            try AnalysisCache(plugins: plugins, cancelled: cancelled).json(ofPlugin: name, for: document)
        }
        PluginContract.check(subject)
    }

    @Test("no two plugins, nor a plugin and the shell, claim one command name")
    func uniqueCommandNames() {
        let reserved = Set(Shell(options: .init(), plugins: []).commands.map(\.descriptor.name))
        #expect(PluginContract.commandNameViolations(Self.catalog.plugins.map(\.descriptor), reserved: reserved) == [])
        let clash = PluginDescriptor(
            name: "clash", version: "1", summary: "", commands: [CommandDescriptor("quotes", summary: "")])
        #expect(PluginContract.commandNameViolations(BuiltinPlugins.all.map(\.descriptor) + [clash]).count == 1)
    }

    @Test("the contract catches a plugin that ignores Ctrl-C, strays out of the text or is not deterministic")
    func contractCatchesViolations() {
        let stray = PluginContract.Subject(name: "stray") { document, _ in
            .object([("start", .int(0)), ("end", .int(document.scalars.count + 1))])
        }
        let violations = PluginContract.violations(of: stray)
        #expect(violations.contains { $0.contains("outside") })
        #expect(violations.contains { $0.contains("ignored Ctrl-C") })
        let counter = Counter()
        let random = PluginContract.Subject(name: "random") { _, cancelled in
            if cancelled() { throw InterruptedError() }
            return .int(counter.next())
        }
        #expect(PluginContract.violations(of: random).contains { $0.contains("not deterministic") })
    }

    @Test("the shipped examples are in the contract run")
    func examplesIncluded() {
        #expect(Self.externalNames.contains("readability"))
        #expect(Self.externalNames.contains("numbers"))
    }
}

final class Counter: Sendable {
    private let value = Mutex(0)
    func next() -> Int { value.withLock { $0 += 1; return $0 } }
}
