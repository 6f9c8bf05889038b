import LedeHost
import LedeKit

/// `set NAME VALUE`: a session variable, read back as `$NAME`.
struct SetCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "set", summary: "Set a variable, used as $NAME or ${NAME} (format, plugin_timeout, … steer lede)",
            arguments: [
                ArgumentDescriptor("NAME", help: "letters, digits and _", optional: false),
                ArgumentDescriptor("VALUE…", help: "the words of the value"),
            ],
            examples: ["set who \"Keir Starmer\"", "set format json", "set plugin_timeout 30"],
            discussion: "Variables that steer lede: format (default output format), plugin_timeout (seconds an external plugin call may take).")
    }
    var group: CommandGroup { .scripting }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let name = invocation.arguments[0]
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || first == "_",
            name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) })
        else {
            throw LedeError("set: '\(name)' is not a variable name (letters, digits and _, not starting with a digit)")
        }
        let value = invocation.arguments.dropFirst().joined(separator: " ")
        if name == "format" {
            _ = try shell.outputFormat(CommandInvocation(command: "set", options: ["format": value]))
        }
        if name == "plugin_timeout", Double(value).map({ $0 > 0 }) != true {
            throw LedeError("set: plugin_timeout must be a positive number of seconds, got '\(value)'")
        }
        shell.session.variables[name] = value
        return .none
    }
}

/// `unset NAME`: forget a variable.
struct UnsetCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "unset", summary: "Forget a variable",
            arguments: [ArgumentDescriptor("NAME", help: "the variable", optional: false, completion: .dynamic("variables"))],
            examples: ["unset who"])
    }
    var group: CommandGroup { .scripting }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        for name in invocation.arguments {
            guard shell.session.variables.removeValue(forKey: name) != nil else {
                throw LedeError("unset: no variable '\(name)'")
            }
        }
        return .none
    }
}

/// `vars`: every variable and its value.
struct VarsCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor("vars", summary: "List the variables", options: [CommonOptions.format], examples: ["vars"])
    }
    var group: CommandGroup { .scripting }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        var table = Table(columns: [.init("name"), .init("value")])
        for (name, value) in shell.session.variables.sorted(by: { $0.key < $1.key }) {
            table.append([.string(name), .string(value)])
        }
        return .table(table)
    }
}

/// `echo WORDS…`: print words (after interpolation).
struct EchoCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "echo", summary: "Print words, after $variables are replaced",
            arguments: [ArgumentDescriptor("WORDS…", help: "what to print")], examples: ["echo Brief for $date"])
    }
    var group: CommandGroup { .scripting }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        .text(invocation.arguments.joined(separator: " ") + "\n")
    }
}
