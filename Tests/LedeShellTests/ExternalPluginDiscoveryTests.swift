import Foundation
import LedeHost
import LedeKit
import LedePlugins
import Testing

@testable import LedeHost
@testable import LedeShell

@Suite("Plugin discovery and the catalog")
struct ExternalPluginDiscoveryTests {
    /// A fresh folder with `plugins` (name → command name) each holding a manifest.
    func folder(_ plugins: [(String, String)]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lede-discovery-\(UUID().uuidString)")
        for (name, command) in plugins {
            let folder = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let manifest = """
                {"name": "\(name)", "version": "1.0", "protocol_version": 1, "command": ["true"],
                 "commands": [{"name": "\(command)", "summary": "s"}]}
                """
            try manifest.write(to: folder.appendingPathComponent("plugin.json"), atomically: false, encoding: .utf8)
        }
        return root.path
    }

    @Test("never searches the current directory, even through an empty or relative LEDE_PLUGIN_PATH entry")
    func neverCurrentDirectory() throws {
        let discovery = PluginDiscovery(
            extraDirectories: [], environment: ["LEDE_PLUGIN_PATH": ":plugins:.", "HOME": "/nonexistent"],
            executablePath: nil)
        let here = FileManager.default.currentDirectoryPath
        #expect(!discovery.roots.contains { $0.path == here || $0.source == "LEDE_PLUGIN_PATH" })
        #expect(discovery.diagnostics.count == 2)
        #expect(discovery.roots.map(\.source).contains("XDG_CONFIG_HOME"))
    }

    @Test("search order: --plugins, LEDE_PLUGIN_PATH, XDG config, shipped; the first of a name wins")
    func order() throws {
        let first = try folder([("dup", "one")])
        let second = try folder([("dup", "two"), ("other", "three")])
        let config = try folder([])
        let catalog = PluginCatalog.load(
            extraDirectories: [first], builtins: [],
            environment: ["LEDE_PLUGIN_PATH": second, "XDG_CONFIG_HOME": config])
        let names = catalog.externals.map(\.manifest.name)
        #expect(names.prefix(2) == ["dup", "other"])
        #expect(catalog.externals.first?.manifest.descriptor.commands.first?.name == "one")
        #expect(catalog.diagnostics.contains { $0.contains("plugin 'dup' is already loaded from \(first)/dup") })
    }

    @Test("a plugin cannot take a built-in's name or an existing command")
    func clashes() throws {
        let root = try folder([("entities", "x"), ("shadow", "plugins"), ("fine", "fine-command")])
        let catalog = PluginCatalog.load(
            extraDirectories: [root], reservedCommands: ["plugins"], environment: ["HOME": "/nonexistent"])
        let names = catalog.externals.map(\.manifest.name)
        #expect(names.contains("fine"))
        #expect(!names.contains("entities") && !names.contains("shadow"))
        #expect(catalog.diagnostics.contains { $0.contains("has the name of a built-in plugin") })
        #expect(catalog.diagnostics.contains { $0.contains("command 'plugins' of plugin 'shadow' is already defined by the shell") })
        #expect(catalog.plugins.prefix(BuiltinPlugins.all.count).map(\.name) == BuiltinPlugins.all.map(\.name))
    }

    @Test("a broken manifest is a diagnostic, not a failure")
    func brokenManifest() throws {
        let root = try folder([])
        let broken = root + "/broken"
        try FileManager.default.createDirectory(atPath: broken, withIntermediateDirectories: true)
        try "{not json".write(toFile: broken + "/plugin.json", atomically: false, encoding: .utf8)
        let catalog = PluginCatalog.load(extraDirectories: [root], builtins: [], environment: [:])
        #expect(catalog.diagnostics.contains { $0.hasPrefix(broken + "/plugin.json is not valid JSON") })
    }

    @Test("the shipped examples are found from the source checkout and listed with their state")
    func shippedExamples() throws {
        let catalog = PluginCatalog.load(environment: ["HOME": "/nonexistent"])
        let names = catalog.externals.map(\.manifest.name)
        #expect(names.contains("readability") && names.contains("numbers"))
        #expect(catalog.state(of: "readability") == "not started")
        #expect(catalog.state(of: "entities") == "built-in")
        let listing = catalog.listing
        #expect(listing.rows.contains { $0.first == "numbers" && $0[3] == "numbers" })
    }
}
