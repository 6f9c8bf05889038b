import LedeHost
import LedeKit

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
