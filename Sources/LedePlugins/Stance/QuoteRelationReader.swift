import LedeCore

/// Reads the speaker's stance toward each actor an attributed quote (or reported speech) mentions:
/// `"Putin has let me down," Trump said` is Trump → Putin, negative.
struct QuoteRelationReader: Sendable {
    let extractor: RelationExtractor
    /// Whether actor indices equal the entities plugin's entity indices.
    let actorsAreEntities: Bool

    func relations(_ quotes: QuoteAnalysis) -> [RelationCandidate] {
        let document = extractor.document
        let actors = extractor.actors
        var found: [RelationCandidate] = []
        for quote in quotes.quotes where quote.kind == .speech || quote.kind == .partial || quote.kind == .indirect {
            guard let speaker = speakerActor(quote) else { continue }
            var seen: Set<Int> = [speaker]
            var token = document.tokenIndex(atOrAfter: quote.content.start)
            while token < document.tokens.count && document.tokens[token].start < quote.content.end {
                defer { token += 1 }
                guard let (actor, mention) = target(at: token, speaker: speaker), !seen.contains(actor),
                    actors.actors[actor].label != "MISC",
                    let s = document.sentenceIndex(containing: document.tokens[token].start)
                else { continue }
                seen.insert(actor)
                let words = extractor.sentences[s]
                guard let positions = words.positions(overlapping: mention, in: document) else { continue }
                var score = phraseScore(words, after: positions.upperBound, within: quote.content)
                // A pronoun counts only in a plain judgement (`she was just a bigoted woman`): the
                // model's reading of a sentence about `he` is too often about something else.
                let isPronoun = actors.mentionAtToken[token] == nil
                if isPronoun {
                    score = score != 0 ? score : judgementScore(words, after: positions.upperBound)
                    guard score != 0 else {
                        seen.remove(actor)
                        continue
                    }
                }
                // A place a speaker mentions is mostly where the story happens (`Seattle would be
                // a fitting home`): the model alone does not make it a target.
                if score == 0, actors.actors[actor].isPerson || actors.actors[actor].label == "ORG" {
                    let stance = extractor.classifier.classify(
                        words, positions: positions, target: mention, text: document.text(mention),
                        evidence: document.sentences[s].span)
                    // The model alone is noisy on quotes: a relation needs a clear reading and a
                    // polar word of its own polarity in the sentence.
                    score = stance.polarity == .neutral || abs(stance.score) < 0.5 || stance.cues.isEmpty ? 0 : stance.score
                }
                guard score != 0 else { continue }
                let rule = quote.kind == .indirect ? "reported-speech" : "quote"
                found.append(
                    RelationCandidate(
                        source: speaker, target: actor,
                        evidence: extractor.evidence(s, rule: rule, polarity: score > 0 ? 1 : -1, score: score)))
            }
        }
        return found
    }

    /// The actor a quote's word refers to and the mention's span: a name, or `he`/`she`/`him`/`her`
    /// resolved to the person the text was about (`"Why has he come out with words like that?"`).
    private func target(at token: Int, speaker: Int) -> (Int, TextSpan)? {
        let actors = extractor.actors
        if let actor = actors.actorAtToken[token], let mention = actors.mentionAtToken[token] { return (actor, mention) }
        let document = extractor.document
        let span = document.tokens[token].span
        let word = document.text(span).lowercased()
        guard Lexicon.thirdPersonPronouns.contains(word),
            let actor = actors.resolvePronoun(
                word, token: token, document: document, excluding: speaker, preferringProtagonist: true)
        else { return nil }
        return (actor, span)
    }

    private func speakerActor(_ quote: Quote) -> Int? {
        if actorsAreEntities, let index = quote.speakerEntity, index >= 0, index < extractor.actors.actors.count {
            return index
        }
        if let name = quote.speaker { return extractor.actors.actor(named: name) }
        if let span = quote.speakerSpan {
            let token = extractor.document.tokenIndex(atOrAfter: span.start)
            if token < extractor.actors.actorAtToken.count, let actor = extractor.actors.actorAtToken[token] {
                return actor
            }
        }
        return nil
    }

    /// +0.8 or -0.8 when a stance phrase (`has let me down`, `kept his word`, `will have to answer
    /// for`) follows the mention inside the quote, within ten words, else 0.
    private func phraseScore(_ words: SentenceWords, after position: Int, within content: TextSpan) -> Double {
        let document = extractor.document
        let limit = min(words.count, position + 10)
        var p = position
        while p < limit {
            guard document.tokens[words.tokenIndex[p]].start < content.end else { break }
            for phrase in AttitudeLexicon.negativeSubjectPhrases where Self.matches(words, phrase, at: p) {
                return VaderLexicon.isNegation(p > 0 ? words.words[p - 1] : "") ? 0 : -0.8
            }
            for phrase in AttitudeLexicon.positiveSubjectPhrases where Self.matches(words, phrase, at: p) {
                return VaderLexicon.isNegation(p > 0 ? words.words[p - 1] : "") ? 0 : 0.8
            }
            p += 1
        }
        return 0
    }

    /// ±0.8 when `is`/`was` follows the word at `position - 1` and what comes after it judges
    /// strongly (a ``RelationExtractor/judgement(_:from:maximum:)`` of at least 1.5), else 0.
    private func judgementScore(_ words: SentenceWords, after position: Int) -> Double {
        guard position + 1 < words.count, Lexicon.copulas.contains(words.words[position]) else { return 0 }
        let sum = RelationExtractor.judgement(words, from: position + 1, maximum: 7)
        guard abs(sum) >= 1.5 else { return 0 }
        return sum > 0 ? 0.8 : -0.8
    }

    static func matches(_ words: SentenceWords, _ phrase: [String], at p: Int) -> Bool {
        guard p + phrase.count <= words.count else { return false }
        for (offset, word) in phrase.enumerated() where words.words[p + offset] != word { return false }
        return true
    }
}
