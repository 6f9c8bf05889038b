import LedeHost
import LedeKit
import LedeCore

/// `show [ID]`: an article's metadata and text.
struct ShowCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "show", summary: "Print an article (the current one by default)",
            arguments: [ArgumentDescriptor("ID|TITLE", help: "which article", completion: .dynamic("articles"))],
            examples: ["show", "show 3 | less"])
    }
    var group: CommandGroup { .session }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let article = try ArticleReference.resolve(invocation.arguments, in: shell.session)
        var lines = ["# \(article.id): \(article.title)"]
        for (key, value) in article.metadata { lines.append("\(key): \(value)") }
        lines.append("")
        lines.append(article.text)
        return .text(TerminalSanitizer.sanitize(lines.joined(separator: "\n")))
    }
}

/// Resolves an optional article argument: the named article, else the current one.
enum ArticleReference {
    static func resolve(_ arguments: [String], in session: Session) throws(LedeError) -> Article {
        if !arguments.isEmpty { return try session.resolve(arguments.joined(separator: " ")) }
        guard let current = session.current else {
            throw LedeError("no article loaded", hint: "load one with 'load PATH'")
        }
        return current
    }
}
