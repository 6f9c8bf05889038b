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

    init(reader: TokenReader, entities: EntityAnalysis?) {
        self.reader = reader
        self.entities = entities
        var mentions: [(start: Int, entity: Int)] = []
        for entity in entities?.entities ?? [] where entity.label == .person {
            for mention in entity.mentions { mentions.append((mention.span.start, entity.index)) }
        }
        mentions.sort { $0.start != $1.start ? $0.start < $1.start : $0.entity < $1.entity }
        personMentions = mentions
    }

    mutating func resolve(_ phrase: SpeakerPhrase) -> Resolution {
        let span = TextSpan(reader.tokens[phrase.tokens.lowerBound].start, reader.tokens[phrase.tokens.upperBound - 1].end)
        let resolution: Resolution
        switch phrase.kind {
        case .name: resolution = resolveName(phrase, span: span)
        case .pronoun: resolution = resolvePronoun(phrase, span: span)
        case .description: resolution = resolveDescription(span)
        }
        if let speaker = resolution.speaker {
            let gender = resolution.entity.flatMap { index in entities?.entities.first { $0.index == index }?.gender }
                ?? pronounGender(phrase) ?? lastGender(for: speaker) ?? honorificGender(phrase)
            lastSpeaker = (speaker, resolution.entity, gender ?? .unknown, span.start)
        }
        return resolution
    }

    // MARK: - Names

    private mutating func resolveName(_ phrase: SpeakerPhrase, span: TextSpan) -> Resolution {
        if let entity = entity(overlapping: span) { return Resolution(speaker: entity.canonical, entity: entity.index) }
        let words = phrase.tokens.filter { t in
            guard let w = reader.word(t) else { return false }
            return !QuoteLexicon.nameTitles.contains(w) && w != "the" && w != "'s"
        }
        guard let lastWord = words.last else { return Resolution() }
        var name = words.map { reader.text($0) }.joined(separator: " ")
        if words.count == 1 {
            let surname = reader.text(lastWord)
            if let known = surfaceNames.last(where: { $0.name.hasSuffix(" " + surname) }) { name = known.name }
        }
        if !surfaceNames.contains(where: { $0.name == name }) {
            surfaceNames.append((name, honorificGender(phrase) ?? .unknown, span.start))
        }
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

    private func lastGender(for speaker: String) -> Gender? {
        guard let last = lastSpeaker, last.speaker == speaker, last.gender != .unknown else { return nil }
        return last.gender
    }

    // MARK: - Pronouns

    private func resolvePronoun(_ phrase: SpeakerPhrase, span: TextSpan) -> Resolution {
        guard let w = reader.word(phrase.tokens.lowerBound) else { return Resolution() }
        if w == "who" {
            // `Smith, who said …`: the name before the comma.
            let t = phrase.tokens.lowerBound - 1
            guard reader.isPunct(t, ","), let owner = SpeakerPhraseReader(reader: reader).head(endingAt: t - 1, limit: max(0, t - 8)),
                owner.kind == .name
            else { return Resolution() }
            var copy = self
            return copy.resolveName(owner, span: TextSpan(reader.tokens[owner.tokens.lowerBound].start, reader.tokens[t - 1].end))
        }
        let gender: Gender
        switch w {
        case "he": gender = .male
        case "she": gender = .female
        default: return Resolution()
        }
        if let entities, !personMentions.isEmpty {
            return resolveWithEntities(gender: gender, before: span.start, entities: entities)
        }
        guard let last = lastSpeaker, last.gender == gender || last.gender == .unknown,
            span.start - last.start < 3000
        else { return Resolution() }
        return Resolution(speaker: last.speaker, entity: last.entity)
    }

    /// The last speaker when compatible and recent, else the most recent compatible person.
    private func resolveWithEntities(gender: Gender, before offset: Int, entities: EntityAnalysis) -> Resolution {
        func compatible(_ index: Int) -> Bool {
            guard let entity = entities.entities.first(where: { $0.index == index }) else { return false }
            return entity.gender == gender || entity.gender == .unknown
        }
        if let last = lastSpeaker, let index = last.entity, compatible(index), offset - last.start < 1500 {
            return Resolution(speaker: last.speaker, entity: index)
        }
        var low = 0
        var high = personMentions.count
        while low < high {
            let mid = (low + high) / 2
            if personMentions[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        var k = low - 1
        while k >= 0 && k >= low - 40 {
            let index = personMentions[k].entity
            if compatible(index), let entity = entities.entities.first(where: { $0.index == index }) {
                return Resolution(speaker: entity.canonical, entity: index)
            }
            k -= 1
        }
        return Resolution()
    }

    // MARK: - Descriptions and entities

    private func resolveDescription(_ span: TextSpan) -> Resolution {
        if let entity = entity(overlapping: span) { return Resolution(speaker: entity.canonical, entity: entity.index) }
        return Resolution()
    }

    private func entity(overlapping span: TextSpan) -> Entity? {
        guard let entities else { return nil }
        var best: Entity?
        var bestEnd = -1
        for entity in entities.entities where entity.label == .person || entity.label == .organization {
            for mention in entity.mentions where mention.span.overlaps(span) && mention.span.end > bestEnd {
                best = entity
                bestEnd = mention.span.end
            }
        }
        return best
    }
}
