import LedeHost
import LedeKit

/// `history [N]`: the lines typed at the prompt, numbered from the oldest.
struct HistoryCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "history", summary: "List the lines typed at the prompt (the last N)",
            arguments: [ArgumentDescriptor("N", help: "how many of the latest lines (default all)")],
            options: [CommonOptions.format], examples: ["history", "history 20"],
            discussion: "Up and Ctrl-R recall lines; a line starting with a space is not kept.")
    }
    var group: CommandGroup { .session }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        guard let entries = shell.historyProvider?() else {
            throw LedeError("history: there is no history outside the interactive prompt")
        }
        var first = 0
        if let text = invocation.arguments.first {
            guard let count = Int(text), count > 0 else {
                throw LedeError("history: N must be a whole number from 1 up, got '\(text)'")
            }
            first = max(0, entries.count - count)
        }
        var table = Table(columns: [.init("n", alignment: .right), .init("line")])
        for index in first..<entries.count {
            table.append([.int(index + 1), .string(entries[index])])
        }
        return .table(table)
    }
}
