import Foundation
import LedeCore
import LedeHost
import LedeKit

/// `load PATH…`: read articles from files, folders, globs or standard input.
struct LoadCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "load", summary: "Load articles from files, folders, globs or - (standard input)",
            arguments: [
                ArgumentDescriptor(
                    "PATH…", help: ".txt .md .html .json .jsonl files, folders or globs", optional: false,
                    completion: .files)
            ],
            options: [OptionDescriptor("max-size", value: "SIZE", help: "refuse larger files: 50 (MB), 200K, 1G (default 50)")],
            examples: ["load scripts/samples", "load ~/news/*.html", "load feed.jsonl --max-size 200"],
            discussion: """
                .txt files may start with front matter (--- lines of 'key: value' ---); otherwise the first line is the title.
                .json and .jsonl hold objects with text, body or content, and title, url, date, source, author, id when present.
                A bad file or line is reported and skipped; everything else is loaded.
                When commands are piped to lede, 'load -' reads the article from the lines that follow it, up to a line holding a lone '.'.
                """)
    }
    var group: CommandGroup { .session }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        var options = ArticleLoader.Options()
        if let text = invocation.value("max-size") {
            guard let size = ArticleLoader.Options.parseSize(text) else {
                throw LedeError("load: --max-size expects a size such as 50, 200K or 1G, got '\(text)'")
            }
            options.maxSize = size
        }
        let progress = ProgressBar(enabled: shell.options.interactive)
        let result = ArticleLoader(options: options).load(
            invocation.arguments,
            stdin: {
                // Commands piped to lede: the article is the lines after `load -`, up to a lone `.`.
                if let inline = shell.standardInputScript?.inlineData { return inline() }
                return StandardInputReader.read(limit: options.maxSize, isCancelled: { shell.isInterrupted })
            },
            progress: { progress.update($0, of: $1) }, isCancelled: { shell.isInterrupted })
        progress.finish()
        for diagnostic in result.diagnostics { shell.writeError(diagnostic.description + "\n") }
        let added = shell.session.add(result.articles)
        if result.interrupted { throw InterruptedError() }
        if added.isEmpty {
            throw LedeError("no articles loaded from \(invocation.arguments.joined(separator: " "))")
        }
        guard shell.options.interactive else { return .none }
        let plural = added.count == 1 ? "" : "s"
        return .text("loaded \(added.count) article\(plural); current: \(added[0].id): \(added[0].title)")
    }
}

/// A one-line progress bar on standard error, for loads of many files at a terminal.
final class ProgressBar {
    private let enabled: Bool
    private var shown = false
    private var lastDrawn = Date.distantPast

    init(enabled: Bool) { self.enabled = enabled && isatty(2) == 1 }

    func update(_ done: Int, of total: Int) {
        guard enabled, total >= 50 else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDrawn) > 0.05 else { return }
        lastDrawn = now
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total) files".utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
