import Foundation
import LedeHost
import LedeKit

/// Context-aware completion: commands, options, option values, files, articles, plugin values.
struct Completer {
    let shell: Shell

    func complete(_ before: String) -> CompletionResult {
        let (words, partial) = Self.split(before)
        // After `;` a new command starts.
        let current = Array(words.split(separator: ";", omittingEmptySubsequences: false).last ?? [])
        if current.isEmpty {
            return match(partial, shell.commands.map(\.descriptor.name))
        }
        guard let command = shell.command(named: current[0]) else { return CompletionResult(typed: partial, candidates: []) }
        let descriptor = command.descriptor
        let arguments = Array(current.dropFirst())
        if partial.hasPrefix("-") {
            return match(partial, descriptor.options.map { "--" + $0.name })
        }
        if let last = arguments.last, last.hasPrefix("-"),
            let option = descriptor.option(named: String(last.drop(while: { $0 == "-" }))), !option.isFlag
        {
            return values(for: option.completion, partial: partial, command: command)
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
        guard !descriptor.arguments.isEmpty else { return CompletionResult(typed: partial, candidates: []) }
        let argument = descriptor.arguments[min(position, descriptor.arguments.count - 1)]
        return values(for: argument.completion, partial: partial, command: command)
    }

    private func values(for completion: Completion, partial: String, command: any ShellCommand) -> CompletionResult {
        switch completion {
        case .none: return CompletionResult(typed: partial, candidates: [])
        case .files: return files(partial)
        case .values(let list): return match(partial, list)
        case .dynamic(let key):
            switch key {
            case "commands": return match(partial, shell.commands.map(\.descriptor.name))
            case "variables": return match(partial, shell.session.variables.keys.sorted())
            case "articles":
                let ids = shell.session.articles.map(\.id)
                let titles = shell.session.articles.map(\.title).filter { !$0.isEmpty }
                return match(partial, ids + titles)
            default:
                // The command's own plugin first; a custom plugin's manifest may name data another
                // plugin computes (`"complete": "entities"`), so then every plugin is asked.
                let host = SessionHost(completingFor: shell)
                if let pluginCommand = command as? PluginCommand {
                    let own = pluginCommand.plugin.complete(key, host: host)
                    if !own.isEmpty { return match(partial, own) }
                }
                for plugin in shell.plugins {
                    let found = plugin.complete(key, host: host)
                    if !found.isEmpty { return match(partial, found) }
                }
                return CompletionResult(typed: partial, candidates: [])
            }
        }
    }

    /// Candidates starting with what was typed (case-insensitive), quoted when they hold blanks.
    private func match(_ partial: String, _ options: [String]) -> CompletionResult {
        let bare = partial.hasPrefix("\"") || partial.hasPrefix("'") ? String(partial.dropFirst()) : partial
        var seen = Set<String>()
        let hits = options.filter { $0.lowercased().hasPrefix(bare.lowercased()) && seen.insert($0).inserted }
        let quoted = hits.map { $0.contains(" ") || $0.contains("\"") || $0.contains("'") ? Self.quote($0) : $0 }
        // A case-insensitive match replaces the typed text with the candidate's spelling.
        return CompletionResult(typed: partial, candidates: quoted, labels: hits)
    }

    static func quote(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private func files(_ partial: String) -> CompletionResult {
        let expanded = (partial as NSString).expandingTildeInPath
        let directory: String
        let prefix: String
        if partial.hasSuffix("/") {
            directory = expanded
            prefix = ""
        } else {
            let d = (expanded as NSString).deletingLastPathComponent
            directory = d.isEmpty ? "." : d
            prefix = (expanded as NSString).lastPathComponent
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return CompletionResult(typed: partial, candidates: [])
        }
        let typedDirectory = partial.hasSuffix("/") ? partial : String(partial.dropLast(prefix.count))
        var candidates: [String] = []
        var labels: [String] = []
        for name in names.sorted() where name.hasPrefix(prefix) && (prefix.hasPrefix(".") || !name.hasPrefix(".")) {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            let suffix = isDirectory.boolValue ? "/" : ""
            candidates.append(typedDirectory + name + suffix)
            labels.append(name + suffix)
        }
        return CompletionResult(typed: partial, candidates: candidates, labels: labels)
    }

    /// Splits the text before the cursor into finished words and the partial last word.
    static func split(_ text: String) -> (words: [String], partial: String) {
        var words: [String] = []
        var current = ""
        var quote: Character?
        for c in text {
            if let q = quote {
                current.append(c)
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
                current.append(c)
            } else if c == " " || c == "\t" {
                if !current.isEmpty { words.append(Self.unquote(current)) }
                current = ""
            } else if c == ";" {
                if !current.isEmpty { words.append(Self.unquote(current)) }
                words.append(";")
                current = ""
            } else {
                current.append(c)
            }
        }
        return (words, current)
    }

    static func unquote(_ word: String) -> String {
        word.filter { $0 != "\"" && $0 != "'" }
    }
}
