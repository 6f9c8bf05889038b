import LedeCore

/// An analysis that lede runs over articles: what a plugin is, in or out of lede's process.
///
/// A plugin is a `Sendable` value. The host calls ``analyze(_:context:)`` at most once per article
/// and caches the output; ``encode(_:document:)`` gives the JSON that `lede analyze --with NAME`
/// writes under the plugin's name. A plugin that also serves commands at lede's prompt (built-ins)
/// adopts ``CommandPlugin`` as well; an out-of-process plugin's commands are drawn by lede from its
/// manifest, so it implements the analysis alone.
///
/// Requirements every implementation must meet (checked by `PluginContract` in the
/// `LedeKitTesting` library, which every built-in and example runs): `analyze` is a pure function
/// of the document and the dependencies' outputs; it never crashes on any text (empty, huge, only
/// punctuation); every span it returns lies inside the text; it calls
/// ``AnalysisContext/checkCancellation()`` in long loops and lets ``InterruptedError`` through.
///
/// ```swift
/// struct WordCount: AnalysisPlugin {
///     var descriptor: PluginDescriptor {
///         PluginDescriptor(name: "wordcount", version: "1.0", summary: "Counts words", commands: [])
///     }
///     func analyze(_ document: Document, context: any AnalysisContext) throws -> Int {
///         try context.checkCancellation()
///         return document.wordCount
///     }
///     func encode(_ output: Int, document: Document) -> JSONValue { .int(output) }
/// }
/// ```
public protocol AnalysisPlugin: Sendable {
    associatedtype Output: Sendable

    var descriptor: PluginDescriptor { get }

    /// Analyses one article. Read other plugins' results through `context`.
    func analyze(_ document: Document, context: any AnalysisContext) throws -> Output

    /// The batch JSON for one article (`lede analyze` writes it under the plugin's name).
    func encode(_ output: Output, document: Document) -> JSONValue
}

/// A plugin in lede's process that also serves the commands of its descriptor at the prompt;
/// the host's renderers print the returned output in every format.
///
/// ```swift
/// extension WordCount: CommandPlugin {
///     func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput {
///         var table = Table(columns: [.init("article"), .init("words", alignment: .right)])
///         for document in host.documents {
///             table.append([.string(document.article.id), .int(try host.output(of: self, for: document))])
///         }
///         return .table(table)
///     }
/// }
/// ```
public protocol CommandPlugin: AnalysisPlugin {
    /// Runs one of the plugin's commands over the host's documents.
    func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput

    /// Values for a ``Completion/dynamic(_:)`` completer, drawn from the loaded articles.
    func complete(_ key: String, host: any CommandHost) -> [String]
}

extension CommandPlugin {
    public func complete(_ key: String, host: any CommandHost) -> [String] { [] }
}

/// What an analysis can ask of the host while it runs.
public protocol AnalysisContext: Sendable {
    /// Another plugin's output for the same document, computed once and cached.
    func output<P: AnalysisPlugin>(of plugin: P, for document: Document) throws -> P.Output
    /// Another plugin's batch JSON, by name (what out-of-process plugins receive as inputs).
    func json(ofPlugin name: String, for document: Document) throws -> JSONValue
    /// Throws ``InterruptedError`` once the user pressed Ctrl-C.
    func checkCancellation() throws
}

extension AnalysisContext {
    /// A dependency's output when it can be had, or nil when that plugin fails: for analyses that
    /// can do without it (quotes attribute to surface names, summary falls back to name-like
    /// words). An interruption is never swallowed: ``InterruptedError`` always propagates.
    public func optionalOutput<P: AnalysisPlugin>(of plugin: P, for document: Document) throws -> P.Output? {
        do {
            return try output(of: plugin, for: document)
        } catch let error as InterruptedError {
            throw error
        } catch {
            return nil
        }
    }
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
