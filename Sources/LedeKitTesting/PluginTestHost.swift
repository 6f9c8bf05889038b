import LedeCore
import LedeKit
import Synchronization

/// A ``CommandHost`` over a few documents for a plugin's own tests: what lede's session gives a
/// plugin command, without lede. Dependencies are the plugins passed in, each computed once per
/// document; a plugin that is not listed is computed directly.
///
/// ```swift
/// let host = PluginTestHost(texts: ["Mayor Ana Ruiz said: \"We will build it.\""], plugins: [AnyPlugin(QuotesPlugin())])
/// let output = try QuotesPlugin().run(CommandInvocation(command: "quotes"), host: host)
/// ```
public final class PluginTestHost: CommandHost {
    public let documents: [Document]
    public var allDocuments: [Document] { documents }
    private let plugins: [String: AnyPlugin]
    private let variables: [String: String]
    private let results = Mutex<[String: any Sendable]>([:])
    private let cancelled: @Sendable () -> Bool

    /// A host over `documents`. `cancelled` says when the user "pressed Ctrl-C".
    public init(
        documents: [Document], plugins: [AnyPlugin] = [], variables: [String: String] = [:],
        cancelled: @escaping @Sendable () -> Bool = { false }
    ) {
        self.documents = documents
        self.plugins = Dictionary(plugins.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.variables = variables
        self.cancelled = cancelled
    }

    /// A host over articles made from `texts` (ids `1`, `2`, …, titles `Article N`).
    public convenience init(texts: [String], plugins: [AnyPlugin] = [], variables: [String: String] = [:]) {
        let documents = texts.enumerated().map { index, text in
            Document(Article(id: "\(index + 1)", title: "Article \(index + 1)", text: text))
        }
        self.init(documents: documents, plugins: plugins, variables: variables)
    }

    public func output<P: AnalysisPlugin>(of plugin: P, for document: Document) throws -> P.Output {
        try checkCancellation()
        let key = plugin.descriptor.name + "\u{0}" + document.article.id
        if let cached = results.withLock({ $0[key] }) as? P.Output { return cached }
        let value = try plugin.analyze(document, context: self)
        results.withLock { $0[key] = value }
        return value
    }

    public func json(ofPlugin name: String, for document: Document) throws -> JSONValue {
        guard let plugin = plugins[name] else { throw LedeError("no plugin named '\(name)' is loaded") }
        let key = name + "\u{0}" + document.article.id
        let value: any Sendable
        if let cached = results.withLock({ $0[key] }) {
            value = cached
        } else {
            try checkCancellation()
            value = try plugin.analyze(document, context: self)
            results.withLock { $0[key] = value }
        }
        return plugin.encode(value, document: document)
    }

    public func checkCancellation() throws {
        if cancelled() { throw InterruptedError() }
    }

    public func variable(_ name: String) -> String? { variables[name] }
}
