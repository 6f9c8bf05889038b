import LedeCore

/// What stance analysis knows about one word, looked up once per token.
public struct WordInfo: Sendable, Hashable {
    /// VADER valence (0 when the word is not in the lexicon).
    public var valence: Float = 0
    /// VADER booster increment (+ intensifier, - softener, 0 none).
    public var booster: Float = 0
    /// Attitudinal verb polarity (+1, -1, 0).
    public var verb: Int8 = 0
    /// Attitudinal noun polarity (+1, -1, 0).
    public var noun: Int8 = 0
    public var flags: Flags = []

    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let inLexicon = Flags(rawValue: 1)
        public static let negation = Flags(rawValue: 2)
        public static let topic = Flags(rawValue: 4)
        public static let speech = Flags(rawValue: 8)
        public static let clauseBreaker = Flags(rawValue: 16)
        public static let idiomPart = Flags(rawValue: 32)
        public static let weakRelationVerb = Flags(rawValue: 64)
    }

    public static let none = WordInfo()
}

/// An open-addressing table from a word's ``FeatureHash/word(_:)`` to its ``WordInfo``: the VADER
/// lexicon and rule words and the attitude lexicon merged, so each token costs one probe.
public struct StanceWordTable: Sendable {
    private var keys: [UInt64]
    private var values: [WordInfo]
    private let mask: Int

    /// The table built from the shipped lexicons.
    public static let shared = StanceWordTable(lexicon: .shared)

    init(lexicon: VaderLexicon) {
        var entries: [String: WordInfo] = [:]
        for (word, valence) in lexicon.valence {
            entries[word, default: .none].valence = Float(valence)
            entries[word, default: .none].flags.insert(.inLexicon)
        }
        for (word, valence) in AttitudeLexicon.judgements where entries[word] == nil {
            entries[word] = WordInfo(valence: Float(valence), flags: .inLexicon)
        }
        for (word, boost) in VaderLexicon.boosters where !word.contains(" ") {
            entries[word, default: .none].booster = Float(boost)
        }
        for word in Lexicon.negations.words { entries[word, default: .none].flags.insert(.negation) }
        for word in Lexicon.topicWords.words { entries[word, default: .none].flags.insert(.topic) }
        for word in Lexicon.stanceSpeechWords.words { entries[word, default: .none].flags.insert(.speech) }
        for word in Lexicon.clauseBreakers.words { entries[word, default: .none].flags.insert(.clauseBreaker) }
        for word in Lexicon.weakRelationVerbs.words { entries[word, default: .none].flags.insert(.weakRelationVerb) }
        for phrase in Array(VaderLexicon.idioms.keys) + VaderLexicon.boosters.keys.filter({ $0.contains(" ") }) {
            for word in phrase.split(separator: " ") { entries[String(word), default: .none].flags.insert(.idiomPart) }
        }
        for (word, polarity) in AttitudeLexicon.verbs { entries[word, default: .none].verb = Int8(polarity) }
        for (word, polarity) in AttitudeLexicon.nouns { entries[word, default: .none].noun = Int8(polarity) }
        var capacity = 1024
        while capacity < entries.count * 3 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [WordInfo](repeating: .none, count: capacity)
        mask = capacity - 1
        for (word, info) in entries {
            var slot = Int(truncatingIfNeeded: FeatureHash.mix(FeatureHash.word(word))) & mask
            let key = FeatureHash.word(word) | 1
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = info
        }
    }

    /// The information for a word given its hash.
    @inlinable public func info(hash: UInt64) -> WordInfo {
        lookup(hash)
    }

    @usableFromInline func lookup(_ hash: UInt64) -> WordInfo {
        let key = hash | 1
        var slot = Int(truncatingIfNeeded: FeatureHash.mix(hash)) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { return .none }
            slot = (slot + 1) & mask
        }
    }

    public func info(_ word: String) -> WordInfo { lookup(FeatureHash.word(word)) }
}
