import LedeCore
import LedeHost
import LedeKit

/// The articles loaded in one run of lede, the current one, and the session's variables.
///
/// Articles keep the order they were loaded in; ids are small numbers (`1`, `2`, …) that never
/// repeat within a session, so scripts can refer to them.
public final class Session {
    public private(set) var articles: [Article] = []
    public private(set) var currentID: String?
    public var variables: [String: String] = [:]
    private var documents: [String: Document] = [:]
    private var nextNumber = 1

    public init() {}

    public var current: Article? {
        currentID.flatMap { id in articles.first { $0.id == id } }
    }

    /// Adds articles, giving each a session id; the last one becomes current.
    @discardableResult
    public func add(_ loaded: [Article]) -> [Article] {
        var added: [Article] = []
        for var article in loaded {
            if !article.id.isEmpty && article.metadata("id") == nil {
                article.metadata.insert((key: "id", value: article.id), at: 0)
            }
            article.id = String(nextNumber)
            nextNumber += 1
            articles.append(article)
            added.append(article)
        }
        if let first = added.first { currentID = first.id }
        return added
    }

    /// Removes articles by id; returns the ones removed. When the current article goes, the next
    /// one that stays becomes current (else the one before it), as in a list one deletes from.
    public func remove(ids: Set<String>) -> [Article] {
        var successor: String?
        if let c = currentID, ids.contains(c), let position = articles.firstIndex(where: { $0.id == c }) {
            successor = articles[position...].first { !ids.contains($0.id) }?.id
                ?? articles[..<position].last { !ids.contains($0.id) }?.id
        }
        let removed = articles.filter { ids.contains($0.id) }
        articles.removeAll { ids.contains($0.id) }
        for id in ids { documents[id] = nil }
        if let c = currentID, ids.contains(c) { currentID = successor }
        return removed
    }

    public func select(_ id: String) { currentID = id }

    /// Finds an article by id, or by a case-insensitive title prefix when that is unambiguous.
    public func resolve(_ reference: String) throws(LedeError) -> Article {
        if let exact = articles.first(where: { $0.id == reference }) { return exact }
        let lowered = reference.lowercased()
        let matches = articles.filter { $0.title.lowercased().hasPrefix(lowered) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            let containing = articles.filter { $0.title.lowercased().contains(lowered) }
            if containing.count == 1 { return containing[0] }
            throw LedeError("no article '\(reference)'", hint: "'list' shows the loaded articles and their ids")
        }
        let ids = matches.prefix(5).map(\.id).joined(separator: ", ")
        throw LedeError("'\(reference)' matches \(matches.count) titles (ids \(ids)\(matches.count > 5 ? ", …" : ""))")
    }

    /// The prepared document of an article, built once.
    public func document(_ article: Article) -> Document {
        if let cached = documents[article.id] { return cached }
        let document = Document(article)
        documents[article.id] = document
        return document
    }
}
