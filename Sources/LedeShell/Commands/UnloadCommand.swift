import LedeHost
import LedeKit

/// `unload [ID…|--all]`: forget articles.
struct UnloadCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "unload", summary: "Remove articles from the session (the current one by default)",
            arguments: [ArgumentDescriptor("ID…", help: "ids or title prefixes", completion: .dynamic("articles"))],
            options: [OptionDescriptor("all", help: "remove every article")],
            examples: ["unload", "unload 2 5", "unload --all"])
    }
    var group: CommandGroup { .session }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let session = shell.session
        var ids: Set<String>
        if invocation.flag("all") {
            ids = Set(session.articles.map(\.id))
        } else if invocation.arguments.isEmpty {
            guard let current = session.current else { throw BundledSamples.nothingLoaded }
            ids = [current.id]
        } else {
            ids = []
            for reference in invocation.arguments { ids.insert(try session.resolve(reference).id) }
        }
        let removed = try session.remove(ids: ids)
        shell.cache.forget(articles: Set(removed.map(\.id)))
        return shell.options.interactive ? .text("unloaded \(removed.count) article\(removed.count == 1 ? "" : "s")") : .none
    }
}
