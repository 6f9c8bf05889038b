import LedeCore

/// An analysis that lede runs over articles, and the commands that show its results.
///
/// A plugin is a `Sendable` value. The host calls ``analyze(_:context:)`` at most once per article
/// and caches the output for the session; ``encode(_:document:)`` gives the JSON that
/// `lede analyze --with NAME` writes under the plugin's name; ``run(_:host:)`` serves the plugin's
/// commands at the prompt, where the host's renderers print the returned table in every format.
///
/// Requirements every implementation must meet (checked by the contract suite in
/// `LedePluginsTests/PluginContractTests.swift`): `analyze` is a pure function of the document and
/// the dependencies' outputs; it never crashes on any text (empty, huge, only punctuation); every
/// span it returns lies inside the text; it checks ``AnalysisContext/checkCancellation()`` in long
/// loops.
///
/// ```swift
/// struct WordCount: AnalysisPlugin {
///     var descriptor: PluginDescriptor {
///         PluginDescriptor(name: "wordcount", version: "1.0", summary: "Counts words",
///                          commands: [CommandDescriptor("words", summary: "Word count of each article")])
///     }
///     func analyze(_ document: Document, context: any AnalysisContext) throws -> Int { document.wordCount }
///     func encode(_ output: Int, document: Document) -> JSONValue { .int(output) }
///     func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput {
///         var table = Table(columns: [.init("article"), .init("words", alignment: .right)])
///         for document in host.documents {
///             table.append([.string(document.article.id), .int(try host.output(of: self, for: document))])
///         }
///         return .table(table)
///     }
/// }
/// ```
public protocol AnalysisPlugin: Sendable {
    associatedtype Output: Sendable

    var descriptor: PluginDescriptor { get }

    /// Analyses one article. Read other plugins' results through `context`.
    func analyze(_ document: Document, context: any AnalysisContext) throws -> Output

    /// The batch JSON for one article (`lede analyze` writes it under the plugin's name).
    func encode(_ output: Output, document: Document) -> JSONValue

    /// Runs one of the plugin's commands over the host's documents.
    func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput

    /// Values for a ``Completion/dynamic(_:)`` completer, drawn from the loaded articles.
    func complete(_ key: String, host: any CommandHost) -> [String]
}

extension AnalysisPlugin {
    public func complete(_ key: String, host: any CommandHost) -> [String] { [] }
}

/// What an analysis can ask of the host while it runs.
public protocol AnalysisContext: Sendable {
    /// Another plugin's output for the same document, computed once and cached.
    func output<P: AnalysisPlugin>(of plugin: P, for document: Document) throws -> P.Output
    /// Another plugin's batch JSON, by name (what out-of-process plugins receive as inputs).
    func json(ofPlugin name: String, for document: Document) throws -> JSONValue
    /// Throws ``CancellationError`` once the user pressed Ctrl-C.
    func checkCancellation() throws
}

/// What a command sees: the articles it applies to and the analyses of each.
public protocol CommandHost: AnalysisContext {
    /// The documents in scope: the current article, or every loaded one with `--all` (or when the
    /// command works across the session).
    var documents: [Document] { get }
    /// Every loaded document, whatever the scope.
    var allDocuments: [Document] { get }
    /// A session variable set with `set NAME VALUE`.
    func variable(_ name: String) -> String?
}
