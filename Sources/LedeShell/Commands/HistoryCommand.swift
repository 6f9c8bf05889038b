import Foundation
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

/// `clear`: clears the terminal screen.
struct ClearCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor("clear", summary: "Clear the terminal screen (Ctrl-L at the prompt does the same)", examples: ["clear"])
    }
    var group: CommandGroup { .output }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        // Nothing when the output is not a terminal: a file or a pipe gets no escape codes. Written
        // directly, as rendered output goes through the sanitizer that removes them.
        if shell.options.terminalOutput { shell.writeOut("\u{1B}[H\u{1B}[2J\u{1B}[3J") }
        return .none
    }
}

/// `!COMMAND`: runs a shell command, as `\!` in psql and `!` in IPython.
enum ShellEscape {
    static func run(_ command: String, shell: Shell) throws {
        // Piped commands are lede's standard input: the shell command must not read them.
        var input: Int32?
        if !shell.options.interactive {
            input = open("/dev/null", O_RDONLY | O_CLOEXEC)
        }
        defer { if let input { close(input) } }
        let pid = try ChildProcess.spawn(["/bin/sh", "-c", command], displayName: command, input: input, newProcessGroup: false)
        let status = ChildProcess.wait(pid)
        guard let code = ChildProcess.exitCode(status) else {
            if shell.isInterrupted { throw InterruptedError() }
            throw LedeError("!: '\(command)' was killed by signal \(status & 0x7F)")
        }
        if code == 127 { throw LedeError("!: shell command not found: '\(command)'") }
        if code != 0 { throw LedeError("!: '\(command)' exited with status \(code)") }
    }
}
