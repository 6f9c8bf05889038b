import Foundation
import LedeCore
import LedeKit

/// `load PATH…`: read articles from files, folders, globs or standard input.
struct LoadCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "load", summary: "Load articles from files, folders, globs or - (standard input)",
            arguments: [ArgumentDescriptor("PATH…", help: ".txt .md .html .json .jsonl files, folders or globs", optional: false, completion: .files)],
            options: [OptionDescriptor("max-size", value: "MB", help: "refuse files larger than this (default 50)")],
            examples: ["load scripts/samples", "load ~/news/*.html", "load feed.jsonl"])
    }
    var group: CommandGroup { .session }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let result = StandInLoader.load(invocation.arguments)
        for diagnostic in result.diagnostics { shell.warn(diagnostic) }
        let added = shell.session.add(result.articles)
        if added.isEmpty {
            throw LedeError("no articles loaded from \(invocation.arguments.joined(separator: " "))")
        }
        guard shell.options.interactive else { return .none }
        return .text("loaded \(added.count) article\(added.count == 1 ? "" : "s"); current: \(added[0].id): \(TerminalText.sanitize(added[0].title))")
    }
}
