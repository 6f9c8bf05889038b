import LedeHost
import LedeKit

/// `list`: the loaded articles.
struct ListCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "list", summary: "List the loaded articles", options: [CommonOptions.format],
            examples: ["list", "list --format csv > articles.csv"])
    }
    var group: CommandGroup { .session }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let session = shell.session
        var table = Table(columns: [
            .init("id", alignment: .right), .init("current"), .init("title", wraps: true), .init("date"),
            .init("source"), .init("words", alignment: .right),
        ])
        for article in session.articles {
            let words = session.wordCount(article)
            table.append([
                .string(article.id), .string(article.id == session.currentID ? "*" : ""), .string(article.title),
                .string(article.metadata("date") ?? ""), .string(article.metadata("source") ?? ""), .int(words),
            ])
        }
        table.footer = "\(session.articles.count) article\(session.articles.count == 1 ? "" : "s")"
        return .table(table)
    }
}
