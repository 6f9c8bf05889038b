import LedeCore

/// Turns a speaker phrase into a canonical speaker: through the entity groups when the entities
/// plugin is available, through the article's own names otherwise.
///
/// A pronoun goes to the most recent compatible person, preferring the last speaker; a role noun
/// goes to the entity the article gave that role; an unresolvable phrase keeps its mention and
/// gets no speaker (unknown is better than wrong).
struct SpeakerResolver {
    struct Resolution {
        var speaker: String?
        var entity: Int?
    }

    let reader: TokenReader
    let entities: EntityAnalysis?
    /// Person mentions (span start, entity index) in text order, for pronoun resolution.
    private let personMentions: [(start: Int, entity: Int)]
    /// Names used as speakers so far, for surname matching without entities.
    private var surfaceNames: [(name: String, gender: Gender, start: Int)] = []
    private var lastSpeaker: (speaker: String, entity: Int?, gender: Gender, start: Int)?
    /// Genders learnt from honorifics and resolved pronouns, by speaker name.
    private var knownGender: [String: Gender] = [:]
    /// The last resolved speaker of each sentence, by sentence index.
    private var sentenceSpeakers: [Int: (speaker: String, entity: Int?, gender: Gender)] = [:]

    /// The spans of the quoted passages, in text order: a sentence that opens inside one is
    /// someone's words, not the narrator's.
    let quoted: [TextSpan]

    init(reader: TokenReader, entities: EntityAnalysis?, quoted: [TextSpan] = []) {
        self.reader = reader
        self.entities = entities
        self.quoted = quoted
        var mentions: [(start: Int, entity: Int)] = []
        for entity in entities?.entities ?? [] where entity.label == .person {
            for mention in entity.mentions { mentions.append((mention.span.start, entity.index)) }
        }
        mentions.sort { $0.start != $1.start ? $0.start < $1.start : $0.entity < $1.entity }
        personMentions = mentions
        var speakers: [(span: TextSpan, entity: Int)] = []
        var byIndex: [Int: Int] = [:]
        for (position, entity) in (entities?.entities ?? []).enumerated() {
            byIndex[entity.index] = position
            guard entity.label == .person || entity.label == .organization else { continue }
            for mention in entity.mentions { speakers.append((mention.span, entity.index)) }
        }
        speakers.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.entity < $1.entity }
        speakerMentions = speakers
        entityPosition = byIndex
    }

    /// Person and organisation mentions sorted by start, for finding the entity under a phrase.
    private let speakerMentions: [(span: TextSpan, entity: Int)]
    /// Position in ``EntityAnalysis/entities`` of each entity index.
    private let entityPosition: [Int: Int]

    private func entity(index: Int) -> Entity? {
        guard let entities, let position = entityPosition[index], position < entities.entities.count else { return nil }
        return entities.entities[position]
    }

    mutating func resolve(_ phrase: SpeakerPhrase) -> Resolution {
        let span = TextSpan(reader.tokens[phrase.tokens.lowerBound].start, reader.tokens[phrase.tokens.upperBound - 1].end)
        let resolution: Resolution
        switch phrase.kind {
        case .name: resolution = resolveName(phrase, span: span)
        case .pronoun: resolution = resolvePronoun(phrase, span: span)
        case .description: resolution = resolveDescription(phrase, span: span)
        // `a spokesman for Reyes`: the speaker is the spokesman, whom the article does not name.
        case .agent: resolution = Resolution()
        }
        if let speaker = resolution.speaker {
            let fromEntity = resolution.entity.flatMap { entity(index: $0)?.gender }.flatMap { $0 == .unknown ? nil : $0 }
            let gender = fromEntity ?? pronounGender(phrase) ?? honorificGender(phrase) ?? knownGender[speaker]
            if let gender, gender != .unknown { knownGender[speaker] = gender }
            lastSpeaker = (speaker, resolution.entity, gender ?? .unknown, span.start)
            if let sentence = reader.document.sentenceIndex(containing: span.start) {
                sentenceSpeakers[sentence] = (speaker, resolution.entity, gender ?? .unknown)
            }
        }
        return resolution
    }

    // MARK: - Names

    private mutating func resolveName(_ phrase: SpeakerPhrase, span: TextSpan) -> Resolution {
        if let entity = entity(overlapping: span, endingAt: span.end) { return resolution(entity) }
        var words = phrase.tokens.filter { t in
            guard let w = reader.word(t) else { return false }
            return !Lexicon.nameTitles.contains(w) && w != "the" && w != "'s"
        }
        // `Deputy Fisheries Secretary Inês Valadares` → `Inês Valadares`.
        if let lastRole = words.lastIndex(where: { reader.word($0).map { Lexicon.roleWords.contains($0) } ?? false }),
            lastRole + 1 < words.count
        {
            words.removeSubrange(...lastRole)
        }
        // `Elena Marchetti of Caldera` → `Elena Marchetti`.
        if let of = words.firstIndex(where: { reader.word($0) == "of" }), of >= 2 { words.removeSubrange(of...) }
        guard let lastWord = words.last else { return Resolution() }
        var name = words.map { reader.text($0) }.joined(separator: " ")
        if words.count == 1 {
            let surname = reader.text(lastWord)
            if let known = surfaceNames.last(where: { $0.name.hasSuffix(" " + surname) }) { name = known.name }
        }
        if !surfaceNames.contains(where: { $0.name == name }) {
            surfaceNames.append((name, honorificGender(phrase) ?? .unknown, span.start))
        }
        if let gender = honorificGender(phrase) { knownGender[name] = gender }
        return Resolution(speaker: name, entity: nil)
    }

    private func honorificGender(_ phrase: SpeakerPhrase) -> Gender? {
        guard let w = reader.word(phrase.tokens.lowerBound) else { return nil }
        switch w {
        case "mr.", "mr": return .male
        case "ms.", "ms", "mrs.", "mrs": return .female
        default: return nil
        }
    }

    private func pronounGender(_ phrase: SpeakerPhrase) -> Gender? {
        guard phrase.kind == .pronoun, let w = reader.word(phrase.tokens.lowerBound) else { return nil }
        return w == "he" ? .male : w == "she" ? .female : nil
    }

    // MARK: - Pronouns

    private mutating func resolvePronoun(_ phrase: SpeakerPhrase, span: TextSpan) -> Resolution {
        guard let w = reader.word(phrase.tokens.lowerBound) else { return Resolution() }
        if w == "who" {
            // `Smith, who said …`: the name before the comma.
            let t = phrase.tokens.lowerBound - 1
            guard reader.isPunct(t, ","), let owner = SpeakerPhraseReader(reader: reader).head(endingAt: t - 1, limit: max(0, t - SearchWindow.relativeOwner)),
                owner.kind == .name
            else { return Resolution() }
            var copy = self
            return copy.resolveName(owner, span: TextSpan(reader.tokens[owner.tokens.lowerBound].start, reader.tokens[t - 1].end))
        }
        let gender: Gender
        // `he'd`, `she's`: the pronoun before its run-on verb.
        switch w.split(whereSeparator: { $0 == "'" || $0 == "’" }).first.map(String.init) ?? w {
        case "he": gender = .male
        case "she": gender = .female
        case "it":
            // `"…," said KCNA. "…," it added`: the organisation that spoke last, close by.
            guard let last = lastSpeaker, span.start - last.start < SearchWindow.recentSpeaker, let index = last.entity,
                let speaker = entity(index: index), speaker.label == .organization
            else { return Resolution() }
            return Resolution(speaker: last.speaker, entity: last.entity)
        default: return Resolution()
        }
        if let found = subjectInRecentSentences(gender: gender, before: span.start) { return found }
        if let entities, !personMentions.isEmpty {
            return resolveWithEntities(gender: gender, before: span.start, entities: entities)
        }
        guard let last = lastSpeaker, last.gender == gender || last.gender == .unknown,
            span.start - last.start < SearchWindow.recentSpeakerWithoutEntities
        else { return Resolution() }
        return Resolution(speaker: last.speaker, entity: last.entity)
    }

    /// Whether a speaker can be `he` or `she`: a person, or a name the entities did not type.
    private func isPerson(_ index: Int?) -> Bool {
        guard let index, let entity = entity(index: index) else { return true }
        return entity.label == .person
    }

    /// Subject position: walking back over the two sentences before the pronoun's, the speaker
    /// quoted in a sentence or the name that opens it, when its gender fits.
    private mutating func subjectInRecentSentences(gender: Gender, before offset: Int) -> Resolution? {
        guard let current = reader.document.sentenceIndex(containing: offset) else { return nil }
        let sentences = reader.document.sentences
        var s = current
        while s >= 0 && s >= current - SearchWindow.subjectSentences {
            if let spoken = sentenceSpeakers[s], isPerson(spoken.entity) {
                if spoken.gender == gender || spoken.gender == .unknown {
                    return Resolution(speaker: spoken.speaker, entity: spoken.entity)
                }
            } else if let opener = openerName(sentences[s]), s < current || opener.end <= offset {
                if opener.gender == gender || opener.gender == .unknown { return opener.resolution }
                if opener.gender != .unknown { return nil }
            }
            s -= 1
        }
        return nil
    }

    /// The name that opens a sentence (after an introductory clause), resolved without being
    /// recorded as a speaker.
    private mutating func openerName(_ sentence: Sentence) -> (resolution: Resolution, gender: Gender, end: Int)? {
        let phrases = SpeakerPhraseReader(reader: reader)
        var s = sentence.tokens.lowerBound
        let end = sentence.tokens.upperBound
        if let w = reader.word(s), w.hasSuffix("ing") || Lexicon.introWords.contains(w) {
            var k = s
            while k < end && k < s + SearchWindow.introduction && !reader.isPunct(k, ",") { k += 1 }
            if k < end { s = k + 1 }
        }
        guard s < end, reader.isCapitalized(s), let first = reader.word(s), !Lexicon.determiners.contains(first),
            !quoted.covers(reader.tokens[s].start)
        else {
            return nil
        }
        var e = s
        // `Union leader Sanne de Vries`, `Retired teacher Dora Santos`: a lower-case role word or
        // name particle between capitals belongs to the run.
        while e + 1 < end && e < s + SearchWindow.openingNameRun {
            if reader.isCapitalized(e + 1) {
                e += 1
            } else if reader.isCapitalized(e + 2), e + 2 < end, let w = reader.word(e + 1), reader.isLowercaseWord(e + 1),
                !Lexicon.phraseBreakers.contains(w), !Lexicon.speakerAuxiliaries.contains(w), QuoteLexicon.cues[w] == nil,
                !Lexicon.determiners.contains(w)
            {
                e += 2
            } else {
                break
            }
        }
        guard var phrase = phrases.head(endingAt: e, limit: s), phrase.kind == .name else { return nil }
        // `Sunda Air's founder, Putri Halim, sat …`: the person in the appositive.
        if reader.word(e + 1) == "'s" {
            var k = e + 2
            while k < end && k < e + SearchWindow.possessiveAppositive && !reader.isPunct(k, ",") { k += 1 }
            var n = k + 1
            while n < end && reader.isCapitalized(n) { n += 1 }
            guard k < end, n > k + 1, let owner = phrases.head(endingAt: n - 1, limit: k + 1), owner.kind == .name else {
                return nil
            }
            phrase = owner
        }
        let span = TextSpan(reader.tokens[phrase.tokens.lowerBound].start, reader.tokens[phrase.tokens.upperBound - 1].end)
        if let entity = entity(overlapping: span, endingAt: span.end) {
            guard entity.label == .person else { return nil }
            return (resolution(entity), entity.gender, span.end)
        }
        let resolution = resolveName(phrase, span: span)
        guard let name = resolution.speaker else { return nil }
        let gender = knownGender[name] ?? honorificGender(phrase) ?? .unknown
        return (resolution, gender, span.end)
    }

    /// The last speaker when compatible and recent, else the most recent compatible person.
    private func resolveWithEntities(gender: Gender, before offset: Int, entities: EntityAnalysis) -> Resolution {
        func compatible(_ index: Int) -> Bool {
            guard let entity = entity(index: index), entity.label == .person else { return false }
            return entity.gender == gender || entity.gender == .unknown
        }
        if let last = lastSpeaker, let index = last.entity, compatible(index), offset - last.start < SearchWindow.recentSpeaker {
            return Resolution(speaker: last.speaker, entity: index)
        }
        var low = 0
        var high = personMentions.count
        while low < high {
            let mid = (low + high) / 2
            if personMentions[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        var k = low - 1
        while k >= 0 && k >= low - SearchWindow.antecedentMentions {
            let index = personMentions[k].entity
            if compatible(index), let entity = entity(index: index) {
                return resolution(entity)
            }
            k -= 1
        }
        return Resolution()
    }

    /// The entity itself, or the one person in the article whose longer name ends with its
    /// canonical when that is a lone surname (`Valadares` → `Inês Valadares`).
    private func fullest(_ entity: Entity) -> Entity {
        guard entity.label == .person, !entity.canonical.contains(" "), let entities else { return entity }
        let suffix = " " + entity.canonical
        let longer = entities.entities.filter { $0.label == .person && $0.canonical.hasSuffix(suffix) }
        return longer.count == 1 ? longer[0] : entity
    }

    private func resolution(_ entity: Entity) -> Resolution {
        let full = fullest(entity)
        return Resolution(speaker: full.canonical, entity: full.index)
    }

    // MARK: - Descriptions and entities

    /// A role noun resolves through a mention the entities plugin grouped, or through a role the
    /// article gave exactly one person mentioned before it (`the prime minister`).
    private func resolveDescription(_ phrase: SpeakerPhrase, span: TextSpan) -> Resolution {
        // The entity must be the head (`the prime minister`), not a modifier (`a White House aide`).
        if let entity = entity(overlapping: span, endingAt: span.end) {
            return resolution(entity)
        }
        // `Cornyn's statement`, `Trump's tweet`: what a person wrote speaks for them.
        let first = phrase.tokens.lowerBound
        if phrase.tokens.count == 3, reader.word(first + 1) == "'s" || reader.word(first + 1) == "’s",
            let document = reader.word(first + 2), Lexicon.writings.contains(document),
            let owner = entity(overlapping: reader.tokens[first].span, endingAt: reader.tokens[first].end),
            owner.label == .person || owner.label == .organization
        {
            return resolution(owner)
        }
        guard let entities else { return Resolution() }
        let words = phrase.tokens.compactMap { reader.word($0) }.filter { !Lexicon.determiners.contains($0) }
        guard !words.isEmpty, words.count <= 4 else { return Resolution() }
        let role = words.joined(separator: " ")
        // `Its managing director, Craig Holloway, called …`: the name in apposition right after
        // the phrase is the one the article gives the role here.
        let after = phrase.tokens.upperBound
        let appositive = reader.isPunct(after, ",") && after + 1 < reader.count ? reader.tokens[after + 1].start : nil
        var found: Entity?
        for entity in entities.entities where entity.label == .person {
            guard let first = entity.mentions.first, first.span.start < span.start || first.span.start == appositive else { continue }
            guard entity.roles.contains(where: { $0.lowercased() == role || $0.lowercased().hasSuffix(" " + role) }) else {
                continue
            }
            if found != nil { return Resolution() }  // two people hold it: do not guess
            found = entity
        }
        return found.map { resolution($0) } ?? Resolution()
    }

    private func entity(overlapping span: TextSpan, endingAt end: Int? = nil) -> Entity? {
        guard !speakerMentions.isEmpty else { return nil }
        var low = 0
        var high = speakerMentions.count
        let from = span.start - SearchWindow.mentionLookBack
        while low < high {
            let mid = (low + high) / 2
            if speakerMentions[mid].span.start < from { low = mid + 1 } else { high = mid }
        }
        var best: Int?
        var bestEnd = -1
        var k = low
        while k < speakerMentions.count && speakerMentions[k].span.start < span.end {
            let mention = speakerMentions[k]
            if mention.span.overlaps(span) && mention.span.end > bestEnd && (end == nil || mention.span.end == end) {
                best = mention.entity
                bestEnd = mention.span.end
            }
            k += 1
        }
        return best.flatMap { entity(index: $0) }
    }
}
