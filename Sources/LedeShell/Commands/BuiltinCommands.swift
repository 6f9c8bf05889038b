import LedeHost
import LedeKit

/// The shell's own commands, in the order `help` lists them within each group.
enum BuiltinCommands {
    static var all: [any ShellCommand] {
        [
            LoadCommand(), ListCommand(), UseCommand(), ShowCommand(), InfoCommand(), FindCommand(),
            UnloadCommand(), PluginsCommand(), RunCommand(), SetCommand(), UnsetCommand(), VarsCommand(),
            EchoCommand(), RecordCommand(), HelpCommand(), QuitCommand(),
        ]
    }
}

/// `quit` or Ctrl-D: leave lede.
struct QuitRequested: Error {}

struct QuitCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor("quit", summary: "Leave lede (Ctrl-D on an empty line does the same)", examples: ["quit"])
    }
    var group: CommandGroup { .session }
    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput { throw QuitRequested() }
}
