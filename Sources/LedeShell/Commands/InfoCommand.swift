import LedeCore
import LedeHost
import LedeKit

/// `info [ID]`: facts about an article: size, structure, metadata.
struct InfoCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "info", summary: "Facts about an article: words, sentences, paragraphs, metadata",
            arguments: [ArgumentDescriptor("ID|TITLE", help: "which article", completion: .dynamic("articles"))],
            options: [CommonOptions.format], examples: ["info", "info 2 --format json"])
    }
    var group: CommandGroup { .session }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let article = try ArticleReference.resolve(invocation.arguments, in: shell.session)
        let document = shell.session.document(article)
        var table = Table(columns: [.init("field"), .init("value", wraps: true)])
        table.append(["id", .string(article.id)])
        table.append(["title", .string(article.title)])
        // The id the article came with (a JSON "id") is not the session's: it shows as "given id".
        for (key, value) in article.metadata { table.append([.string(key == "id" ? "given id" : key), .string(value)]) }
        table.append(["words", .int(document.wordCount)])
        table.append(["sentences", .int(document.sentences.count)])
        table.append(["paragraphs", .int(document.paragraphs.count)])
        table.append(["characters", .int(document.scalars.count)])
        return .table(table)
    }
}
