import LedeCore

/// An actor stance can be held by or toward: an entity group with its mentions.
struct StanceActor: Sendable, Hashable {
    var name: String
    /// `PERSON`, `ORG`, `LOC`, `MISC`, or `NAME` from the fallback finder.
    var label: String
    var mentions: [TextSpan]
    var isPerson: Bool
    var gender: Gender
}

/// The actors of one article and, per token, which actor a mention covers; also resolves
/// `he`/`she` to the person a sentence is about.
struct StanceActors: Sendable {
    var actors: [StanceActor]
    /// For each document token, the actor whose mention covers it.
    private(set) var actorAtToken: [Int?]
    /// For each document token, the span of the mention that covers it.
    private(set) var mentionAtToken: [TextSpan?]

    init(document: Document, actors: [StanceActor]) {
        self.actors = actors
        actorAtToken = [Int?](repeating: nil, count: document.tokens.count)
        mentionAtToken = [TextSpan?](repeating: nil, count: document.tokens.count)
        for (index, actor) in actors.enumerated() {
            for mention in actor.mentions {
                var token = document.tokenIndex(atOrAfter: mention.start)
                while token < document.tokens.count && document.tokens[token].start < mention.end {
                    if actorAtToken[token] == nil {
                        actorAtToken[token] = index
                        mentionAtToken[token] = mention
                    }
                    token += 1
                }
            }
        }
    }

    /// Actors from the entities plugin's groups (persons, organisations, places, other names).
    static func from(_ analysis: EntityAnalysis, document: Document) -> StanceActors {
        let actors = analysis.entities.map { entity in
            StanceActor(
                name: entity.canonical, label: entity.label.rawValue, mentions: entity.mentions.map(\.span),
                isPerson: entity.label == .person, gender: entity.gender)
        }
        return StanceActors(document: document, actors: actors)
    }

    /// The person a pronoun at `token` most likely refers to: the first person named in the same
    /// sentence before it, else the first person named in the sentence before. Inside a quote the
    /// speaker is `excluded`: their `she` is somebody else.
    ///
    /// With `preferringProtagonist` (a pronoun in another speaker's quote, `"He was caught on tape
    /// saying it"`), the story's main person of that gender wins over a passer-by
    /// named once in the sentences before: one with at least three mentions and three times as many.
    func resolvePronoun(
        _ word: String, token: Int, document: Document, excluding excluded: Int? = nil,
        preferringProtagonist: Bool = false
    ) -> Int? {
        guard let nearest = nearestPerson(word, token: token, document: document, excluding: excluded) else { return nil }
        guard preferringProtagonist else { return nearest }
        let gender: Gender = Lexicon.malePronouns.contains(word) ? .male : .female
        var protagonist: Int?
        for (index, actor) in actors.enumerated()
        where actor.isPerson && index != excluded && (actor.gender == gender || actor.gender == .unknown) {
            if protagonist == nil || actor.mentions.count > actors[protagonist ?? 0].mentions.count { protagonist = index }
        }
        guard let protagonist, protagonist != nearest,
            actors[protagonist].mentions.count >= 3,
            actors[protagonist].mentions.count >= 3 * actors[nearest].mentions.count,
            actors[protagonist].mentions.contains(where: { $0.start < document.tokens[token].start })
        else { return nearest }
        return protagonist
    }

    private func nearestPerson(_ word: String, token: Int, document: Document, excluding excluded: Int?) -> Int? {
        let gender: Gender
        if Lexicon.malePronouns.contains(word) { gender = .male } else if Lexicon.femalePronouns.contains(word) {
            gender = .female
        } else {
            return nil
        }
        guard let sentence = document.sentenceIndex(containing: document.tokens[token].start) else { return nil }
        func firstPerson(in range: Range<Int>) -> Int? {
            for t in range {
                guard let actor = actorAtToken[t], actor != excluded, actors[actor].isPerson else { continue }
                let known = actors[actor].gender
                if known == .unknown || known == gender { return actor }
            }
            return nil
        }
        let current = document.sentences[sentence].tokens
        if let actor = firstPerson(in: current.lowerBound..<token) { return actor }
        var previous = sentence - 1
        while previous >= 0 && previous >= sentence - 2 {
            if let actor = firstPerson(in: document.sentences[previous].tokens) { return actor }
            previous -= 1
        }
        return nil
    }

    /// The actor whose name matches `name` (a quote's speaker string), by whole name or last word.
    func actor(named name: String) -> Int? {
        if let exact = actors.firstIndex(where: { $0.name == name }) { return exact }
        guard let last = name.split(separator: " ").last.map(String.init) else { return nil }
        return actors.firstIndex { $0.name.split(separator: " ").last.map(String.init) == last }
    }
}
