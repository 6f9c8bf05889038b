import LedeCore
import LedeKit
import Synchronization

/// Computes each plugin's analysis once per article and keeps it: the shared engine behind the
/// shell's session and the batch mode.
public final class AnalysisCache: Sendable {
    private struct Key: Hashable {
        var plugin: String
        var article: String
    }

    /// The plugins by name, in their listed order.
    private let plugins: Mutex<[String: AnyPlugin]>
    private let results = Mutex<[Key: any Sendable]>([:])
    private let inProgress = Mutex<Set<Key>>([])
    private let cancelled: @Sendable () -> Bool

    public init(plugins: [AnyPlugin], cancelled: @escaping @Sendable () -> Bool = { false }) {
        self.plugins = Mutex(Dictionary(plugins.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }))
        self.cancelled = cancelled
    }

    /// Replaces the plugin list (after `plugins reload`) and forgets results of plugins that changed.
    public func replacePlugins(_ list: [AnyPlugin]) {
        plugins.withLock { $0 = Dictionary(list.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }) }
        let kept = Set(list.filter { $0.origin == .builtin }.map(\.name))
        results.withLock { $0 = $0.filter { kept.contains($0.key.plugin) } }
    }

    /// Forgets every result for the article (after it is unloaded or reloaded).
    public func forget(article id: String) {
        results.withLock { $0 = $0.filter { $0.key.article != id } }
    }

    public func plugin(named name: String) -> AnyPlugin? {
        plugins.withLock { $0[name] }
    }

    /// The (cached) output of the named plugin for `document`.
    public func output(ofPlugin name: String, for document: Document) throws -> any Sendable {
        let key = Key(plugin: name, article: document.article.id)
        if let cached = results.withLock({ $0[key] }) { return cached }
        // Between articles is where a long `--all` command notices Ctrl-C.
        try checkCancellation()
        guard let plugin = plugin(named: name) else {
            throw LedeError("no plugin named '\(name)' is loaded")
        }
        let entered = inProgress.withLock { $0.insert(key).inserted }
        guard entered else { throw LedeError("plugin '\(name)' depends on itself") }
        defer { _ = inProgress.withLock { $0.remove(key) } }
        let value = try plugin.analyze(document, context: Context(cache: self))
        results.withLock { $0[key] = value }
        return value
    }

    /// The batch JSON of the named plugin for `document`.
    public func json(ofPlugin name: String, for document: Document) throws -> JSONValue {
        guard let plugin = plugin(named: name) else { throw LedeError("no plugin named '\(name)' is loaded") }
        return plugin.encode(try output(ofPlugin: name, for: document), document: document)
    }

    public func checkCancellation() throws {
        if cancelled() { throw InterruptedError() }
    }

    /// An ``AnalysisContext`` reading from this cache.
    public var context: any AnalysisContext { Context(cache: self) }

    struct Context: AnalysisContext {
        let cache: AnalysisCache

        func output<P: AnalysisPlugin>(of plugin: P, for document: Document) throws -> P.Output {
            let name = plugin.descriptor.name
            if cache.plugin(named: name) == nil {
                // A dependency that is not registered (tests, embedding): compute it directly.
                return try plugin.analyze(document, context: self)
            }
            guard let typed = try cache.output(ofPlugin: name, for: document) as? P.Output else {
                throw LedeError("plugin '\(name)' returned an unexpected result type")
            }
            return typed
        }

        func json(ofPlugin name: String, for document: Document) throws -> JSONValue {
            try cache.json(ofPlugin: name, for: document)
        }

        func checkCancellation() throws { try cache.checkCancellation() }
    }
}
