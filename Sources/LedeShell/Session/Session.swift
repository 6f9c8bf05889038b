import LedeCore
import LedeCorpus
import LedeHost
import LedeKit

/// The articles of one run of lede, the current one, and the session's variables.
///
/// The articles live in a ``Corpus``: a database file opened with `--corpus` or `open`, or one in
/// memory. Articles keep the order they were loaded in; ids are small numbers (`1`, `2`, …) that
/// never repeat within a corpus, so scripts can refer to them. An article whose text is already
/// loaded is not loaded again.
public final class Session {
    public private(set) var corpus: Corpus
    public private(set) var currentID: String?
    public var variables: [String: String] = [:]
    /// The articles as lists show them; read from the corpus when first needed. Articles loaded in
    /// this session carry their text; those read back from a corpus file carry none until asked.
    private var list: [Article]?
    private var words: [String: Int] = [:]
    private var whole: [String: Article] = [:]
    private var documents: [String: Document] = [:]
    /// Documents kept for reuse; past this many, all but the current one are dropped.
    private static let documentsKept = 2_000

    public init(corpus: Corpus = Corpus()) {
        self.corpus = corpus
        currentID = try? corpus.info("current")
        if corpus.path == nil { list = [] }
    }

    /// Switches to another corpus (`open FILE`); what was loaded stays in the corpus it was in.
    public func open(_ corpus: Corpus) {
        self.corpus = corpus
        list = corpus.path == nil ? [] : nil
        words = [:]
        whole = [:]
        documents = [:]
        currentID = try? corpus.info("current")
        if let id = currentID, (try? corpus.article(id: id)) == nil { currentID = nil }
    }

    /// Every article, in id order (without text for articles read back from a corpus file).
    public var articles: [Article] {
        if let list { return list }
        let headers = (try? corpus.headers()) ?? []
        var read: [Article] = []
        read.reserveCapacity(headers.count)
        for header in headers {
            var metadata: [(key: String, value: String)] = []
            if let day = header.day { metadata.append((key: "date", value: day)) }
            if let source = header.source { metadata.append((key: "source", value: source)) }
            read.append(Article(id: header.id, title: header.title, text: "", metadata: metadata))
            words[header.id] = header.words
        }
        list = read
        return read
    }

    public var count: Int { list?.count ?? ((try? corpus.count()) ?? 0) }

    /// The current article, whole.
    public var current: Article? {
        currentID.flatMap { try? whole($0) }
    }

    /// What `load` did: the articles added, and how many were there already.
    public struct Addition {
        public var added: [Article]
        public var duplicates: Int
        /// How many were added (``added`` may keep only the first, for a load of many batches).
        public var count: Int

        public init(added: [Article], duplicates: Int, count: Int? = nil) {
            self.added = added
            self.duplicates = duplicates
            self.count = count ?? added.count
        }
    }

    /// Adds articles whose text is new, giving each an id; the first added becomes current.
    @discardableResult
    public func add(_ loaded: [Article]) throws(LedeError) -> Addition {
        let result = try corpus.add(loaded)
        if corpus.path == nil {
            // In memory the session holds the articles whole.
            list? += result.added
            for article in result.added { whole[article.id] = article }
        } else if list != nil {
            // A corpus file keeps the text; the list keeps what lists show, as when read back.
            for article in result.added {
                var metadata: [(key: String, value: String)] = []
                if let day = Corpus.day(of: article) { metadata.append((key: "date", value: day)) }
                if let source = article.metadata("source") { metadata.append((key: "source", value: source)) }
                list!.append(Article(id: article.id, title: article.title, text: "", metadata: metadata))
            }
        }
        if let first = result.added.first { select(first.id) }
        return Addition(added: result.added, duplicates: result.duplicates)
    }

    /// Removes articles by id; returns the ones removed. When the current article goes, the next
    /// one that stays becomes current (else the one before it), as in a list one deletes from.
    public func remove(ids: Set<String>) throws(LedeError) -> [Article] {
        let all = articles
        var successor: String?
        if let c = currentID, ids.contains(c), let position = all.firstIndex(where: { $0.id == c }) {
            successor = all[position...].first { !ids.contains($0.id) }?.id
                ?? all[..<position].last { !ids.contains($0.id) }?.id
        }
        let removed = all.filter { ids.contains($0.id) }
        try corpus.remove(ids: removed.map(\.id))
        list = all.filter { !ids.contains($0.id) }
        for id in ids {
            documents[id] = nil
            whole[id] = nil
        }
        if let c = currentID, ids.contains(c) { select(successor) }
        return removed
    }

    public func select(_ id: String?) {
        currentID = id
        try? corpus.setInfo("current", id)
    }

    /// Finds an article by id, or by a case-insensitive title prefix when that is unambiguous.
    public func resolve(_ reference: String) throws(LedeError) -> Article {
        if Int(reference) != nil, let exact = try whole(reference) { return exact }
        let all = articles
        let lowered = reference.lowercased()
        let matches = all.filter { $0.title.lowercased().hasPrefix(lowered) }
        if matches.count == 1 { return try whole(matches[0].id) ?? matches[0] }
        if matches.isEmpty {
            let containing = all.filter { $0.title.lowercased().contains(lowered) }
            if containing.count == 1 { return try whole(containing[0].id) ?? containing[0] }
            throw LedeError("no article '\(reference)'", hint: "'list' shows the loaded articles and their ids")
        }
        let ids = matches.prefix(5).map(\.id).joined(separator: ", ")
        throw LedeError("'\(reference)' matches \(matches.count) titles (ids \(ids)\(matches.count > 5 ? ", …" : ""))")
    }

    /// The article with its text.
    public func whole(_ id: String) throws(LedeError) -> Article? {
        if let held = whole[id] { return held }
        return try corpus.article(id: id)
    }

    /// The article with its text (the one given when it has its text already).
    public func whole(_ article: Article) -> Article {
        if !article.text.isEmpty { return article }
        return (try? whole(article.id)) ?? article
    }

    /// The article's word count, without preparing it when the corpus knows it.
    public func wordCount(_ article: Article) -> Int {
        if let known = words[article.id] { return known }
        let count = document(article).wordCount
        words[article.id] = count
        return count
    }

    /// The prepared document of an article, built once.
    public func document(_ article: Article) -> Document {
        if let cached = documents[article.id] { return cached }
        let document = Document(whole(article))
        if documents.count >= Self.documentsKept {
            documents = documents.filter { $0.key == currentID }
        }
        documents[article.id] = document
        return document
    }

    /// The prepared document of the article with this id, if there is one.
    public func document(id: String) -> Document? {
        if let cached = documents[id] { return cached }
        guard let article = try? whole(id) else { return nil }
        return document(article)
    }
}
