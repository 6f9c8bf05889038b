import LedeCore

/// A role the article gives a person: `U.S. President` in `U.S. President Donald Trump`, or
/// `British prime minister` in `Keir Starmer, the British prime minister,`.
struct RoleStatement {
    var group: Int
    /// The role as written (`U.S. President`).
    var text: String
    /// Lower-cased head noun (`president`, `minister`).
    var head: String
    /// The country or organisation the role belongs to, normalised (`united states`), if stated.
    var modifier: String?
}

/// Finds the roles an article states for its people, and the later role phrases (`the Russian
/// leader`, `the Kremlin leader`, `Russia's president`) that refer to exactly one of them.
///
/// Only the article's own statements count: a role phrase becomes a mention of a person when its
/// head noun matches a role stated for that person (`leader` matches any head of state or
/// government) and its modifier, if any, names the same country or body, and when exactly one
/// person fits.
struct EntityRoles {
    let document: Document
    /// Lower-cased token texts.
    let words: [String]
    let mentions: [NameMention]
    let groupOf: [Int]
    /// Mention index starting at each token, if any.
    let mentionStarting: [Int: Int]
    let mentionEnding: [Int: Int]

    init(document: Document, mentions: [NameMention], groups: [[Int]]) {
        self.document = document
        words = document.lowercaseTokens
        self.mentions = mentions
        var groupOf = [Int](repeating: -1, count: mentions.count)
        for (g, members) in groups.enumerated() { for m in members { groupOf[m] = g } }
        self.groupOf = groupOf
        var starting: [Int: Int] = [:]
        var ending: [Int: Int] = [:]
        for (m, mention) in mentions.enumerated() {
            starting[mention.tokens.lowerBound] = m
            ending[mention.tokens.upperBound - 1] = m
        }
        mentionStarting = starting
        mentionEnding = ending
    }

    private var person: Int { NERTag.index(of: .person) }

    private func isRoleWord(_ i: Int) -> Bool {
        document.tokens[i].kind == .word
            && (Lexicon.roleHeads.contains(words[i]) || Lexicon.roleModifiers.contains(words[i]))
    }

    /// Title words ending at token `last` (inclusive), read backwards: the range and its head.
    private func title(endingAt last: Int, from lowest: Int) -> (Range<Int>, String)? {
        guard last >= lowest, last < words.count, Lexicon.roleHeads.contains(words[last]),
            document.tokens[last].kind == .word
        else { return nil }
        var first = last
        while first - 1 >= lowest && last - first < 3 && isRoleWord(first - 1) && mentionEnding[first - 1] == nil {
            first -= 1
        }
        return (first..<last + 1, words[last])
    }

    /// A place or body named right after a person: `Adaeze Okafor of Maranthia`.
    private func placeAfter(_ mention: NameMention) -> Int? {
        let end = mention.tokens.upperBound
        guard end + 1 < words.count, words[end] == "of", let m = mentionStarting[end + 1], mentions[m].label != person else {
            return nil
        }
        return m
    }

    /// A modifier name mention ending just before token `i` (`U.S.`, `Russian`, `Russia 's`).
    private func modifier(before i: Int) -> (mention: Int, start: Int)? {
        var k = i - 1
        if k >= 0 && (words[k] == "'s" || words[k] == "’s") { k -= 1 }
        guard k >= 0, let m = mentionEnding[k], mentions[m].label != person else { return nil }
        return (m, mentions[m].tokens.lowerBound)
    }

    /// The owner of a role described in lower-case words (`Norway's climate minister`, `its
    /// president`): up to three such words before token `i`, after a name's possessive (the name's
    /// mention) or after `its` or `their` (no mention: an organisation the text does not name
    /// here). Returns the owner's mention, if any, and the first token of the phrase.
    private func possessor(before i: Int) -> (mention: Int?, start: Int)? {
        var k = i - 1
        while k >= 0 && i - k <= 3 && document.tokens[k].kind == .word && isLowercaseWord(k)
            && !Lexicon.possessiveDeterminers.contains(words[k])
        {
            k -= 1
        }
        guard k >= 0 else { return nil }
        if Lexicon.possessiveDeterminers.contains(words[k]) && (words[k] == "its" || words[k] == "their") {
            return (nil, k)
        }
        guard k >= 1, words[k] == "'s" || words[k] == "’s", let m = mentionEnding[k - 1], mentions[m].label != person else {
            return nil
        }
        return (m, mentions[m].tokens.lowerBound)
    }

    private func isLowercaseWord(_ i: Int) -> Bool {
        document.scalars[document.tokens[i].start].properties.isLowercase
    }

    static func normalised(_ text: String) -> String {
        let lower = text.lowercased().replacingOccurrences(of: "’", with: "'")
        if let country = EntityVocabulary.seatsOfGovernment[lower] { return country }
        let bare = lower.hasPrefix("the ") ? String(lower.dropFirst(4)) : lower
        return EntityPlaces.country(of: bare) ?? bare
    }

    private func text(_ tokens: Range<Int>) -> String {
        document.text(TextSpan(document.tokens[tokens.lowerBound].start, document.tokens[tokens.upperBound - 1].end))
    }

    /// Roles stated right before a person's name or in an appositive after it.
    func statements() -> [RoleStatement] {
        var result: [RoleStatement] = []
        for (m, mention) in mentions.enumerated() where mention.label == person && groupOf[m] >= 0 {
            let start = mention.tokens.lowerBound
            // `U.S. President Donald Trump`, `Prime Minister Starmer`, `Vestmark's foreign
            // minister, Lars Eriksen`; a place after the name counts too (`Foreign Minister Adaeze
            // Okafor of Maranthia`).
            let titleEnd = start >= 2 && words[start - 1] == "," ? start - 2 : start - 1
            if let (range, head) = title(endingAt: titleEnd, from: 0) {
                var first = range.lowerBound
                var key: String?
                var owned = false
                if let (modifier, modifierStart) = self.modifier(before: range.lowerBound) {
                    first = modifierStart
                    key = Self.normalised(mentions[modifier].text)
                } else if let (owner, ownerStart) = possessor(before: range.lowerBound) {
                    // `Norway's climate minister, Eirik Haugland`: lower-case words between the
                    // possessive and the title's head describe the role.
                    first = ownerStart
                    key = owner.map { Self.normalised(mentions[$0].text) }
                    owned = true
                } else if let place = placeAfter(mention) {
                    key = Self.normalised(mentions[place].text)
                }
                // `the minister, Lars Eriksen,` without a place or an owner says too little to
                // resolve anything.
                if key != nil || owned || titleEnd == start - 1 {
                    result.append(
                        RoleStatement(group: groupOf[m], text: text(first..<range.upperBound), head: head, modifier: key))
                }
            }
            // `Keir Starmer, the British prime minister,`
            let end = mention.tokens.upperBound
            if end + 2 < words.count, words[end] == "," {
                var k = end + 1
                if words[k] == "the" { k += 1 }
                var key: String?
                var first = k
                if let m2 = mentionStarting[k], mentions[m2].label != person {
                    key = Self.normalised(mentions[m2].text)
                    k = mentions[m2].tokens.upperBound
                    if k < words.count && words[k] == "'s" { k += 1 }
                } else {
                    first = k
                }
                var last = k
                while last < words.count && last - k < 4 && isRoleWord(last) { last += 1 }
                if last > k, let (_, head) = title(endingAt: last - 1, from: k) {
                    result.append(RoleStatement(group: groupOf[m], text: text(first..<last), head: head, modifier: key))
                }
            }
        }
        return result
    }

    /// Role phrases that refer to exactly one person with a stated role, as mentions by group.
    func roleMentions(_ statements: [RoleStatement]) -> [(group: Int, mention: EntityMention)] {
        guard !statements.isEmpty else { return [] }
        var result: [(group: Int, mention: EntityMention)] = []
        var i = 0
        while i < words.count {
            guard let (span, head, modifier, next) = rolePhrase(at: i) else {
                i += 1
                continue
            }
            // A title directly before a name is part of that name's statement, not a reference.
            if next < words.count, let m = mentionStarting[next], mentions[m].label == person {
                i = next
                continue
            }
            let candidates = Set(statements.filter { statement in
                let headFits = Lexicon.isSameRole(statement.head, head)
                    || (head == "leader" && Lexicon.leaderHeads.contains(statement.head))
                return headFits && (modifier == nil || statement.modifier == modifier)
            }.map(\.group))
            if candidates.count == 1, let group = candidates.first {
                let text = document.text(span)
                result.append((group, EntityMention(span: span, text: text, kind: .role)))
            }
            i = next
        }
        return result
    }

    /// `the [MODIFIER] TITLE [of PLACE]` or `PLACE's TITLE` starting at token `i`.
    private func rolePhrase(at i: Int) -> (TextSpan, String, String?, Int)? {
        var k = i
        var modifier: String?
        if words[i] == "the" {
            k += 1
            if k < words.count, let m = mentionStarting[k], mentions[m].label != person {
                modifier = Self.normalised(mentions[m].text)
                k = mentions[m].tokens.upperBound
            }
        } else if let m = mentionStarting[i], mentions[m].label != person {
            let end = mentions[m].tokens.upperBound
            guard end < words.count, words[end] == "'s" || words[end] == "’s" else { return nil }
            modifier = Self.normalised(mentions[m].text)
            k = end + 1
        } else {
            return nil
        }
        var last = k
        while last < words.count && last - k < 3 && isRoleWord(last) && mentionStarting[last] == nil { last += 1 }
        guard last > k, Lexicon.roleHeads.contains(words[last - 1]) else { return nil }
        let head = words[last - 1]
        var end = last
        if modifier == nil, end + 1 < words.count, words[end] == "of", let m = mentionStarting[end + 1],
            mentions[m].label != person
        {
            modifier = Self.normalised(mentions[m].text)
            end = mentions[m].tokens.upperBound
        }
        let span = TextSpan(document.tokens[i].start, document.tokens[end - 1].end)
        return (span, head, modifier, end)
    }
}
