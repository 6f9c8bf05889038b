import LedeHost
import LedeKit

/// The shell's own commands, in the order `help` lists them within each group.
enum BuiltinCommands {
    static var all: [any ShellCommand] {
        [
            LoadCommand(), ListCommand(), UseCommand(), ShowCommand(), InfoCommand(), FindCommand(),
            UnloadCommand(), OpenCommand(), SaveCommand(), IndexCommand(), SearchCommand(), EntityCommand(),
            TimelineCommand(), NetworkCommand(), CorpusStatusCommand(), ReportCommand(), PluginsCommand(), RunCommand(), SetCommand(), UnsetCommand(), VarsCommand(),
            EchoCommand(), RecordCommand(), HistoryCommand(), ClearCommand(), HelpCommand(), QuitCommand(),
        ]
    }
}

/// `quit` or Ctrl-D: leave lede.
struct QuitRequested: Error {}

struct QuitCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor("quit", summary: "Leave lede ('exit' and Ctrl-D on an empty line do the same)", examples: ["quit", "exit"])
    }
    var group: CommandGroup { .session }
    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput { throw QuitRequested() }
}
