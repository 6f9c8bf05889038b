import LedeHost
import LedeKit
import LedeCore

/// `show [ID|--all]`: an article's metadata and text; with `--format json|jsonl`, the article as
/// an object carrying the fields `load` reads from JSON, so other tools can take lede's extraction.
struct ShowCommand: ShellCommand {
    /// The fields of an article object, in order; `load` reads all of them back.
    static let fields = ["id", "title", "text", "url", "date", "author", "source", "path"]

    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "show", summary: "Print an article (the current one by default)",
            arguments: [ArgumentDescriptor("ID|TITLE", help: "which article", completion: .dynamic("articles"))],
            options: [CommonOptions.all, CommonOptions.format],
            examples: ["show", "show 3 | less", "show --all --format jsonl > articles.jsonl"],
            discussion: """
                With --format json or jsonl each article is an object with id, title, text, url, date, author,
                source and path (null when unknown), the fields load reads from .json and .jsonl files.
                """)
    }
    var group: CommandGroup { .session }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let articles: [Article]
        if invocation.flag("all") {
            guard invocation.arguments.isEmpty else { throw LedeError("show: give an article or --all, not both") }
            articles = shell.session.articles.map(shell.session.whole)
            guard !articles.isEmpty else { throw BundledSamples.nothingLoaded }
        } else {
            articles = [try ArticleReference.resolve(invocation.arguments, in: shell.session)]
        }
        if try shell.outputFormat(invocation).isHuman {
            return .text(articles.map(Self.page).joined(separator: "\n\n"))
        }
        return .table(Self.table(articles))
    }

    static func page(_ article: Article) -> String {
        var lines = ["# \(article.id): \(article.title)"]
        for (key, value) in article.metadata { lines.append("\(key): \(value)") }
        lines.append("")
        lines.append(article.text)
        return TerminalSanitizer.sanitize(lines.joined(separator: "\n"))
    }

    static func table(_ articles: [Article]) -> Table {
        var table = Table(columns: fields.map { Table.Column($0) })
        for article in articles {
            table.append(
                fields.map { field in
                    switch field {
                    case "id": return .string(article.id)
                    case "title": return .string(article.title)
                    case "text": return .string(article.text)
                    default: return article.metadata(field).map { .string($0) } ?? .null
                    }
                })
        }
        return table
    }
}

/// Resolves an optional article argument: the named article, else the current one.
enum ArticleReference {
    static func resolve(_ arguments: [String], in session: Session) throws(LedeError) -> Article {
        if !arguments.isEmpty { return try session.resolve(arguments.joined(separator: " ")) }
        guard let current = session.current else {
            throw BundledSamples.nothingLoaded
        }
        return current
    }
}
