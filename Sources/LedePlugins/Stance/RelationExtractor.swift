import LedeCore

/// One piece of evidence for a stance of `source` toward `target` (actor indices).
struct RelationCandidate: Sendable {
    var source: Int
    var target: Int
    var evidence: StanceEvidence
}

/// Reads actor → actor stances sentence by sentence: attitudinal verb frames (active and passive),
/// nominal frames (`Starmer's support for Kyiv`), and attributed quotes and reported speech (the
/// speaker's polarity toward each actor the quote mentions).
struct RelationExtractor: Sendable {
    let document: Document
    let actors: StanceActors
    let sentences: [SentenceWords]
    let classifier: TargetPolarityClassifier

    /// The actor a word of sentence `s` refers to (a mention, or a resolved he/she/his/her).
    /// Nationalities and other MISC names (`Russian` in `Russian President Vladimir Putin`) hold
    /// no stance and are passed over.
    /// A pronoun never refers to `excluded`, the clause's agent: `Berger praised him` is not
    /// Berger (that would be `himself`).
    func actor(_ s: Int, _ position: Int, excluding excluded: Int? = nil) -> Int? {
        let words = sentences[s]
        let token = words.tokenIndex[position]
        if let actor = actors.actorAtToken[token] { return actors.actors[actor].label == "MISC" ? nil : actor }
        return actors.resolvePronoun(words.words[position], token: token, document: document, excluding: excluded)
    }

    func evidence(_ s: Int, rule: String, polarity: Int, score: Double) -> StanceEvidence {
        let span = document.sentences[s].span
        return StanceEvidence(
            span: span, text: document.text(span), rule: rule, polarity: Polarity(sign: Double(polarity)),
            score: score)
    }

    /// Verb and nominal frames of every sentence.
    func frames() -> [RelationCandidate] {
        var found: [RelationCandidate] = []
        for s in sentences.indices {
            let words = sentences[s]
            for p in 0..<words.count {
                let info = words.info[p]
                if Lexicon.judgingNamingVerbs.contains(words.words[p]), let candidate = namingFrame(s, p) {
                    found.append(candidate)
                }
                guard info.verb != 0 || info.noun != 0 else { continue }
                if info.verb != 0, !info.flags.contains(.weakRelationVerb),
                    actors.actorAtToken[words.tokenIndex[p]] == nil, !negated(words, p),
                    p == 0 || !Lexicon.nounDeterminers.contains(words.words[p - 1])
                {
                    if let candidate = verbFrame(s, p, polarity: Int(info.verb)) {
                        found.append(candidate)
                        // `Costa and Voss criticised Halloran`: each coordinated subject holds it.
                        for partner in coordinatedSubjects(s, before: p, agent: candidate.source)
                        where partner != candidate.target {
                            var shared = candidate
                            shared.source = partner
                            found.append(shared)
                        }
                    }
                }
                if info.noun != 0, p + 1 < words.count,
                    Lexicon.nounLinks.contains(words.words[p + 1])
                {
                    if let candidate = nominalFrame(s, p, polarity: Int(info.noun)) { found.append(candidate) }
                }
            }
        }
        return found
    }

    private func negated(_ words: SentenceWords, _ p: Int) -> Bool {
        for q in max(0, p - 3)..<p where VaderLexicon.isNegation(words.words[q]) || words.words[q] == "refused" {
            return true
        }
        return false
    }

    /// Whether the word at `p` reads as a verb here rather than a noun or adjective (`support`,
    /// `attacks`, `attacking style`).
    private func isVerbUse(_ s: Int, _ p: Int) -> Bool {
        let words = sentences[s]
        let word = words.words[p]
        // `a terror attack` is a topic; `Reyes attacked Voss`, a past tense with a person right
        // after it, is a stance.
        if words.info[p].flags.contains(.topic) {
            guard word.hasSuffix("ed"), p + 1 < words.count, let theme = actor(s, p + 1), actors.actors[theme].isPerson else {
                return false
            }
        }
        if word.hasSuffix("ed") { return true }
        if word.hasSuffix("ing") {
            // `with attacking style`, `the praising crowd`: a modifier, not a verb.
            let before = p > 0 ? words.words[p - 1] : ""
            return p + 1 < words.count && !words.breakBefore[p + 1] && !Lexicon.nounDeterminers.contains(before)
                && !Lexicon.modifierPrepositions.contains(before)
        }
        guard p > 0 else { return false }
        let before = words.words[p - 1]
        return Lexicon.verbCues.contains(before) || before.hasSuffix("ly") || actors.actorAtToken[words.tokenIndex[p - 1]] != nil
    }

    private func verbFrame(_ s: Int, _ p: Int, polarity: Int) -> RelationCandidate? {
        let words = sentences[s]
        guard isVerbUse(s, p) else { return nil }
        let passive = (p > 0 && Lexicon.passiveAuxiliaries.contains(words.words[p - 1]))
            || (p > 1 && Lexicon.passiveAuxiliaries.contains(words.words[p - 2]) && words.words[p - 1].hasSuffix("ly"))
        if passive {
            // `Putin was criticised by Trump`: the subject is the theme, the `by` phrase the agent.
            guard let theme = nearestLeft(s, from: p), p + 1 < words.count, words.words[p + 1] == "by" || (p + 2 < words.count && words.words[p + 2] == "by"),
                let agent = firstRight(s, from: p + 1, limit: 6), agent != theme
            else { return nil }
            return RelationCandidate(
                source: agent, target: theme, evidence: evidence(s, rule: "passive-frame", polarity: polarity, score: 0.8 * Double(polarity)))
        }
        guard let agent = coordinatedAgent(s, p) ?? nearestLeft(s, from: p),
            let theme = firstRight(s, from: p + 1, limit: 6, excluding: agent), agent != theme
        else { return nil }
        return RelationCandidate(
            source: agent, target: theme, evidence: evidence(s, rule: "verb-frame", polarity: polarity, score: 0.8 * Double(polarity)))
    }

    /// `Duffy described Brown as "very nice"`, `calling Putin a war criminal`: the agent's stance
    /// toward the named actor is the valence of what the actor is called. A participle
    /// (`…, calling him …`) hangs on the sentence's subject.
    private func namingFrame(_ s: Int, _ p: Int) -> RelationCandidate? {
        let words = sentences[s]
        guard p + 1 < words.count, !negated(words, p), !(p > 0 && Lexicon.passiveAuxiliaries.contains(words.words[p - 1])),
            let theme = actor(s, p + 1)
        else { return nil }
        var q = p + 2
        while q < words.count, actor(s, q) == theme, !words.breakBefore[q] { q += 1 }
        let start = q
        var sum = Self.judgement(words, from: start, maximum: 8)
        guard abs(sum) >= 1.0 else { return nil }
        // `described Brown as "very nice", but later said she was "very upset"`: as in VADER's
        // rule, what comes before `but` counts half and what follows it one and a half.
        if let turn = (start..<words.count).first(where: { words.words[$0] == "but" }) {
            let after = Self.judgement(words, from: turn + 1, maximum: 12)
            if after * sum < 0 {
                sum = 0.5 * sum + 1.5 * after
                guard abs(sum) >= 1.0 else { return nil }
            }
        }
        let agent = nearestLeft(s, from: p) ?? sentenceSubject(s)
        guard let agent, agent != theme else { return nil }
        let polarity = sum > 0 ? 1 : -1
        return RelationCandidate(
            source: agent, target: theme,
            evidence: evidence(s, rule: "naming-frame", polarity: polarity, score: 0.7 * Double(polarity)))
    }

    /// The summed valence of the judgement that starts at word `start` (`as "very nice"`, `a
    /// bigoted woman`): up to `maximum` words, to the clause's end, negation flipping it. The words'
    /// own valences: VADER's sentence rules (`but` halves what comes before it) weigh a whole
    /// sentence, not one judgement inside it; topic words weigh nothing.
    static func judgement(_ words: SentenceWords, from start: Int, maximum: Int) -> Double {
        var sum = 0.0
        var negation = false
        for r in start..<min(words.count, start + maximum) {
            // A quote mark is no boundary here: `described Brown as "very nice"`.
            let opensOrClosesQuote = r > 0 && words.quoted[r] != words.quoted[r - 1]
            if r > start && ((words.breakBefore[r] && !opensOrClosesQuote) || Lexicon.themeStops.contains(words.words[r])) { break }
            if words.info[r].flags.contains(.negation) { negation = true }
            if !words.info[r].flags.contains(.topic) { sum += Double(words.info[r].valence) }
        }
        return negation ? -sum * VaderLexicon.negationScalar.magnitude : sum
    }

    /// The actor that opens sentence `s` (its first or second word), if any.
    private func sentenceSubject(_ s: Int) -> Int? {
        let words = sentences[s]
        for q in 0..<min(2, words.count) { if let actor = actor(s, q) { return actor } }
        return nil
    }

    /// `X's support for Y`, `his criticism of Y`.
    private func nominalFrame(_ s: Int, _ p: Int, polarity: Int) -> RelationCandidate? {
        let words = sentences[s]
        var holder: Int?
        for q in stride(from: p - 1, through: max(0, p - 3), by: -1) {
            if words.words[q] == "'s", q > 0, let actor = actor(s, q - 1) {
                holder = actor
                break
            }
            if ["his", "her"].contains(words.words[q]), let actor = actor(s, q) {
                holder = actor
                break
            }
        }
        guard let holder, let theme = firstRight(s, from: p + 2, limit: 5), theme != holder else { return nil }
        return RelationCandidate(
            source: holder, target: theme, evidence: evidence(s, rule: "nominal-frame", polarity: polarity, score: 0.7 * Double(polarity)))
    }

    /// `Reyes praised Costa and attacked Voss`: a verb right after `and` or `but` shares the agent
    /// of the verb before it in the sentence.
    private func coordinatedAgent(_ s: Int, _ p: Int) -> Int? {
        let words = sentences[s]
        guard p >= 2, Lexicon.verbCoordinators.contains(words.words[p - 1]) else { return nil }
        var q = p - 2
        while q >= 0 {
            // The verb before: a word of no actor that reads as a verb (`met`, `praised`).
            if actors.actorAtToken[words.tokenIndex[q]] == nil, isVerbUse(s, q), let agent = nearestLeft(s, from: q) {
                return agent
            }
            q -= 1
        }
        return nil
    }

    /// The persons and organisations coordinated with `agent` as the subject of the verb at `p`
    /// (`Ileana Costa, Tomas Reyes and Dragan Voss criticised`): names joined to it by `and`, `,`
    /// or `, and`, right before it. A name joined by `with` or `of` is not a subject.
    private func coordinatedSubjects(_ s: Int, before p: Int, agent: Int) -> [Int] {
        let words = sentences[s]
        // The agent's mention nearest the verb, and where it starts.
        var q = p - 1
        while q >= 0, actor(s, q) != agent {
            if p - q > 10 || Lexicon.subjectStops.contains(words.words[q]) { return [] }
            q -= 1
        }
        // `The head of Orvex, Ileana Costa, criticised`: an appositive is not a list of subjects.
        guard q >= 0, q + 1 == p || (q + 2 == p && words.words[q + 1].hasSuffix("ly")), !words.breakBefore[q + 1] else {
            return []
        }
        while q > 0, actor(s, q - 1) == agent { q -= 1 }
        var partners: [Int] = []
        var start = q
        // Commas are not words here: a comma token right before word `q`.
        func commaBefore(_ q: Int) -> Bool {
            let token = words.tokenIndex[q]
            return words.breakBefore[q] && token > 0 && document.scalars[document.tokens[token - 1].start] == ","
        }
        while start >= 1 {
            let end: Int
            if words.words[start - 1] == "and" {
                end = start - 1
            } else if commaBefore(start) {
                end = start
            } else {
                break
            }
            guard end > 0, let partner = actor(s, end - 1), partner != agent,
                actors.actors[partner].isPerson || actors.actors[partner].label == "ORG"
            else { break }
            var first = end - 1
            while first > 0, actor(s, first - 1) == partner { first -= 1 }
            // `the meeting between Costa and Voss`: a name after a preposition is no subject.
            if first > 0, Lexicon.modifierPrepositions.contains(words.words[first - 1]) || words.words[first - 1] == "between" {
                return []
            }
            partners.append(partner)
            start = first
        }
        return partners
    }

    /// The nearest actor left of `p` in the same clause (the agent of a verb at `p`); for a
    /// relative clause, the name it hangs on (`Voss, who has criticised Costa,`).
    private func nearestLeft(_ s: Int, from p: Int) -> Int? {
        let words = sentences[s]
        var q = p - 1
        while q >= 0 && p - q <= 10 {
            if words.words[q] == "who", q > 0, let antecedent = actor(s, q - 1) { return antecedent }
            if Lexicon.subjectStops.contains(words.words[q]) || Lexicon.opaqueSubjects.contains(words.words[q]) { return nil }
            if let actor = actor(s, q) {
                // `President Elena Marchetti of Caldera accused`: the person, not the place.
                var r = q
                while r > 0, self.actor(s, r - 1) == actor { r -= 1 }
                if r > 1, words.words[r - 1] == "of", let holder = self.actor(s, r - 2), holder != actor { return holder }
                return actor
            }
            if words.breakBefore[q] {
                // `Tomas Reyes, the governing party's candidate, accused`: the name before an
                // appositive that ends right before the verb.
                if words.breakBefore[p], q > 0, p - q <= 8, let owner = actor(s, q - 1) { return owner }
                return nil
            }
            q -= 1
        }
        return nil
    }

    /// The first actor right of `start` within `limit` words (the theme of a verb), passing over
    /// the `excluded` agent (`accused his challenger`: `his` is the agent's own).
    private func firstRight(_ s: Int, from start: Int, limit: Int, excluding excluded: Int? = nil) -> Int? {
        let words = sentences[s]
        var q = start
        var possessor: Int?
        while q < words.count && q - start < limit {
            if q > start && Lexicon.themeStops.contains(words.words[q]) { return possessor }
            // `"The minister praises the science," she said`: the theme is not past a quote mark.
            if q > start && words.quoted[q] != words.quoted[q - 1] { return possessor }
            if let actor = actor(s, q, excluding: excluded), actor != possessor, actor != excluded {
                var end = q + 1
                while end < words.count, self.actor(s, end) == actor { end += 1 }
                // `accused Ostria's president, Dragan Voss`: the possessor only if nobody follows.
                guard end < words.count, words.words[end] == "'s" || words.words[end] == "’s" else { return actor }
                if possessor == nil { possessor = actor }
                q = end
                continue
            }
            q += 1
        }
        return possessor
    }
}
