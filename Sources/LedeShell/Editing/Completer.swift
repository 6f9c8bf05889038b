import Foundation
import LedeHost
import LedeKit

/// Context-aware completion: commands, options, option values, files, articles, plugin values.
struct Completer {
    let shell: Shell

    func complete(_ before: String) -> CompletionResult {
        let line = CompletionLine(before)
        switch line.position {
        case .nothing: return CompletionResult(line, candidates: [])
        case .redirectTarget: return files(line)
        case .argument: break
        }
        let current = line.words
        if current.isEmpty {
            return match(line, shell.commands.map(\.descriptor.name))
        }
        guard let command = shell.command(named: current[0]) else { return CompletionResult(line, candidates: []) }
        let descriptor = command.descriptor
        let arguments = Array(current.dropFirst())
        if line.partialValue.hasPrefix("-") {
            return match(line, descriptor.options.map { "--" + $0.name })
        }
        if let last = arguments.last, last.hasPrefix("-"),
            let option = descriptor.option(named: String(last.drop(while: { $0 == "-" }))), !option.isFlag
        {
            return values(for: option.completion, line: line, command: command)
        }
        var position = 0
        var skipNext = false
        for word in arguments {
            if skipNext {
                skipNext = false
                continue
            }
            if word.hasPrefix("-"), let option = descriptor.option(named: String(word.drop(while: { $0 == "-" }))) {
                skipNext = !option.isFlag
                continue
            }
            position += 1
        }
        guard !descriptor.arguments.isEmpty else { return CompletionResult(line, candidates: []) }
        let argument = descriptor.arguments[min(position, descriptor.arguments.count - 1)]
        return values(for: argument.completion, line: line, command: command)
    }

    private func values(for completion: Completion, line: CompletionLine, command: any ShellCommand) -> CompletionResult {
        switch completion {
        case .none: return CompletionResult(line, candidates: [])
        case .files: return files(line)
        case .values(let list): return match(line, list)
        case .dynamic(let key):
            switch key {
            case "commands": return match(line, shell.commands.map(\.descriptor.name))
            case "variables": return match(line, shell.session.variables.keys.sorted())
            case "set-names":
                let variables = shell.session.variables.keys.sorted().filter { Setting.named($0) == nil }
                return match(line, Setting.all.map(\.name) + variables)
            case "set-values":
                let words = line.words.dropFirst().filter { !$0.hasPrefix("-") }
                guard words.count == 1, let setting = Setting.named(words[0]) else { return CompletionResult(line, candidates: []) }
                return match(line, setting.values)
            case "articles":
                let ids = shell.session.articles.map(\.id)
                let titles = shell.session.articles.map(\.title).filter { !$0.isEmpty }
                return match(line, ids + titles)
            default:
                // The command's own plugin first; a custom plugin's manifest may name data another
                // plugin computes (`"complete": "entities"`), so then every plugin is asked.
                let host = SessionHost(completingFor: shell)
                if let pluginCommand = command as? PluginCommand {
                    let own = pluginCommand.plugin.complete(key, host: host)
                    if !own.isEmpty { return match(line, own) }
                }
                for plugin in shell.plugins {
                    let found = plugin.complete(key, host: host)
                    if !found.isEmpty { return match(line, found) }
                }
                return CompletionResult(line, candidates: [])
            }
        }
    }

    /// Candidates starting with what the word under the cursor means (case-insensitive).
    /// When none starts so, a name or title one of whose later words does (`Voss` completes to
    /// `Dragan Voss`).
    private func match(_ line: CompletionLine, _ options: [String]) -> CompletionResult {
        let typed = line.partialValue.lowercased()
        var seen = Set<String>()
        var hits = options.filter { $0.lowercased().hasPrefix(typed) && seen.insert($0).inserted }
        if hits.isEmpty && !typed.isEmpty {
            hits = options.filter { option in
                let words = option.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).dropFirst()
                return words.contains { $0.hasPrefix(typed) } && seen.insert(option).inserted
            }
        }
        // A case-insensitive match replaces the typed text with the candidate's spelling.
        return CompletionResult(line, candidates: hits)
    }

    private func files(_ line: CompletionLine) -> CompletionResult {
        let typed = line.partialValue
        if typed == "~" { return CompletionResult(line, candidates: ["~/"]) }
        // `~/` is the home folder of $HOME, as `load` reads it (Foundation's expansion may ask the
        // user database instead).
        var expanded = typed
        if typed.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"], home.hasPrefix("/") {
            expanded = home + typed.dropFirst()
        }
        // Split at the last '/' by hand: the folder to list and the start of the name typed.
        let directory: String
        let prefix: String
        if let slash = expanded.lastIndex(of: "/") {
            let folder = String(expanded[..<slash])
            directory = folder.isEmpty ? "/" : folder
            prefix = String(expanded[expanded.index(after: slash)...])
        } else {
            directory = "."
            prefix = expanded
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return CompletionResult(line, candidates: [])
        }
        let typedDirectory = typed.hasSuffix("/") ? typed : String(typed.dropLast(prefix.count))
        var candidates: [String] = []
        var labels: [String] = []
        for name in names.sorted() where name.hasPrefix(prefix) && (prefix.hasPrefix(".") || !name.hasPrefix(".")) {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
            let suffix = isDirectory.boolValue ? "/" : ""
            let path = typedDirectory + name + suffix
            // A name starting with '-' would read as an option.
            candidates.append(path.hasPrefix("-") ? "./" + path : path)
            labels.append(name + suffix)
        }
        return CompletionResult(line, candidates: candidates, labels: labels)
    }
}
