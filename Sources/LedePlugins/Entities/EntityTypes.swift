import LedeCore

/// The CoNLL-2003 entity types lede labels.
public enum EntityLabel: String, Sendable, Hashable, CaseIterable {
    case person = "PERSON"
    case organization = "ORG"
    case location = "LOC"
    case miscellaneous = "MISC"
}

/// Grammatical gender of a person as the article signals it (given names, honorifics, pronouns).
public enum Gender: String, Sendable, Hashable {
    case male, female, unknown
}

/// One place an entity is mentioned.
public struct EntityMention: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A name found by the recogniser (`Donald Trump`, `Trump`).
        case name
        /// A role the article gives the entity (`the Russian leader`, `the U.S. President`).
        case role
    }

    public var span: TextSpan
    public var text: String
    public var kind: Kind

    public init(span: TextSpan, text: String, kind: Kind) {
        self.span = span
        self.text = text
        self.kind = kind
    }
}

/// A group of mentions that refer to one person, organisation, place or other name.
public struct Entity: Sendable, Hashable {
    /// Position in ``EntityAnalysis/entities``.
    public var index: Int
    /// The fullest name the article uses (`Donald Trump`).
    public var canonical: String
    public var label: EntityLabel
    /// Every mention in text order, names and roles.
    public var mentions: [EntityMention]
    /// Roles the article states (`U.S. President`, `Russian leader`), lower-cased head words kept.
    public var roles: [String]
    public var gender: Gender

    public init(
        index: Int, canonical: String, label: EntityLabel, mentions: [EntityMention], roles: [String] = [],
        gender: Gender = .unknown
    ) {
        self.index = index
        self.canonical = canonical
        self.label = label
        self.mentions = mentions
        self.roles = roles
        self.gender = gender
    }

    public var firstMention: EntityMention? { mentions.first }
}

/// The entities plugin's output for one article.
public struct EntityAnalysis: Sendable, Hashable {
    /// Entity groups, ordered by first mention.
    public var entities: [Entity]
    /// Every recognised name span with its label and group, in text order, non-overlapping
    /// (what `lede analyze --with entities` writes).
    public var spans: [(span: TextSpan, label: EntityLabel, entity: Int)]

    public init(entities: [Entity] = [], spans: [(span: TextSpan, label: EntityLabel, entity: Int)] = []) {
        self.entities = entities
        self.spans = spans
    }

    public static func == (lhs: EntityAnalysis, rhs: EntityAnalysis) -> Bool {
        lhs.entities == rhs.entities && lhs.spans.map(\.span) == rhs.spans.map(\.span)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(entities) }

    /// The entity whose mention (name or role) covers `offset`, if any.
    public func entity(at offset: Int) -> Entity? {
        for entity in entities where entity.mentions.contains(where: { $0.span.contains(offset) }) {
            return entity
        }
        return nil
    }
}
