import LedeCore

/// How an article treats each main actor: the target polarity of every sentence that mentions it,
/// counted apart for the author's sentences and for quotations.
struct ToneReader: Sendable {
    let extractor: RelationExtractor
    /// The article's quotations (from the quotes plugin), for asking what lies inside one.
    let quotations: SpanIndex

    init(extractor: RelationExtractor, quoteSpans: [TextSpan]) {
        self.extractor = extractor
        self.quotations = SpanIndex(quoteSpans)
    }

    static let maximumActors = 12
    static let threshold = 0.15

    /// Whether the words at `positions` are the subject of a stance or speech verb within three
    /// words after them (five after a possessive), or the speaker named right after a speech verb.
    static func isVoice(_ words: SentenceWords, _ positions: Range<Int>) -> Bool {
        var p = positions.upperBound
        // `Maranthia's foreign minister accusing …`: the speaker is the possessor's official.
        let reach = p < words.count && (words.words[p] == "'s" || words.words[p] == "’s") ? 5 : 3
        while p < words.count && p < positions.upperBound + reach && !words.breakBefore[p] {
            let info = words.info[p]
            if info.verb != 0 || info.flags.contains(.speech) { return true }
            p += 1
        }
        let before = positions.lowerBound - 1
        return before >= 0 && words.info[before].flags.contains(.speech) && !words.breakBefore[positions.lowerBound]
    }

    /// Whether a place acts somewhere in the article (`Ostria cut supplies`, `Russia said`): a
    /// country can be treated well or badly; the town a story happens in is only its setting.
    func acts(_ actor: StanceActor) -> Bool {
        let document = extractor.document
        return actor.mentions.contains { mention in
            guard let s = document.sentenceIndex(containing: mention.start),
                let positions = extractor.sentences[s].positions(overlapping: mention, in: document)
            else { return false }
            return Self.isVoice(extractor.sentences[s], positions)
        }
    }

    func tones() -> [EntityTone] {
        let document = extractor.document
        let actors = extractor.actors.actors
        // `LISBON (Lede Wire) —`: a dateline says where and who filed, not how anyone is treated.
        let dateline = document.dateline
        func inDateline(_ span: TextSpan) -> Bool { dateline?.contains(span.start) ?? false }
        // Main actors: persons and organisations first, then by mention count.
        let main = actors.indices.filter {
            actors[$0].label != "MISC" && (actors[$0].mentions.count >= 2 || actors[$0].isPerson)
                && actors[$0].mentions.contains { !inDateline($0) } && (actors[$0].label != "LOC" || acts(actors[$0]))
        }
            .sorted { actors[$0].mentions.count != actors[$1].mentions.count ? actors[$0].mentions.count > actors[$1].mentions.count : $0 < $1 }
            .prefix(Self.maximumActors)
        var tones: [EntityTone] = []
        for index in main.sorted() {
            let actor = actors[index]
            var author = [0, 0, 0]
            var quoted = [0, 0, 0]
            var total = 0.0
            var readings: [StanceEvidence] = []
            var sentencesSeen: Set<Int> = []
            for mention in actor.mentions where !inDateline(mention) {
                guard let s = document.sentenceIndex(containing: mention.start), sentencesSeen.insert(s).inserted else {
                    continue
                }
                let words = extractor.sentences[s]
                guard let positions = words.positions(overlapping: mention, in: document) else { continue }
                // Where the entity voices a stance or speaks (`Trump criticised …`, `… Trump said`),
                // the sentence is its view of others, not the article's treatment of it.
                if Self.isVoice(words, positions) { continue }
                let span = document.sentences[s].span
                let stance = extractor.classifier.classify(
                    words, positions: positions, target: mention, text: document.text(mention), evidence: span)
                let inQuote = quotations.anyContains(mention) || words.quoted[positions.lowerBound]
                let k = stance.polarity == .negative ? 0 : (stance.polarity == .neutral ? 1 : 2)
                if inQuote { quoted[k] += 1 } else { author[k] += 1 }
                total += stance.score
                if stance.polarity != .neutral {
                    readings.append(
                        StanceEvidence(
                            span: span, text: document.text(span), rule: inQuote ? "quoted-voice" : "author-voice",
                            polarity: stance.polarity, score: stance.score))
                }
            }
            let count = author.reduce(0, +) + quoted.reduce(0, +)
            let score = count == 0 ? 0 : total / Double(count)
            let polarity = Polarity(sign: score, threshold: Self.threshold)
            let evidence = readings.filter { polarity == .neutral || $0.polarity == polarity }
                .sorted { abs($0.score) != abs($1.score) ? abs($0.score) > abs($1.score) : $0.span < $1.span }
            tones.append(
                EntityTone(
                    entity: actor.name, label: actor.label, polarity: evidence.isEmpty ? .neutral : polarity, score: score,
                    authorCounts: author, quotedCounts: quoted, evidence: Array(evidence.prefix(3))))
        }
        return tones
    }
}
