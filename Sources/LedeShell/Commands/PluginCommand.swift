import LedeCore
import LedeHost
import LedeKit

/// A plugin's command as the shell runs it: `--all` and `--format` added, the scope resolved.
struct PluginCommand: ShellCommand {
    let plugin: AnyPlugin
    let base: CommandDescriptor

    var descriptor: CommandDescriptor {
        var d = base
        if d.option(named: "all") == nil { d.options.append(CommonOptions.all) }
        if d.option(named: "format") == nil { d.options.append(CommonOptions.format) }
        for option in SelectionOptions.list where d.option(named: option.name) == nil { d.options.append(option) }
        if isBuiltin("quotes"), d.option(named: "about") == nil {
            d.options.append(
                OptionDescriptor("about", value: "NAME", help: "quotes that mention this entity, in every article (or the selection)"))
        }
        return d
    }

    private func isBuiltin(_ command: String) -> Bool {
        plugin.origin == .builtin && base.name == command && plugin.name == command
    }

    var group: CommandGroup { .analysis }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let narrowed = SelectionOptions.isNarrowed(invocation)
        let all = invocation.flag("all") || narrowed
        // Across articles, entities merge and quotes can be about one entity: the corpus answers.
        if all && isBuiltin("entities") { return try MergedEntitiesTable.run(invocation, shell: shell) }
        if isBuiltin("quotes"), let name = invocation.value("about") {
            return try QuotesAboutTable.run(invocation, name: name, shell: shell)
        }
        var options = invocation.options
        for name in SelectionOptions.names { options[name] = nil }
        if narrowed { options["all"] = "" }
        let host = try SessionHost(
            shell: shell, all: all, only: narrowed ? try shell.session.corpus.ids(in: SelectionOptions.selection(invocation)) : nil)
        return try plugin.run(CommandInvocation(command: invocation.command, arguments: invocation.arguments, options: options), host: host)
    }
}

/// The ``CommandHost`` a plugin command sees: the session's documents and the shared cache.
/// Documents are prepared when asked for: a command on the current article of a corpus of
/// 100,000 prepares one.
struct SessionHost: CommandHost, @unchecked Sendable {
    let documents: [Document]
    let session: Session
    /// Completion reads names from `documents` alone.
    var completing = false
    let variables: [String: String]
    let cache: AnalysisCache

    init(shell: Shell, all: Bool, only ids: [String]? = nil) throws {
        let session = shell.session
        self.session = session
        if let ids {
            let wanted = Set(ids)
            documents = session.articles.filter { wanted.contains($0.id) }.map { session.document($0) }
        } else if all {
            documents = session.articles.map { session.document($0) }
        } else if let current = session.current {
            documents = [session.document(current)]
        } else {
            throw BundledSamples.nothingLoaded
        }
        variables = session.variables
        cache = shell.cache
    }

    /// How many articles completion reads names from; past this, only the current one (a Tab
    /// must answer at once, and a corpus can hold 100,000 articles).
    static let completionScope = 1_000

    /// A host for completion: never throws, scope is every article (or the current one).
    init(completingFor shell: Shell) {
        let session = shell.session
        self.session = session
        if session.count <= Self.completionScope {
            documents = session.articles.map { session.document($0) }
        } else {
            documents = session.current.map { [session.document($0)] } ?? []
        }
        completing = true
        variables = session.variables
        cache = shell.cache
    }

    var allDocuments: [Document] { completing ? documents : session.articles.map { session.document($0) } }

    func output<P: AnalysisPlugin>(of plugin: P, for document: Document) throws -> P.Output {
        try cache.context.output(of: plugin, for: document)
    }

    func json(ofPlugin name: String, for document: Document) throws -> JSONValue {
        try cache.json(ofPlugin: name, for: document)
    }

    func checkCancellation() throws { try cache.checkCancellation() }

    func variable(_ name: String) -> String? { variables[name] }
}
