import Foundation
import LedeCore
import LedeHost
import LedeKit

/// `report [ID…|--all] [--about NAME] --output FILE.html`: a picture of what lede found.
struct ReportCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "report", summary: "Write an HTML report: annotated articles, stance network, who is quoted, timeline, tone",
            arguments: [ArgumentDescriptor("ID…", help: "articles (default: the current one)", completion: .dynamic("articles"))],
            options: [
                CommonOptions.all,
                OptionDescriptor("about", value: "NAME", help: "only articles naming this entity, and the ties that touch it"),
                OptionDescriptor("output", short: "o", value: "FILE", help: "the HTML file to write (or redirect with >)", completion: .files),
                OptionDescriptor("title", value: "TEXT", help: "the report's title"),
            ] + SelectionOptions.list,
            examples: ["report --output today.html", "report --all --about Voss -o voss.html", "report 2 5 > two.html"],
            discussion: """
                One self-contained file: no network request, no font or script from elsewhere. It opens from disk \
                in any browser. Articles page by 50; a report of 1,000 articles is a few megabytes.
                """)
    }
    var group: CommandGroup { .analysis }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let session = shell.session
        var articles: [Article]
        let narrowed = SelectionOptions.isNarrowed(invocation)
        if invocation.flag("all") || narrowed {
            guard invocation.arguments.isEmpty else { throw LedeError("report: give articles or --all, not both") }
            let wanted = narrowed ? Set(try session.corpus.ids(in: SelectionOptions.selection(invocation))) : nil
            articles = session.articles.filter { wanted?.contains($0.id) ?? true }
        } else if invocation.arguments.isEmpty {
            guard let current = session.current else { throw BundledSamples.nothingLoaded }
            articles = [current]
        } else {
            articles = try invocation.arguments.map { try session.resolve($0) }
        }
        guard !articles.isEmpty else { throw LedeError("report: no article in the selection") }
        let output = invocation.value("output")
        if output == nil && shell.options.terminalOutput && isatty(1) == 1 {
            throw LedeError("report: give a file to write", hint: "report --output report.html, or report > report.html")
        }
        let cache = shell.cache
        let data = try ReportData.gather(
            articles.map { session.document($0) }, json: { try cache.json(ofPlugin: $0, for: $1) },
            about: invocation.value("about"), checkCancellation: { try cache.checkCancellation() })
        guard !data.articles.isEmpty else {
            throw LedeError("report: no article in the selection names '\(invocation.value("about") ?? "")'")
        }
        let title = invocation.value("title")
            ?? (data.articles.count == 1
                ? data.articles[0].article.title
                : "lede report: \(data.articles.count) articles" + (invocation.value("about").map { " about \($0)" } ?? ""))
        let html = ReportWriter(data: data, title: title).html()
        guard let output else { return .text(html) }
        let path = XDGPaths.expandingHome(output)
        try OutputDestination.write(html, to: path, append: false)
        guard shell.options.interactive else { return .none }
        let size = html.utf8.count
        return .text("wrote \(output) (\(data.articles.count) article\(data.articles.count == 1 ? "" : "s"), \(size / 1024) KB)")
    }
}
