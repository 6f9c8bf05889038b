import LedeHost
import LedeKit

/// `run FILE [ARGS…]`: replay a saved script.
struct RunCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "run", summary: "Run a script of lede commands; its arguments are $1, $2, …",
            arguments: [
                ArgumentDescriptor("FILE", help: "a .lede script", optional: false, completion: .files),
                ArgumentDescriptor("ARGS…", help: "values for $1, $2, …"),
            ],
            examples: ["run scripts/morning-brief.lede", "run scripts/one-entity.lede \"Keir Starmer\""],
            discussion: "A script stops at its first error (FILE:LINE: error: …) unless lede runs with --keep-going.")
    }
    var group: CommandGroup { .scripting }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        try shell.runScript(path: invocation.arguments[0], arguments: Array(invocation.arguments.dropFirst()))
        return .none
    }
}
