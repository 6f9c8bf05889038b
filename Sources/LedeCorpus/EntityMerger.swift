/// One entity across articles: the names the articles gave it, merged.
public struct MergedEntity: Sendable, Equatable {
    public var name: String
    public var label: String
    public var articles: Int
    public var mentions: Int
    public var first: String?
    public var last: String?
    /// The roles articles give it, most often given first.
    public var roles: [String]
    /// Every (entity, label) the articles used for it, the name shown first.
    public var variants: [Variant]

    public struct Variant: Sendable, Hashable {
        public var entity: String
        public var label: String
    }
}

/// Merges per-article entities into corpus entities.
///
/// Each article has already grouped its own mentions (`Trump` with `Donald Trump` when both
/// occur). Across articles, three kinds of name are one entity:
/// - the same name in another case (`LISBON` in a dateline, `Lisbon` in the text);
/// - a surname alone and the one full name in the corpus that ends with it (`Trump` and
///   `Donald Trump`), and only when there is one: with `Donald Trump` and `Melania Trump` both
///   in the corpus, `Trump` alone stays apart, because the corpus shows two people;
/// - a full name with a middle initial and the same name without it (`Donald J. Trump`).
/// A name tagged with different types in different articles takes the type most of its mentions
/// have.
struct EntityMerger {
    struct Row {
        var entity: String
        var label: String
        var articles: Int
        var mentions: Int
        var first: String?
        var last: String?
        var roles: [String]
    }

    static func merge(_ rows: [Row]) -> [MergedEntity] {
        // 1. One group per name, whatever its case and type.
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, row) in rows.enumerated() {
            let key = folded(row.entity)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        struct Group {
            var members: [Int]
            var label: String
            var display: String
            var mentions: Int
        }
        var built: [String: Group] = [:]
        for key in order {
            let members = groups[key]!
            var byLabel: [String: Int] = [:]
            for index in members { byLabel[rows[index].label, default: 0] += rows[index].mentions }
            let label = byLabel.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
            let display = members.max {
                rows[$0].mentions < rows[$1].mentions || (rows[$0].mentions == rows[$1].mentions && rows[$0].entity > rows[$1].entity)
            }!
            built[key] = Group(
                members: members, label: label, display: rows[display].entity,
                mentions: members.reduce(0) { $0 + rows[$1].mentions })
        }
        // 2. People: a middle initial, then a surname alone, join the one full name they fit.
        var target: [String: String] = [:]
        let people = order.filter { built[$0]!.label == "PERSON" }
        var fullNamesBySurname: [String: [String]] = [:]
        var withoutInitial: [String: String] = [:]
        for key in people {
            let words = key.split(separator: " ")
            guard words.count >= 2 else { continue }
            if words.count == 3, isInitial(words[1]) {
                withoutInitial[key] = words[0] + " " + words[2]
            } else {
                fullNamesBySurname[String(words.last!), default: []].append(key)
            }
        }
        for (key, plain) in withoutInitial where built[plain]?.label == "PERSON" { target[key] = plain }
        for key in people where !key.contains(" ") {
            if let candidates = fullNamesBySurname[key], candidates.count == 1 { target[key] = candidates[0] }
        }
        // 3. Build the merged entities.
        var merged: [String: MergedEntity] = [:]
        var mergedOrder: [String] = []
        for key in order {
            let home = target[key] ?? key
            let group = built[key]!
            let homeGroup = built[home]!
            if merged[home] == nil {
                mergedOrder.append(home)
                merged[home] = MergedEntity(
                    name: homeGroup.display, label: homeGroup.label, articles: 0, mentions: 0, first: nil, last: nil,
                    roles: [], variants: [])
            }
            var entity = merged[home]!
            for index in group.members {
                let row = rows[index]
                entity.articles += row.articles
                entity.mentions += row.mentions
                entity.first = earlier(entity.first, row.first)
                entity.last = later(entity.last, row.last)
                entity.variants.append(MergedEntity.Variant(entity: row.entity, label: row.label))
                entity.roles += row.roles
            }
            merged[home] = entity
        }
        return mergedOrder.map { key in
            var entity = merged[key]!
            entity.roles = mostCommon(entity.roles, limit: 3)
            // The shown name first among the variants.
            entity.variants.sort { ($0.entity == entity.name ? 0 : 1, $0.entity, $0.label) < ($1.entity == entity.name ? 0 : 1, $1.entity, $1.label) }
            return entity
        }
        .sorted { ($1.articles, $1.mentions, $0.name, $0.label) < ($0.articles, $0.mentions, $1.name, $1.label) }
    }

    static func folded(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func isInitial(_ word: Substring) -> Bool {
        (word.count == 2 && word.last == ".") || word.count == 1
    }

    static func mostCommon(_ items: [String], limit: Int) -> [String] {
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            counts[item, default: 0] += 1
            if firstSeen[item] == nil { firstSeen[item] = index }
        }
        return counts.keys.sorted { (counts[$1]!, firstSeen[$0]!) < (counts[$0]!, firstSeen[$1]!) }.prefix(limit).map { $0 }
    }

    static func earlier(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }

    static func later(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return max(a, b)
    }
}
