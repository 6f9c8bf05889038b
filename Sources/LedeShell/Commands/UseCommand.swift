import LedeHost
import LedeKit

/// `use ID|TITLE-PREFIX`: make an article current.
struct UseCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "use", summary: "Make an article the current one",
            arguments: [ArgumentDescriptor("ID|TITLE", help: "an id from 'list' or the start of a title", optional: false, completion: .dynamic("articles"))],
            examples: ["use 2", "use Trump says"])
    }
    var group: CommandGroup { .session }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let article = try shell.session.resolve(invocation.arguments.joined(separator: " "))
        shell.session.select(article.id)
        return shell.options.interactive ? .text("\(article.id): \(TerminalSanitizer.sanitize(article.title))") : .none
    }
}
