import Foundation
import LedeCore
import LedeHost
import LedeKit

/// `load PATH|URL…`: read articles from files, folders, globs, standard input or the web.
struct LoadCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "load", summary: "Load articles from files, folders, globs, - (standard input) or web pages",
            arguments: [
                ArgumentDescriptor(
                    "PATH|URL…", help: ".txt .md .html .json .jsonl files, folders, globs or http(s):// URLs",
                    completion: .files)
            ],
            options: [
                OptionDescriptor("max-size", value: "SIZE", help: "refuse larger files and pages: 50 (MB), 200K, 1G (default 50)"),
                OptionDescriptor("urls", value: "FILE", help: "fetch the URLs listed in FILE, one a line (# comments)", completion: .files),
                OptionDescriptor("timeout", value: "SECONDS", help: "give up on a web page after this long (default 20)"),
            ],
            examples: [
                "load scripts/samples", "load ~/news/*.html", "load feed.jsonl --max-size 200",
                "load https://example.com/news/story.html", "load --urls reading-list.txt",
            ],
            discussion: """
                .txt files may start with front matter (--- lines of 'key: value' ---); otherwise the first line is the title.
                .json and .jsonl hold objects with text, body or content, and title, url, date, source, author, id when present.
                .html pages give their main text without menus, share buttons or comments, and their title, date, author, site and URL.
                Folders skip README*, LICENSE*, CHANGELOG* and hidden files (name one to load it) and say how many.
                URLs are fetched 8 at a time, following redirects; the article keeps the URL and the time it was fetched.
                A bad file, line or URL is reported and skipped; everything else is loaded.
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
        var fetchOptions = WebFetcher.Options(maxSize: options.maxSize)
        if let text = invocation.value("timeout") {
            guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
                throw LedeError("load: --timeout expects a number of seconds, got '\(text)'")
            }
            fetchOptions.timeout = seconds
        }
        var urls = invocation.arguments.filter(ArticleLoader.isURL)
        let paths = invocation.arguments.filter { !ArticleLoader.isURL($0) }
        if let list = invocation.value("urls") {
            let data = try readList(list)
            urls += ArticleLoader.urls(inList: data)
        }
        guard !paths.isEmpty || !urls.isEmpty || invocation.value("urls") != nil else {
            throw LedeError("load: give a file, folder, glob, - or URL", hint: "'help load' shows examples")
        }
        let loader = ArticleLoader(options: options)
        var result = LoadResult()
        // Articles go into the session a batch of files at a time, so a load of thousands of files
        // holds one batch in memory; a failure to store them (a full disk) stops the load.
        var addition = Session.Addition(added: [], duplicates: 0)
        var storeFailure: LedeError?
        let store = { (articles: [Article]) in
            guard storeFailure == nil, !articles.isEmpty else { return }
            do {
                let more = try shell.session.add(articles)
                if addition.added.isEmpty, let first = more.added.first { addition.added.append(first) }
                addition.count += more.added.count
                addition.duplicates += more.duplicates
            } catch {
                storeFailure = (error as? LedeError) ?? LedeError("load: \(error)")
            }
        }
        if !paths.isEmpty {
            let progress = ProgressBar(enabled: shell.options.interactive, unit: "files")
            result = loader.load(
                paths,
                stdin: {
                    // Commands piped to lede: the article is the lines after `load -`, up to a lone `.`.
                    if let inline = shell.standardInputScript?.inlineData { return inline() }
                    return StandardInputReader.read(limit: options.maxSize, isCancelled: { shell.isInterrupted })
                },
                progress: { progress.update($0, of: $1) }, isCancelled: { shell.isInterrupted || storeFailure != nil },
                deliver: store)
            progress.finish()
            // Ctrl-C while standard input was read is an interruption, not an empty file.
            if shell.isInterrupted {
                result.interrupted = true
                result.diagnostics.removeAll { $0.path == "-" }
            }
        }
        if !urls.isEmpty && !result.interrupted {
            let progress = ProgressBar(enabled: shell.options.interactive, unit: "pages", minimum: 2)
            let fetched = loader.loadURLs(
                urls, fetcher: WebFetcher(options: fetchOptions), progress: { progress.update($0, of: $1) },
                isCancelled: { shell.isInterrupted })
            progress.finish()
            result.articles += fetched.articles
            result.diagnostics += fetched.diagnostics
            result.filesRead += fetched.filesRead
            result.interrupted = fetched.interrupted
        }
        for diagnostic in result.diagnostics { shell.writeError(diagnostic.description + "\n") }
        if result.skipped > 0 {
            let files = result.skipped == 1 ? "1 file" : "\(result.skipped) files"
            shell.writeError("load: skipped \(files) in folders (README, LICENSE, CHANGELOG or hidden); name one to load it\n")
        }
        store(result.articles)
        if let storeFailure { throw storeFailure }
        if result.interrupted { throw InterruptedError() }
        if addition.count == 0 && addition.duplicates == 0 {
            let sources = invocation.arguments + (invocation.value("urls").map { ["--urls", $0] } ?? [])
            throw LedeError("no articles loaded from \(sources.joined(separator: " "))")
        }
        // The first article loaded is current, as after a load of one batch.
        if let first = addition.added.first { shell.session.select(first.id) }
        guard shell.options.interactive else { return .none }
        return .text(Self.summary(addition))
    }

    /// `loaded 3 articles; current: …`, or with repeats `2 new, 1 already loaded; current: …`.
    static func summary(_ addition: Session.Addition) -> String {
        let current = addition.added.first.map { "; current: \($0.id): \($0.title)" } ?? ""
        if addition.duplicates == 0 {
            return "loaded \(addition.count) article\(addition.count == 1 ? "" : "s")\(current)"
        }
        return "\(addition.count) new, \(addition.duplicates) already loaded\(current)"
    }

    private func readList(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LedeError("load: cannot read the URL list '\(path)'")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A one-line progress bar on standard error, for loads of many files at a terminal.
final class ProgressBar {
    private let enabled: Bool
    private let unit: String
    private let minimum: Int
    private var shown = false
    private var lastDrawn = Date.distantPast

    /// Drawn only at a terminal and for at least `minimum` items.
    init(enabled: Bool, unit: String = "files", minimum: Int = 50) {
        self.enabled = enabled && isatty(2) == 1
        self.unit = unit
        self.minimum = minimum
    }

    func update(_ done: Int, of total: Int) {
        guard enabled, total >= minimum else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDrawn) > 0.05 else { return }
        lastDrawn = now
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        StandardStreams.err("\r\(bar) \(done)/\(total) \(unit)")
        shown = true
    }

    func finish() {
        if shown { StandardStreams.err("\r\u{1B}[K") }
    }
}
