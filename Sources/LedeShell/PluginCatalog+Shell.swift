import LedeHost
import LedeKit

extension Shell {
    /// Loads the custom plugins (at start, and for `plugins reload`): stops the programs of the
    /// ones loaded before, rescans the plugin folders, keeps the built-ins, and warns about each
    /// manifest it skips.
    public func reloadPlugins() throws {
        pluginCatalog.stopAll()
        let catalog = PluginCatalog.load(
            extraDirectories: options.pluginDirectories,
            reservedCommands: Set(BuiltinCommands.all.map(\.descriptor.name)),
            builtins: plugins.filter { $0.origin == .builtin })
        for diagnostic in catalog.diagnostics { warn(diagnostic) }
        pluginCatalog = catalog
        replacePlugins(catalog.plugins)
    }

    /// `built-in`, `not started`, `running` or `crashed`.
    func pluginState(_ plugin: AnyPlugin) -> String {
        pluginCatalog.state(of: plugin.name) ?? (plugin.origin == .builtin ? "built-in" : "not started")
    }
}
