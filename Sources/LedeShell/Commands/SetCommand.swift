import Foundation
import LedeHost
import LedeKit

/// `set NAME VALUE`: a session variable, read back as `$NAME`; the names of ``Setting`` steer lede.
struct SetCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        let settings = Setting.all.map { "\($0.name) (\($0.help))" }.joined(separator: ", ")
        return CommandDescriptor(
            "set", summary: "Set a variable, used as $NAME or ${NAME}; settings (format, timing, …) steer lede",
            arguments: [
                ArgumentDescriptor("NAME", help: "letters, digits and _", optional: false, completion: .dynamic("set-names")),
                ArgumentDescriptor("VALUE…", help: "the words of the value", completion: .dynamic("set-values")),
            ],
            options: [OptionDescriptor("save", help: "also keep a setting in the settings file for later runs")],
            examples: ["set who \"Keir Starmer\"", "set format json", "set timing on", "set --save format md"],
            discussion: "Settings: \(settings). 'set --save' writes a setting to $XDG_CONFIG_HOME/lede/config, read each time lede starts (unless --no-rc).")
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
        let setting = Setting.named(name)
        do throws(LedeError) {
            try setting?.check(value)
        } catch {
            throw LedeError("set: " + error.message, hint: error.hint)
        }
        if invocation.flag("save") {
            guard setting != nil else {
                throw LedeError(
                    "set: only settings are saved, and '\(name)' is not one",
                    hint: "settings: " + Setting.all.map(\.name).joined(separator: ", "))
            }
            guard let path = SettingsFile.path() else {
                throw LedeError("set: there is no settings file without an absolute $HOME or $XDG_CONFIG_HOME")
            }
            try SettingsFile.save(name: name, value: value, to: path)
        }
        if setting == nil, shell.session.variables[name] == nil,
            let near = Suggestions.closest(to: name, in: Setting.all.map(\.name))
        {
            shell.warn("set: '\(name)' is not a setting, so it is set as a variable; did you mean '\(near)'?")
        }
        shell.session.variables[name] = value
        return .none
    }
}

/// `unset NAME`: forget a variable.
struct UnsetCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "unset", summary: "Forget a variable (a setting goes back to its default)",
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

/// `vars`: the settings, then every other variable and its value.
struct VarsCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "vars", summary: "List the settings, then the variables", options: [CommonOptions.format], examples: ["vars"],
            discussion: "A setting not set shows its default in parentheses.")
    }
    var group: CommandGroup { .scripting }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        var table = Table(columns: [.init("kind"), .init("name"), .init("value")])
        for setting in Setting.all {
            let value = shell.session.variables[setting.name] ?? "(\(setting.defaultValue))"
            table.append([.string("setting"), .string(setting.name), .string(value)])
        }
        for (name, value) in shell.session.variables.sorted(by: { $0.key < $1.key }) where Setting.named(name) == nil {
            table.append([.string("variable"), .string(name), .string(value)])
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
