import LedeCore

/// A name the recogniser found, before grouping.
struct NameMention {
    var tokens: Range<Int>
    var span: TextSpan
    var label: Int
    var text: String
    /// Lower-cased words of the name (`["donald", "trump"]`).
    var words: [String]
    /// A label set by the article's furniture (the dateline's place) that the rest of the
    /// document does not outvote.
    var pinned = false
}

/// Groups name mentions that refer to the same entity and makes their labels agree.
///
/// Full names group by their words; `Donald Trump` and `Donald J. Trump` by first and last word. A
/// one-word person mention joins the one full name it ends (`Trump`) or, failing that, the one it
/// begins (`Donald`); with two candidates it stays on its own. An all-capitals organisation mention
/// joins the one longer organisation whose initials it spells (`UN`). A name labelled differently
/// in different places takes the label it has most often, and a one-word mention of a known
/// person's surname is a person.
enum EntityGrouper {
    static func key(_ words: [String]) -> String { words.joined(separator: " ") }

    /// The surname of a full person name when a particle opens it (`sanne de vries` → `de vries`).
    static func particleSurname(_ words: [String]) -> [String]? {
        guard words.count >= 3, let k = words.indices.dropFirst().first(where: { Lexicon.surnameParticles.contains(words[$0]) }),
            k < words.count - 1
        else { return nil }
        return Array(words[k...])
    }

    /// A name that is a surname alone, particle first (`de Vries` after `Ms.`, `von der Leyen`).
    static func isSurnameAlone(_ words: [String]) -> Bool {
        words.count >= 2 && Lexicon.surnameParticles.contains(words[0]) && !Lexicon.surnameParticles.contains(words[words.count - 1])
    }

    /// `al-assad` is also `assad`.
    static func withoutArticle(_ word: String) -> String? {
        for prefix in ["al-", "el-"] where word.hasPrefix(prefix) && word.count > prefix.count + 1 {
            return String(word.dropFirst(prefix.count))
        }
        return nil
    }

    /// Groups of mention indices, each in text order, ordered by first mention.
    static func group(_ mentions: inout [NameMention]) -> [[Int]] {
        harmoniseLabels(&mentions)
        var groupOf = [Int](repeating: -1, count: mentions.count)
        var groups: [[Int]] = []
        var byKey: [String: Int] = [:]
        let person = NERTag.index(of: .person)
        let organization = NERTag.index(of: .organization)

        // 1. Multi-word names and every non-person name, by label and words. A surname alone
        // (`de Vries`) waits for step 2, as a one-word surname does.
        for (m, mention) in mentions.enumerated()
        where mention.label != person || (mention.words.count > 1 && !isSurnameAlone(mention.words)) {
            var key = "\(mention.label):" + Self.key(mention.words)
            if mention.label == person, let first = mention.words.first, let last = mention.words.last {
                key = "\(person):\(first) \(last)"
            }
            if let g = byKey[key] {
                groups[g].append(m)
                groupOf[m] = g
            } else {
                byKey[key] = groups.count
                groupOf[m] = groups.count
                groups.append([m])
            }
        }
        // 2. One-word person mentions join the single full name they end or begin.
        var lastWords: [String: Set<Int>] = [:]
        var firstWords: [String: Set<Int>] = [:]
        for (g, members) in groups.enumerated() {
            let mention = mentions[members[0]]
            guard mention.label == person, let first = mention.words.first, let last = mention.words.last else { continue }
            lastWords[last, default: []].insert(g)
            if let surname = particleSurname(mention.words) { lastWords[key(surname), default: []].insert(g) }
            if let bare = withoutArticle(last) { lastWords[bare, default: []].insert(g) }
            firstWords[first, default: []].insert(g)
        }
        for (m, mention) in mentions.enumerated() where groupOf[m] < 0 {
            let word = key(mention.words)
            var target: Int?
            if let candidates = lastWords[word], candidates.count == 1 {
                target = candidates.first
            } else if lastWords[word] == nil, let candidates = firstWords[word], candidates.count == 1 {
                target = candidates.first
            } else if let g = byKey["\(person):\(word)"] {
                target = g
            }
            if let g = target {
                groups[g].append(m)
                groupOf[m] = g
            } else {
                byKey["\(person):\(word)"] = groups.count
                groupOf[m] = groups.count
                groups.append([m])
            }
        }
        // 3. Acronyms join the one organisation whose initials they spell.
        var initials: [String: Set<Int>] = [:]
        for (g, members) in groups.enumerated() {
            let mention = mentions[members[0]]
            guard mention.label == organization, mention.words.count > 1 else { continue }
            let letters = mention.words.filter { !Lexicon.acronymSkipWords.contains($0) }.compactMap(\.first)
            initials[String(letters), default: []].insert(g)
        }
        var merged = groups
        var removed = Set<Int>()
        for (g, members) in groups.enumerated() {
            let mention = mentions[members[0]]
            guard mention.label == organization, mention.words.count == 1, mention.text.count >= 2,
                mention.text.allSatisfy({ $0.isUppercase || $0 == "." })
            else { continue }
            let acronym = mention.words[0].filter { $0 != "." }
            guard let targets = initials[acronym], targets.count == 1, let target = targets.first, target != g else {
                continue
            }
            merged[target] += members
            removed.insert(g)
        }
        // 4. A one-word organisation joins the one longer organisation it begins or ends
        // (`Noordkade` → `Noordkade Logistics`, `the Commission` → `European Commission`).
        var ends: [String: Set<Int>] = [:]
        for (g, members) in groups.enumerated() where !removed.contains(g) {
            let mention = mentions[members[0]]
            guard mention.label == organization, mention.words.count > 1 else { continue }
            let named = mention.words.filter { $0 != "the" }
            if let first = named.first { ends[first, default: []].insert(g) }
            if let last = named.last { ends[last, default: []].insert(g) }
        }
        for (g, members) in groups.enumerated() where !removed.contains(g) {
            let mention = mentions[members[0]]
            guard mention.label == organization, mention.words.count == 1, !Lexicon.genericHeads.contains(mention.words[0]),
                let targets = ends[mention.words[0]], targets.count == 1, let target = targets.first, target != g
            else { continue }
            merged[target] += members
            removed.insert(g)
        }
        return merged.enumerated().filter { !removed.contains($0.offset) }.map { $0.element.sorted() }
            .sorted { $0[0] < $1[0] }
    }

    /// Makes one name's labels agree within the document.
    static func harmoniseLabels(_ mentions: inout [NameMention]) {
        let person = NERTag.index(of: .person)
        var votes: [String: [Int]] = [:]
        for mention in mentions where !mention.pinned {
            votes[Self.key(mention.words), default: [0, 0, 0, 0]][mention.label] += 1
        }
        // Surnames of multi-word person names.
        var surnames = Set<String>()
        for mention in mentions where mention.label == person && mention.words.count > 1 {
            if let last = mention.words.last { surnames.insert(last) }
        }
        // A one-word person mention makes the short name it ends a person too (`Ada Brook` … `Brook`).
        var personWords = Set<String>()
        for mention in mentions where mention.label == person && mention.words.count == 1 {
            personWords.insert(mention.words[0])
        }
        var fixed = Set<Int>()
        for m in mentions.indices where mentions[m].label != person && (2...3).contains(mentions[m].words.count) {
            if let last = mentions[m].words.last, personWords.contains(last) {
                mentions[m].label = person
                surnames.insert(last)
                fixed.insert(m)
            }
        }
        for m in mentions.indices where !fixed.contains(m) && !mentions[m].pinned {
            let key = Self.key(mentions[m].words)
            if mentions[m].words.count == 1 && surnames.contains(key) && mentions[m].label != person {
                mentions[m].label = person
                continue
            }
            guard let counts = votes[key], let best = counts.indices.max(by: { counts[$0] < counts[$1] }) else {
                continue
            }
            if counts[best] > counts[mentions[m].label] { mentions[m].label = best }
        }
    }

    /// The canonical name of a group: its fullest person name, or its most frequent other name
    /// (ties: more frequent, then longer, then first).
    static func canonical(_ group: [Int], _ mentions: [NameMention]) -> String {
        var counts: [String: Int] = [:]
        for m in group { counts[mentions[m].text, default: 0] += 1 }
        let isPerson = mentions[group[0]].label == NERTag.index(of: .person)
        var best = group[0]
        for m in group.dropFirst() {
            let (a, b) = (mentions[m], mentions[best])
            let rankA = (isPerson ? a.words.count : 0, counts[a.text] ?? 0, a.text.unicodeScalars.count)
            let rankB = (isPerson ? b.words.count : 0, counts[b.text] ?? 0, b.text.unicodeScalars.count)
            if rankA > rankB { best = m }
        }
        return mentions[best].text
    }
}
