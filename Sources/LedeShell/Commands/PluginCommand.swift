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
        return d
    }

    var group: CommandGroup { .analysis }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let host = try SessionHost(shell: shell, all: invocation.flag("all"))
        return try plugin.run(invocation, host: host)
    }
}

/// The ``CommandHost`` a plugin command sees: the session's documents and the shared cache.
struct SessionHost: CommandHost {
    let documents: [Document]
    let allDocuments: [Document]
    let variables: [String: String]
    let cache: AnalysisCache

    init(shell: Shell, all: Bool) throws {
        let session = shell.session
        let everything = session.articles.map { session.document($0) }
        allDocuments = everything
        if all {
            documents = everything
        } else if let current = session.current {
            documents = [session.document(current)]
        } else {
            throw BundledSamples.nothingLoaded
        }
        variables = session.variables
        cache = shell.cache
    }

    /// A host for completion: never throws, scope is every article.
    init(completingFor shell: Shell) {
        let session = shell.session
        allDocuments = session.articles.map { session.document($0) }
        documents = allDocuments
        variables = session.variables
        cache = shell.cache
    }

    func output<P: AnalysisPlugin>(of plugin: P, for document: Document) throws -> P.Output {
        try cache.context.output(of: plugin, for: document)
    }

    func json(ofPlugin name: String, for document: Document) throws -> JSONValue {
        try cache.json(ofPlugin: name, for: document)
    }

    func checkCancellation() throws { try cache.checkCancellation() }

    func variable(_ name: String) -> String? { variables[name] }
}
