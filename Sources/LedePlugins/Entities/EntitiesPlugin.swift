import LedeCore
import LedeKit

/// The built-in entities plugin: people, organisations, places and other names (CoNLL-2003
/// labels), grouped into entities with all their mentions, the roles the article gives them and
/// their grammatical gender.
///
/// Names come from ``NERModel`` (an averaged perceptron shipped as `ner-model.bin`); grouping,
/// roles and gender from ``EntityGrouper``, ``EntityRoles`` and ``EntityGender``.
public struct EntitiesPlugin: CommandPlugin {
    public init() {}

    public var descriptor: PluginDescriptor {
        PluginDescriptor(
            name: "entities", version: "1.0.0",
            summary: "People, organisations, places and other names, with their mentions grouped",
            commands: Self.commands)
    }

    public func analyze(_ document: Document, context: any AnalysisContext) throws -> EntityAnalysis {
        guard let model = NERModel.shipped else {
            throw LedeError(
                "entities: the recogniser's weights (\(NERModel.resourceName)) are missing",
                hint: ResourceStore.missingHint)
        }
        return try Self.analysis(of: document, model: model, checkCancellation: context.checkCancellation)
    }

    /// The analysis of `document` with a given model (tests, benchmarks).
    package static func analysis(of document: Document, model: NERModel, knownNames: KnownNames = .shared) -> EntityAnalysis {
        analysis(of: document, model: model, knownNames: knownNames, checkCancellation: {})
    }

    /// The analysis, calling `checkCancellation` between its stages.
    package static func analysis(
        of document: Document, model: NERModel, knownNames: KnownNames = .shared, checkCancellation: () throws -> Void
    ) rethrows -> EntityAnalysis {
        let sentences = document.sentences.map(\.tokens)
        try checkCancellation()
        let tags = model.tag(scalars: document.scalars, tokens: document.tokens, sentences: sentences)
        try checkCancellation()
        let words = document.lowercaseTokens
        let recognised = propagateOneWordNames(
            joinOrganisationComplements(
                extendOverParticles(
                    mergeSplitNames(
                        EntityShapeRepair.repair(
                            NERModel.spans(from: tags).flatMap {
                                splitOrganisationFromPerson($0, words: words, document: document, gazetteer: model.gazetteer)
                            }.compactMap { trimTitles($0, words: words) }.filter { !isTitlePrefix($0, words: words) },
                            document: document, words: words, gazetteer: model.gazetteer),
                        document: document, gazetteer: model.gazetteer),
                    document: document, words: words),
                document: document, words: words),
            document: document, words: words, sentences: sentences)
        let found = knownNames.apply(recognised, document: document, words: words, sentences: sentences)
        var mentions: [NameMention] = found.map { found in
            let span = TextSpan(document.tokens[found.tokens.lowerBound].start, document.tokens[found.tokens.upperBound - 1].end)
            return NameMention(
                tokens: found.tokens, span: span, label: found.label, text: document.text(span),
                words: found.tokens.map { words[$0] })
        }
        // Seats of government stand for the institution in news (`the Kremlin said`): ORG, where
        // CoNLL's annotators wrote LOC.
        let organization = NERTag.index(of: .organization)
        for m in mentions.indices where EntityVocabulary.seatsOfGovernment[mentions[m].words.joined(separator: " ")] != nil {
            mentions[m].label = organization
        }
        // `LONDON (Reuters) —`: the name in a dateline's brackets is the agency that filed it.
        if let dateline = document.dateline {
            let agencies = Set(
                mentions.filter { dateline.contains($0.span.start) && $0.tokens.lowerBound > 0 && words[$0.tokens.lowerBound - 1] == "(" }
                    .map(\.words))
            for m in mentions.indices where agencies.contains(mentions[m].words) { mentions[m].label = organization }
            // `NEW YORK 1996-08-30`, `NICE, France —`: the dateline's place is a place, whatever
            // the same words name later in the story (a team, a club).
            if let place = document.furniture.datelinePlace {
                let location = NERTag.index(of: .location)
                for m in mentions.indices where place.contains(mentions[m].span.start) {
                    mentions[m].label = location
                    mentions[m].pinned = true
                }
            }
        }
        EntityCountries.relabel(&mentions, words: words)
        let groups = EntityGrouper.group(&mentions)
        let roles = EntityRoles(document: document, mentions: mentions, groups: groups)
        let statements = roles.statements()
        let roleMentions = roles.roleMentions(statements)

        var personSentences: [Int: Int] = [:]
        for mention in mentions where mention.label == NERTag.index(of: .person) {
            if let s = document.sentenceIndex(containing: mention.span.start) { personSentences[s, default: 0] += 1 }
        }
        var entities: [Entity] = []
        var entityOfMention = [Int](repeating: 0, count: mentions.count)
        for (g, group) in groups.enumerated() {
            let label = NERTag.labels[mentions[group[0]].label]
            var all = group.map { EntityMention(span: mentions[$0].span, text: mentions[$0].text, kind: .name) }
            all += roleMentions.filter { $0.group == g }.map(\.mention)
            all.sort { $0.span < $1.span }
            var stated: [String] = []
            // `Prime Minister` adds nothing to `UK Prime Minister`: keep the fuller form only.
            for statement in statements where statement.group == g {
                let lower = statement.text.lowercased()
                if stated.contains(where: { $0.lowercased().hasSuffix(lower) }) { continue }
                stated.removeAll { lower.hasSuffix($0.lowercased()) }
                stated.append(statement.text)
            }
            let gender: Gender =
                label == .person
                ? EntityGender.guess(
                    group: group, mentions: mentions, document: document, words: words, gazetteer: model.gazetteer,
                    personSentences: personSentences)
                : .unknown
            for m in group { entityOfMention[m] = g }
            entities.append(
                Entity(
                    index: g, canonical: EntityGrouper.canonical(group, mentions), label: label, mentions: all,
                    roles: stated, gender: gender))
        }
        let spans = mentions.indices.map { m in
            (span: mentions[m].span, label: NERTag.labels[mentions[m].label], entity: entityOfMention[m])
        }
        return EntityAnalysis(entities: entities, spans: spans)
    }

    /// Greedy decoding sometimes breaks a name in two: two one-word names of different labels
    /// (`Sunda` ORG + `Air` PERSON), or two person names once a title is trimmed (`Mayor Ines` +
    /// `Corda`). Adjacent on one line, two such one-word names, the first an organisation or person
    /// and neither MISC, become one name with the first one's label (a person's if it opens with a
    /// given name), and two person names one.
    static func mergeSplitNames(
        _ spans: [(tokens: Range<Int>, label: Int)], document: Document, gazetteer: NERGazetteer? = nil
    ) -> [(tokens: Range<Int>, label: Int)] {
        let misc = NERTag.index(of: .miscellaneous)
        let location = NERTag.index(of: .location)
        var result: [(tokens: Range<Int>, label: Int)] = []
        for span in spans {
            let person = NERTag.index(of: .person)
            let organization = NERTag.index(of: .organization)
            if let last = result.last, last.tokens.upperBound == span.tokens.lowerBound,
                (last.label == person && span.label == person)
                    || (last.tokens.count == 1 && span.tokens.count == 1 && last.label != span.label
                        && last.label != misc && last.label != location && span.label != misc)
                    // `Liberal` ORG + `Democrat` MISC: a party's member (`Social Democrat`) is one name.
                    || (last.tokens.count == 1 && span.tokens.count == 1 && last.label == organization && span.label == misc),
                document.scalars[document.tokens[last.tokens.upperBound - 1].end..<document.tokens[span.tokens.lowerBound].start]
                    .allSatisfy({ $0 == " " })
            {
                // A merged name that opens with a given name is a person (`Ines` ORG + `Corda` PERSON).
                var label = span.label == misc ? misc : last.label
                if let gazetteer, span.label == person || last.label == person {
                    let classes = gazetteer.classes(ofToken: last.tokens.lowerBound, in: document)
                    if !classes.isDisjoint(with: [.givenMale, .givenFemale]) { label = person }
                }
                result[result.count - 1] = (last.tokens.lowerBound..<span.tokens.upperBound, label)
            } else {
                result.append(span)
            }
        }
        return result
    }

    /// `Jurgen von der Aa` read as `Aa`: a person's name preceded by surname particles (`von der`,
    /// `de`, `bin`) takes them in, and the capitalised word before them too (`Jurgen`, a name the
    /// recogniser may have read apart), unless that word is a title (`Ms. de Vries` names `de
    /// Vries`). A capitalised particle opening a sentence (`Von der Aa said`) is taken in alone.
    static func extendOverParticles(
        _ spans: [(tokens: Range<Int>, label: Int)], document: Document, words: [String]
    ) -> [(tokens: Range<Int>, label: Int)] {
        let person = NERTag.index(of: .person)
        func isCapitalised(_ t: Int) -> Bool { document.scalars[document.tokens[t].start].properties.isUppercase }
        var result: [(tokens: Range<Int>, label: Int)] = []
        let bridged = bridgedNames(spans, document: document, words: words)
        let all = bridged.isEmpty ? spans : (spans + bridged).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        for span in all {
            guard span.label == person, let sentence = document.sentenceIndex(containing: document.tokens[span.tokens.lowerBound].start)
            else {
                result.append(span)
                continue
            }
            let sentenceStart = document.sentences[sentence].tokens.lowerBound
            var start = span.tokens.lowerBound
            while start > sentenceStart && span.tokens.lowerBound - start < 3 && Lexicon.surnameParticles.contains(words[start - 1])
                && !isCapitalised(start - 1) || (start > sentenceStart && start - 1 == sentenceStart
                    && Lexicon.surnameParticles.contains(words[start - 1]))
            {
                start -= 1
            }
            guard start < span.tokens.lowerBound else {
                result.append(span)
                continue
            }
            let before = start - 1
            if before >= sentenceStart && isCapitalised(before) && !isCapitalised(start)
                && !Lexicon.roleHeads.contains(words[before]) && EntityVocabulary.honorifics[words[before]] == nil
            {
                start = before
            }
            // The word before may be a person's name of its own already (`Jurgen`): one name now.
            // A name of another kind there stays, and the person's name starts after it.
            while let last = result.last, last.tokens.upperBound > start {
                guard last.label == person else {
                    start = last.tokens.upperBound
                    break
                }
                result.removeLast()
                start = min(start, last.tokens.lowerBound)
            }
            result.append((start..<span.tokens.upperBound, person))
        }
        return result
    }

    /// Names the recogniser left out whose shape is a person's: a capitalised word, one or two
    /// lower-case surname particles, a capitalised word (`Jurgen von der Aa`), in a sentence with
    /// case, none of them inside a name already found. Returned as person spans of the last word,
    /// in text order among `spans`; ``extendOverParticles`` takes in the rest.
    static func bridgedNames(
        _ spans: [(tokens: Range<Int>, label: Int)], document: Document, words: [String]
    ) -> [(tokens: Range<Int>, label: Int)] {
        // Spans come in text order: whether a token is inside one is a binary search.
        func isCovered(_ t: Int) -> Bool {
            let k = spans.partitionPoint { $0.tokens.upperBound <= t }
            return k < spans.count && spans[k].tokens.contains(t)
        }
        func isCapitalisedWord(_ t: Int) -> Bool {
            let scalar = document.scalars[document.tokens[t].start]
            return scalar.properties.isUppercase && document.tokens[t].end - document.tokens[t].start > 1
        }
        // A lower-case particle starts with one of few letters: checked before the list.
        func isParticle(_ t: Int) -> Bool {
            let first = document.scalars[document.tokens[t].start].value
            guard (97...122).contains(first), Self.particleInitials & 1 << (first - 97) != 0 else { return false }
            return Lexicon.surnameParticles.contains(words[t])
        }
        var found: [(tokens: Range<Int>, label: Int)] = []
        for sentence in document.sentences {
            let range = sentence.tokens
            var t = range.lowerBound
            while t + 2 < range.upperBound {
                defer { t += 1 }
                guard isParticle(t + 1), isCapitalisedWord(t), !isCapitalisedWord(t + 1), !isCovered(t) else { continue }
                var last = t + 2
                if last < range.upperBound, isParticle(last), !isCapitalisedWord(last) { last += 1 }
                guard last < range.upperBound, isCapitalisedWord(last), !isCovered(last),
                    !Lexicon.roleHeads.contains(words[t]), !Lexicon.calendarWords.contains(words[last])
                else { continue }
                found.append((last..<last + 1, NERTag.index(of: .person)))
            }
        }
        return found
    }

    /// The first letters of the surname particles, as a bit set over `a`–`z`.
    static let particleInitials: UInt32 = Lexicon.surnameParticles.entries.reduce(0) { bits, word in
        guard let first = word.unicodeScalars.first?.value, (97...122).contains(first) else { return bits }
        return bits | 1 << (first - 97)
    }

    /// `Joint Council` + `for the` + `Welfare of Immigrants`: an organisation whose name ends in a
    /// head (`Council`, `Ministry`) runs on through `of` or `for` (and `the`) into the
    /// capitalised words that follow, whatever the recogniser made of them. The run stops at the
    /// sentence's end, at a person's name and at a role word (`Ministry of Defence Secretary …`).
    static func joinOrganisationComplements(
        _ spans: [(tokens: Range<Int>, label: Int)], document: Document, words: [String]
    ) -> [(tokens: Range<Int>, label: Int)] {
        let organization = NERTag.index(of: .organization)
        let person = NERTag.index(of: .person)
        let count = document.tokens.count
        func isCapitalised(_ t: Int) -> Bool { document.scalars[document.tokens[t].start].properties.isUppercase }
        var result: [(tokens: Range<Int>, label: Int)] = []
        var k = 0
        while k < spans.count {
            let span = spans[k]
            k += 1
            var t = span.tokens.upperBound
            guard span.label == organization, Lexicon.organisationHeads.contains(words[t - 1]), t + 1 < count,
                Lexicon.organisationLinks.contains(words[t]), let sentence = document.sentenceIndex(containing: document.tokens[t].start)
            else {
                result.append(span)
                continue
            }
            let sentenceEnd = document.sentences[sentence].tokens.upperBound
            t += 1
            if t < sentenceEnd && words[t] == "the" { t += 1 }
            let personStarts = Set(spans[k...].prefix(8).filter { $0.label == person }.map(\.tokens.lowerBound))
            var end = t
            while end < sentenceEnd && isCapitalised(end) && !personStarts.contains(end) && !Lexicon.roleHeads.contains(words[end])
                && !Lexicon.calendarWords.contains(words[end])
            {
                end += 1
                // `Welfare of Immigrants`: `of` inside the name, between capitalised words.
                if end + 1 < sentenceEnd && words[end] == "of" && isCapitalised(end + 1) { end += 1 }
            }
            guard end > t, !(words[end - 1] == "of") else {
                result.append(span)
                continue
            }
            var inside = k
            while inside < spans.count && spans[inside].tokens.lowerBound >= t && spans[inside].tokens.upperBound <= end {
                inside += 1
            }
            // A name the run cuts in two is left as the recogniser read it.
            if inside < spans.count && spans[inside].tokens.lowerBound < end {
                result.append(span)
                continue
            }
            k = inside
            result.append((span.tokens.lowerBound..<end, organization))
        }
        return result
    }

    /// `the Refugee Council Enver Solomon`: an organisation's name that runs on into a person's
    /// (two or three words after the organisation's head word, a given name or a surname of the
    /// name lists among them, no organisation word) is two names.
    static func splitOrganisationFromPerson(
        _ found: (tokens: Range<Int>, label: Int), words: [String], document: Document, gazetteer: NERGazetteer
    ) -> [(tokens: Range<Int>, label: Int)] {
        func classes(_ t: Int) -> NERGazetteer.Classes { gazetteer.classes(ofToken: t, in: document) }
        let organization = NERTag.index(of: .organization)
        guard found.label == organization || found.label == NERTag.index(of: .person), found.tokens.count >= 4 else {
            return [found]
        }
        let last = found.tokens.upperBound
        for head in found.tokens.lowerBound + 1..<last - 2 where Lexicon.organisationHeads.contains(words[head]) {
            let tail = last - head - 1
            guard (2...3).contains(tail), !Lexicon.organisationHeads.contains(words[last - 1]),
                (head + 1..<last).allSatisfy({
                    document.tokens[$0].kind == .word && Characters.isUpper(document.scalars[document.tokens[$0].start])
                        && !classes($0).contains(.organizationWord)
                }),
                classes(head + 1).contains(.givenMale) || classes(head + 1).contains(.givenFemale)
                    || classes(last - 1).contains(.surname)
            else { continue }
            return [(found.tokens.lowerBound..<head + 1, organization), (head + 1..<last, NERTag.index(of: .person))]
        }
        return [found]
    }

    /// `Shadow` in `Shadow Home Secretary Yvette Cooper`, tagged as a name of its own: part of a title.
    static func isTitlePrefix(_ found: (tokens: Range<Int>, label: Int), words: [String]) -> Bool {
        guard found.tokens.count == 1, found.label != NERTag.index(of: .person),
            Lexicon.titlePrefixes.contains(words[found.tokens.lowerBound]), found.tokens.upperBound < words.count
        else { return false }
        let next = words[found.tokens.upperBound]
        return Lexicon.roleHeads.contains(next) || Lexicon.roleModifiers.contains(next)
    }

    /// One sense per document: a one-word name the recogniser found somewhere is the same name
    /// where it stands alone and unlabelled elsewhere (`Vestmark` in `her Vestmark counterpart`),
    /// except at the start of a sentence or inside a longer run of capitalised words.
    static func propagateOneWordNames(
        _ spans: [(tokens: Range<Int>, label: Int)], document: Document, words: [String], sentences: [Range<Int>]
    ) -> [(tokens: Range<Int>, label: Int)] {
        var labels: [String: [Int]] = [:]
        var covered = [Bool](repeating: false, count: words.count)
        for span in spans {
            for t in span.tokens { covered[t] = true }
            if span.tokens.count == 1 { labels[words[span.tokens.lowerBound], default: [0, 0, 0, 0]][span.label] += 1 }
        }
        guard !labels.isEmpty else { return spans }
        var sentenceStart = [Bool](repeating: false, count: words.count)
        for sentence in sentences where !sentence.isEmpty { sentenceStart[sentence.lowerBound] = true }
        func isCapitalisedWord(_ t: Int) -> Bool {
            t >= 0 && t < words.count && document.tokens[t].kind == .word
                && Characters.isUpper(document.scalars[document.tokens[t].start])
        }
        var added: [(tokens: Range<Int>, label: Int)] = []
        for t in words.indices where !covered[t] && !sentenceStart[t] && isCapitalisedWord(t) {
            // Only a name the recogniser read one way everywhere, and never a weekday or month.
            guard let counts = labels[words[t]], !isCapitalisedWord(t - 1), !isCapitalisedWord(t + 1),
                counts.filter({ $0 > 0 }).count == 1, let label = counts.firstIndex(where: { $0 > 0 }),
                words[t].count >= 3, !Lexicon.calendarWords.contains(words[t])
            else { continue }
            added.append((t..<t + 1, label))
        }
        guard !added.isEmpty else { return spans }
        return (spans + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Titles stay outside person names (`Mayor Ines Corda` names `Ines Corda`), as in CoNLL: a
    /// person span loses its leading title words, and a span of titles alone is dropped.
    static func trimTitles(_ found: (tokens: Range<Int>, label: Int), words: [String]) -> (tokens: Range<Int>, label: Int)? {
        guard found.label == NERTag.index(of: .person) else { return found }
        var start = found.tokens.lowerBound
        while start < found.tokens.upperBound
            && (Lexicon.roleHeads.contains(words[start]) || EntityVocabulary.honorifics[words[start]] != nil
                || (Lexicon.roleModifiers.contains(words[start]) && start + 1 < found.tokens.upperBound
                    && Lexicon.roleHeads.contains(words[start + 1])))
        {
            start += 1
        }
        return start < found.tokens.upperBound ? (start..<found.tokens.upperBound, found.label) : nil
    }

    /// `[{start, end, label, text, entity}]`: every name span in text order, with its entity's
    /// canonical name; an entity's first span also carries `roles`, when the article gives it any.
    public func encode(_ output: EntityAnalysis, document: Document) -> JSONValue {
        var seen = Set<Int>()
        return .array(
            output.spans.map { item in
                var fields: [(String, JSONValue)] = [
                    ("start", .int(item.span.start)), ("end", .int(item.span.end)),
                    ("label", .string(item.label.rawValue)), ("text", .string(document.text(item.span))),
                    ("entity", item.entity < output.entities.count ? .string(output.entities[item.entity].canonical) : .null),
                ]
                if item.entity < output.entities.count, seen.insert(item.entity).inserted {
                    let roles = output.entities[item.entity].roles
                    if !roles.isEmpty { fields.append(("roles", .array(roles.map { .string($0) }))) }
                }
                return .object(fields)
            })
    }
}
