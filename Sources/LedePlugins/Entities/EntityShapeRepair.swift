import LedeCore

/// Repairs of the recogniser's spans that the shape of a name decides, whatever its words:
/// - a name opens with no number nor sentence-opening adverb (`Even`), and ends with no link word
///   or mark;
/// - a possessive inside a name (`Korean People's Army`, read as `Korean People` + `'s Army`) is
///   one name, labelled by its head; a span never opens with `'s`;
/// - a name of other things ending in an organisation's head word (`World Trade Organization`,
///   `Supreme People's Assembly`) is an organisation;
/// - a one-word name right before an organisation's name that ends in its head word is part of it
///   (`Max Planck Institute`);
/// - a storm's name after `Hurricane`, `Typhoon` or `Cyclone` is MISC, as CoNLL labels storms;
/// - a two- or three-word name opening with a given name or following a kin noun (`his mother`),
///   with no organisation word and not ending in a place, is a person (`Faith Kipyegon` read as an
///   organisation); a one-word name before a person's name that opens with a capitalised particle
///   is its given name (`Gilles De Bilde`).
enum EntityShapeRepair {
    typealias Span = (tokens: Range<Int>, label: Int)

    /// Marks that end a clause, never a name.
    static let closingMarks: Set<String> = [",", ";", ":", "!", "?", "-", "–", "—"]

    static func repair(_ spans: [Span], document: Document, words: [String], gazetteer: NERGazetteer?) -> [Span] {
        let organization = NERTag.index(of: .organization)
        let person = NERTag.index(of: .person)
        let misc = NERTag.index(of: .miscellaneous)
        func isPossessive(_ t: Int) -> Bool { words[t] == "'s" || words[t] == "’s" }
        func adjacent(_ a: Int, _ b: Int) -> Bool {
            document.scalars[document.tokens[a].end..<document.tokens[b].start].allSatisfy { $0 == " " }
        }
        func classes(_ t: Int) -> NERGazetteer.Classes { gazetteer?.classes(ofToken: t, in: document) ?? [] }
        // `Faith`, not `FAITH` (a caseless headline tells nothing) nor `of`.
        func isTitleCase(_ t: Int) -> Bool {
            let token = document.tokens[t]
            guard token.kind == .word, token.length > 1, Characters.isUpper(document.scalars[token.start]) else { return false }
            return document.scalars[(token.start + 1)..<token.end].contains { $0.properties.isLowercase }
        }
        let sentenceStart = Set(document.sentences.map(\.tokens.lowerBound))
        // Words the article also writes in lower case: ordinary words, not names. Read only when
        // a given name is in question, which few articles ask.
        var lowerCaseWords: Set<String>?
        func isWrittenLowerCase(_ word: String) -> Bool {
            if lowerCaseWords == nil {
                var found = Set<String>()
                for (t, token) in document.tokens.enumerated()
                where token.kind == .word && Characters.isLower(document.scalars[token.start]) {
                    found.insert(words[t])
                }
                lowerCaseWords = found
            }
            return lowerCaseWords?.contains(word) ?? false
        }
        var result: [Span] = []
        for var span in spans {
            // A name never opens with a number (`1979 Democracy Wall`) nor ends with a lower-case
            // link word or a mark (`Kia Motor Corp of`, `Freedom for Chechnya !`).
            var lower = span.tokens.lowerBound
            var upper = span.tokens.upperBound
            // An event keeps its year (`1997 Fed Cup`, MISC); a currency its sign (`A$`).
            while lower < upper, span.label != misc, document.tokens[lower].kind == .number { lower += 1 }
            while upper > lower,
                (document.tokens[upper - 1].kind == .punctuation && Self.closingMarks.contains(words[upper - 1]))
                    || Lexicon.nameLinkWords.contains(words[upper - 1])
                        && !Characters.isUpper(document.scalars[document.tokens[upper - 1].start])
            {
                upper -= 1
            }
            // `Even Ostria said`: an adverb opening the sentence is not the name's.
            while upper - lower > 1, lower == 0 || sentenceStart.contains(lower), Lexicon.openingAdverbs.contains(words[lower]) {
                lower += 1
            }
            guard lower < upper else { continue }
            span.tokens = lower..<upper
            if isPossessive(span.tokens.lowerBound) {
                if let last = result.last, last.tokens.upperBound == span.tokens.lowerBound, span.tokens.count > 1 {
                    result[result.count - 1] = (last.tokens.lowerBound..<span.tokens.upperBound, span.label)
                    continue
                }
                guard span.tokens.count > 1 else { continue }
                // `Queen's Park`: the capitalised word before the possessive is the name's too.
                let before = span.tokens.lowerBound - 1
                if before >= 0, document.tokens[before].kind == .word,
                    Characters.isUpper(document.scalars[document.tokens[before].start]), adjacent(before, before + 1)
                {
                    span.tokens = before..<span.tokens.upperBound
                } else {
                    span.tokens = span.tokens.lowerBound + 1..<span.tokens.upperBound
                }
            }
            let first = span.tokens.lowerBound
            let last = span.tokens.upperBound - 1
            if span.label == misc, span.tokens.count >= 2, Lexicon.organisationNameHeads.contains(words[last]) {
                span.label = organization
            }
            if first > 0, Lexicon.stormWords.contains(words[first - 1]), adjacent(first - 1, first) {
                span.label = misc
            }
            // `Gilles` ORG + `De Bilde` PERSON: a one-word name before a person's name that opens
            // with a capitalised particle is its given name.
            if span.label == person, Lexicon.surnameParticles.contains(words[first]), isTitleCase(first) || words[first].count <= 3,
                Characters.isUpper(document.scalars[document.tokens[first].start]),
                let previous = result.last, previous.tokens.count == 1, previous.tokens.upperBound == first,
                previous.label != NERTag.index(of: .location), isTitleCase(previous.tokens.lowerBound),
                adjacent(previous.tokens.lowerBound, first)
            {
                result[result.count - 1] = (previous.tokens.lowerBound..<span.tokens.upperBound, person)
                continue
            }
            // `Novak Djokovic` read as `Djokovic`: an untagged title-case word right before a
            // one-word person's name, which the article never writes in lower case and no list
            // knows as anything else, is the given name.
            if span.label == person, span.tokens.count == 1, first > 0, (result.last?.tokens.upperBound ?? 0) < first,
                isTitleCase(first - 1), adjacent(first - 1, first),
                !Lexicon.sentenceOpeners.contains(words[first - 1]), !Lexicon.openingAdverbs.contains(words[first - 1]),
                !Lexicon.calendarWords.contains(words[first - 1]), !Lexicon.roleHeads.contains(words[first - 1]),
                !Lexicon.roleModifiers.contains(words[first - 1]), !Lexicon.titlePrefixes.contains(words[first - 1]),
                EntityVocabulary.honorifics[words[first - 1]] == nil,
                classes(first - 1).isDisjoint(with: [.country, .city, .region, .continent, .demonym, .title, .organizationWord, .lexiconOrganization, .lexiconLocation, .lexiconMiscellaneous]),
                !isWrittenLowerCase(words[first - 1])
            {
                span.tokens = first - 1..<span.tokens.upperBound
                result.append(span)
                continue
            }
            let afterKin = first > 0 && Lexicon.kinNouns.contains(words[first - 1])
            if span.label == organization || span.label == misc, (2...3).contains(span.tokens.count),
                afterKin || !classes(first).isDisjoint(with: [.givenMale, .givenFemale]),
                classes(first).isDisjoint(with: [.country, .city, .region, .lexiconOrganization, .lexiconLocation]),
                span.tokens.allSatisfy({ isTitleCase($0) }),
                span.tokens.allSatisfy({
                    classes($0).isDisjoint(with: [.organizationWord, .lexiconOrganization])
                        && !Lexicon.organisationNameHeads.contains(words[$0])
                }),
                classes(last).isDisjoint(with: [.country, .city, .region, .continent, .demonym, .lexiconLocation])
            {
                span.label = person
            }
            // `Max` + `Planck Institute`, `Harlow` + `Partners`, `Korean` + `People's Army`: a word
            // read as a person, place or nationality right before an organisation's name that ends
            // in its head word belongs to it.
            if span.label == organization, let previous = result.last, previous.tokens.count == 1,
                previous.tokens.upperBound == span.tokens.lowerBound, previous.label != organization,
                adjacent(previous.tokens.lowerBound, span.tokens.lowerBound),
                Lexicon.organisationNameHeads.contains(words[last]) || classes(last).contains(.organizationWord),
                isTitleCase(previous.tokens.lowerBound)
            {
                result[result.count - 1] = (previous.tokens.lowerBound..<span.tokens.upperBound, organization)
                continue
            }
            result.append(span)
        }
        return result
    }
}
