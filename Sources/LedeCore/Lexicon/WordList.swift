/// A closed list of lower-cased words with one meaning, declared once in ``Lexicon``.
///
/// The entries keep the order they were written in, so the lexicon tests can find a word
/// written twice; lookups go through a set.
///
/// ```swift
/// if Lexicon.sentenceOpeners.contains("however") { … }
/// ```
public struct WordList: Sendable {
    /// What the list holds, for messages.
    public let name: String
    /// The words as declared.
    public let entries: [String]
    /// The words, for lookups.
    public let words: Set<String>
    /// The words this list must be drawn from, when it is a selection of wider lists.
    public let drawnFrom: Set<String>?

    /// A list of `entries`.
    public init(_ name: String, _ entries: [String]) {
        self.init(name, entries, drawnFrom: nil)
    }

    private init(_ name: String, _ entries: [String], drawnFrom: Set<String>?) {
        self.name = name
        self.entries = entries
        self.words = Set(entries)
        self.drawnFrom = drawnFrom
    }

    /// Whether `word` is in the list.
    @inlinable public func contains(_ word: String) -> Bool { words.contains(word) }

    /// The words of `entries` that occur more than once, in order of first repetition.
    public var duplicates: [String] {
        var seen = Set<String>()
        var repeated: [String] = []
        for word in entries where !seen.insert(word).inserted && !repeated.contains(word) { repeated.append(word) }
        return repeated
    }

    /// The words of `entries` missing from the lists this one is drawn from.
    public var strays: [String] {
        guard let drawnFrom else { return [] }
        return entries.filter { !drawnFrom.contains($0) }
    }

    /// A list of `entries`, each of which must be in this list or in one of `others` (the
    /// lexicon tests check).
    public func selection(_ name: String, _ entries: [String], alsoFrom others: [WordList] = []) -> WordList {
        WordList(name, entries, drawnFrom: others.reduce(words) { $0.union($1.words) })
    }

    /// The words of this list that are not in `removed`.
    public func subtracting(_ name: String, _ removed: [String]) -> WordList {
        WordList(name, entries.filter { !removed.contains($0) }, drawnFrom: words)
    }

    /// The words of this list and of `others`, in that order, each once.
    public func union(_ name: String, _ others: [WordList]) -> WordList {
        var seen = Set<String>()
        var merged: [String] = []
        for word in ([self] + others).flatMap(\.entries) where seen.insert(word).inserted { merged.append(word) }
        return WordList(name, merged)
    }

    /// This list's words with a full stop after each (`mr` → `mr.`).
    public func withFullStops(_ name: String) -> WordList {
        WordList(name, entries.map { $0 + "." }, drawnFrom: drawnFrom.map { Set($0.map { $0 + "." }) })
    }
}
