import LedeHost
import LedeKit

/// `help [COMMAND]`: the commands by group, or one command's usage, options and examples.
struct HelpCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "help", summary: "List the commands, or explain one",
            arguments: [ArgumentDescriptor("COMMAND", help: "a command name", completion: .dynamic("commands"))],
            examples: ["help", "help quotes"])
    }
    var group: CommandGroup { .output }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        if let name = invocation.arguments.first {
            guard let command = shell.command(named: name) else {
                let hint = Suggestions.closest(to: name, in: shell.commands.map(\.descriptor.name))
                throw LedeError("help: unknown command '\(name)'", hint: hint.map { "did you mean '\($0)'?" })
            }
            return .text(Self.page(for: command.descriptor))
        }
        var lines: [String] = []
        let width = shell.commands.map(\.descriptor.name.count).max() ?? 8
        for group in CommandGroup.allCases {
            let members = shell.commands.filter { $0.group == group }
            guard !members.isEmpty else { continue }
            lines.append(group.title + ":")
            for command in members {
                let name = command.descriptor.name
                lines.append("  " + name + String(repeating: " ", count: width - name.count + 2) + command.descriptor.summary)
            }
            lines.append("")
        }
        lines.append("Every command that prints records takes --format table|text|json|jsonl|csv|tsv|md,")
        lines.append("and any command's output can go to '> FILE', '>> FILE' or '| SHELL-COMMAND'.")
        lines.append("'help COMMAND' explains one command.")
        return .text(lines.joined(separator: "\n"))
    }

    static func page(for descriptor: CommandDescriptor) -> String {
        var lines = ["usage: " + descriptor.usage, "", descriptor.summary]
        if let discussion = descriptor.discussion { lines += ["", discussion] }
        // Names in one column and their help in the next, as in any command's --help.
        let flags = descriptor.options.map { option in
            let flag = option.short.map { "-\($0), --\(option.name)" } ?? "--\(option.name)"
            return option.valueName.map { flag + " " + $0 } ?? flag
        }
        let width = (descriptor.arguments.map(\.name.count) + flags.map(\.count)).max() ?? 0
        func row(_ name: String, _ help: String) -> String {
            "  " + name + String(repeating: " ", count: width - name.count) + "  " + help
        }
        if !descriptor.arguments.isEmpty {
            lines += ["", "arguments:"]
            for argument in descriptor.arguments { lines.append(row(argument.name, argument.help)) }
        }
        if !descriptor.options.isEmpty {
            lines += ["", "options:"]
            for (flag, option) in zip(flags, descriptor.options) { lines.append(row(flag, option.help)) }
        }
        if !descriptor.examples.isEmpty {
            lines += ["", "examples:"]
            for example in descriptor.examples { lines.append("  " + example) }
        }
        return lines.joined(separator: "\n")
    }
}
