import Foundation
import LedeKit
import LedePlugins

/// Every plugin of a session: the built-ins in their listed order, then the custom plugins found
/// by ``PluginDiscovery``. The shell builds one at start and again on `plugins reload`.
///
/// ```swift
/// let catalog = PluginCatalog.load(extraDirectories: options.pluginDirectories)
/// catalog.diagnostics.forEach { print("warning: \($0)") }
/// let cache = AnalysisCache(plugins: catalog.plugins)
/// ```
public struct PluginCatalog: Sendable {
    /// Built-ins first, then custom plugins, ready for ``AnalysisCache``.
    public let plugins: [AnyPlugin]
    /// One line per manifest skipped or folder ignored, to print as warnings.
    public let diagnostics: [String]
    /// The custom plugins, to list their state and stop them.
    public let externals: [ExternalPlugin]

    public init(plugins: [AnyPlugin], diagnostics: [String], externals: [ExternalPlugin]) {
        self.plugins = plugins
        self.diagnostics = diagnostics
        self.externals = externals
    }

    /// Loads the built-ins and discovers custom plugins.
    /// - Parameters:
    ///   - extraDirectories: `--plugins DIR` folders, searched first.
    ///   - reservedCommands: the shell's own command names; a plugin adding one of them is skipped.
    ///   - forwardLog: copy custom plugins' stderr to lede's stderr (batch mode); otherwise the
    ///     last lines are kept for error hints and the `plugins` listing.
    public static func load(
        extraDirectories: [String] = [], reservedCommands: Set<String> = [], forwardLog: Bool = false,
        builtins: [AnyPlugin] = BuiltinPlugins.all,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> PluginCatalog {
        let discovery = PluginDiscovery(extraDirectories: extraDirectories, environment: environment)
        let (manifests, found) = discovery.manifests()
        var diagnostics = found
        let settings = ExternalPluginRunner.Settings(
            forwardLog: forwardLog, binaryDirectory: discovery.binaryDirectory, pythonPath: discovery.pythonPath)
        var plugins = builtins
        var commandOwners: [String: String] = [:]
        for command in reservedCommands { commandOwners[command] = "the shell" }
        for plugin in builtins {
            for command in plugin.descriptor.commands { commandOwners[command.name] = plugin.name }
        }
        var externals: [ExternalPlugin] = []
        for manifest in manifests {
            if plugins.contains(where: { $0.name == manifest.name }) {
                diagnostics.append(
                    "\(manifest.directory): plugin '\(manifest.name)' has the name of a built-in plugin; skipped")
                continue
            }
            if let clash = manifest.descriptor.commands.first(where: { commandOwners[$0.name] != nil }) {
                let owner = commandOwners[clash.name] ?? ""
                diagnostics.append(
                    "\(manifest.directory): command '\(clash.name)' of plugin '\(manifest.name)' is already defined by \(owner); plugin skipped"
                )
                continue
            }
            for command in manifest.descriptor.commands { commandOwners[command.name] = manifest.name }
            let plugin = ExternalPlugin(manifest: manifest, settings: settings)
            externals.append(plugin)
            plugins.append(plugin.anyPlugin)
        }
        let known = Set(plugins.map(\.name))
        for plugin in externals {
            for input in plugin.manifest.descriptor.dependencies where !known.contains(input) {
                diagnostics.append("plugin '\(plugin.manifest.name)' needs input '\(input)', which no plugin provides")
            }
        }
        return PluginCatalog(plugins: plugins, diagnostics: diagnostics, externals: externals)
    }

    /// `built-in`, `not started`, `running` or `crashed` for the named plugin; nil if unknown.
    public func state(of name: String) -> String? {
        if let external = externals.first(where: { $0.manifest.name == name }) { return external.runner.state.summary }
        return plugins.contains { $0.name == name } ? "built-in" : nil
    }

    /// The `plugins` listing: name, version, origin, state and commands of every plugin.
    public var listing: Table {
        var table = Table(columns: [
            .init("plugin"), .init("version"), .init("state"), .init("commands"), .init("source", wraps: true),
        ])
        for plugin in plugins {
            let source: String
            switch plugin.origin {
            case .builtin: source = "built-in"
            case .external(let path): source = path
            }
            table.append([
                .string(plugin.name), .string(plugin.descriptor.version), .string(state(of: plugin.name) ?? ""),
                .string(plugin.descriptor.commands.map(\.name).joined(separator: " ")), .string(source),
            ])
        }
        return table
    }

    /// Applies `set plugin_timeout SECONDS` (nil: each manifest's own) to every custom plugin.
    public func setTimeout(_ seconds: Double?) {
        for plugin in externals { plugin.runner.setTimeout(seconds) }
    }

    /// Stops every custom plugin's program (session end, before `plugins reload`).
    public func stopAll() {
        for plugin in externals { plugin.runner.stopAll() }
    }
}
