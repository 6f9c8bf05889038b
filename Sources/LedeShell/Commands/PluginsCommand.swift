import LedeHost
import LedeKit

/// `plugins [reload]`: every plugin, its commands, version and state.
struct PluginsCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "plugins", summary: "List the plugins and their commands; 'plugins reload' rescans the plugin folders",
            arguments: [ArgumentDescriptor("reload", help: "rescan plugin folders", completion: .values(["reload"]))],
            options: [CommonOptions.format], examples: ["plugins", "plugins reload"])
    }
    var group: CommandGroup { .analysis }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        if let action = invocation.arguments.first {
            guard action == "reload" else { throw LedeError("plugins: unknown action '\(action)' (try 'plugins reload')") }
            try shell.reloadPlugins()
        }
        var table = Table(columns: [
            .init("plugin"), .init("version"), .init("kind"), .init("state"), .init("commands"), .init("summary", wraps: true),
        ])
        for plugin in shell.plugins {
            let kind: String
            switch plugin.origin {
            case .builtin: kind = "built-in"
            case .external(let path): kind = "external (\(path))"
            }
            table.append([
                .string(plugin.name), .string(plugin.descriptor.version), .string(kind), .string(shell.pluginState(plugin)),
                .string(plugin.descriptor.commands.map(\.name).joined(separator: ", ")), .string(plugin.descriptor.summary),
            ])
        }
        return .table(table)
    }
}
