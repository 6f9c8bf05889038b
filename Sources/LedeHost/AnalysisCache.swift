import LedeCore
import LedeKit
import Synchronization

/// Where analyses outlive the process (a corpus): the JSON a plugin's version made for an article.
public protocol AnalysisStore: Sendable {
    func storedJSON(plugin: String, version: String, article: String) -> JSONValue?
}

/// Computes each plugin's analysis once per article and keeps it: the shared engine behind the
/// shell's session and the batch mode.
///
/// With a store, a custom plugin's stored result is used instead of running the plugin again, and
/// every result computed here is listed in ``takeFresh()`` for the store to keep.
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
    private let store = Mutex<(any AnalysisStore)?>(nil)
    private let fresh = Mutex<[(plugin: String, article: String)]>([])

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

    /// Reads stored results from `store` (nil: none), forgetting every result held.
    public func attach(_ store: (any AnalysisStore)?) {
        self.store.withLock { $0 = store }
        results.withLock { $0 = [:] }
        fresh.withLock { $0 = [] }
    }

    /// The results computed since the last call, with their JSON, for a store to keep. Results of
    /// articles forgotten since are left out.
    public func takeFresh(documents: (String) -> Document?) -> [(plugin: String, version: String, article: String, json: JSONValue)] {
        let keys = fresh.withLock { list in
            defer { list = [] }
            return list
        }
        var out: [(plugin: String, version: String, article: String, json: JSONValue)] = []
        for key in keys {
            guard let plugin = plugin(named: key.plugin),
                let value = results.withLock({ $0[Key(plugin: key.plugin, article: key.article)] }),
                let document = documents(key.article)
            else { continue }
            out.append((key.plugin, plugin.descriptor.version, key.article, plugin.encode(value, document: document)))
        }
        return out
    }

    /// Forgets every result for the article (after it is unloaded or reloaded).
    public func forget(article id: String) {
        forget(articles: [id])
    }

    /// Forgets every result for these articles, in one pass.
    public func forget(articles ids: Set<String>) {
        results.withLock { $0 = $0.filter { !ids.contains($0.key.article) } }
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
        // A custom plugin's output is its JSON: a stored one stands in for a run.
        if case .external = plugin.origin,
            let stored = store.withLock({ $0 })?.storedJSON(plugin: name, version: plugin.descriptor.version, article: key.article)
        {
            results.withLock { $0[key] = stored }
            return stored
        }
        let entered = inProgress.withLock { $0.insert(key).inserted }
        guard entered else { throw LedeError("plugin '\(name)' depends on itself") }
        defer { _ = inProgress.withLock { $0.remove(key) } }
        let value = try plugin.analyze(document, context: Context(cache: self))
        results.withLock { $0[key] = value }
        if store.withLock({ $0 }) != nil { fresh.withLock { $0.append((name, key.article)) } }
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
