import LedeCore

/// The words a quote is attributed to, as they stand in the text.
struct SpeakerPhrase: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A capitalised name run: `Sen. John Smith`, `the Kremlin`.
        case name
        /// `he`, `she`, `they`, `who`.
        case pronoun
        /// A described speaker: `one analyst`, `the former secretary of state`.
        case description
        /// Someone speaking for a named party: `a spokesman for Reyes`, `an aide to the mayor`.
        /// The party is not the speaker, so the phrase resolves to nobody.
        case agent
    }

    /// Token range in ``Document/tokens``.
    var tokens: Range<Int>
    var kind: Kind

    /// A speaker described rather than named or referred to (an agent is one too).
    var isDescribed: Bool { kind == .description || kind == .agent }
}

/// Reads the speaker phrase on either side of a cue word.
struct SpeakerPhraseReader {
    let reader: TokenReader

    /// The subject before `cue`, reading left no further than token `limit`.
    func left(of cue: Int, limit: Int) -> SpeakerPhrase? {
        var j = cue - 1
        while j >= limit, reader.isLowercaseWord(j), let w = reader.word(j),
            Lexicon.speakerAuxiliaries.contains(w) || (w.count > 4 && w.hasSuffix("ly")) || Lexicon.sentenceAdverbs.contains(w)
        {
            j -= 1
        }
        // `Nick Clegg, meanwhile, said` / `Nick Clegg, meanwhile said`: the adverb is set off.
        if j >= limit, reader.isPunct(j, ","), j + 1 < cue, let w = reader.word(j + 1), Lexicon.sentenceAdverbs.contains(w) {
            j -= 1
        }
        // `Marchetti on Friday accused`: a time phrase between subject and cue.
        if j - 1 >= limit, let w = reader.word(j), Lexicon.timeWords.contains(w), let p = reader.word(j - 1),
            p == "on" || p == "last" || p == "this" || p == "late" || p == "early"
        {
            j -= 2
            while j >= limit, reader.isLowercaseWord(j), let a = reader.word(j), Lexicon.speakerAuxiliaries.contains(a) { j -= 1 }
        }
        guard j >= limit else { return nil }
        if reader.isPunct(j, ")") {
            var k = j - 1
            while k >= limit && k > j - SearchWindow.parenthetical && !reader.isPunct(k, "(") { k -= 1 }
            guard k >= limit && reader.isPunct(k, "(") else { return nil }
            j = k - 1
            guard j >= limit else { return nil }
        }
        if reader.isPunct(j, ",") { return subject(beforeAppositiveEndingAt: j, limit: limit) }
        guard let phrase = head(endingAt: j, limit: limit) else { return nil }
        return speaker(beforeListenerOf: phrase, limit: limit) ?? phrase
    }

    /// The subject before an appositive or relative clause that ends with the comma at `j`
    /// (`Hugh Hill, a doctor in Leeds, said`).
    private func subject(beforeAppositiveEndingAt j: Int, limit: Int) -> SpeakerPhrase? {
        var k = j - 1
        while k >= limit && k > j - SearchWindow.appositive && !reader.isPunct(k, ",") && !reader.isBoundary(k)
            && !(reader.tokens[k].kind == .quote && reader.first(k) != "'" && reader.first(k) != "’")
        {
            k -= 1
        }
        guard k > limit, reader.isPunct(k, ",") else { return nil }
        var ownerEnd = k - 1
        if reader.isPunct(ownerEnd, ")") {  // `Rep. Elijah Cummings (D-Md.), chair of …, said`
            var p = ownerEnd - 1
            while p > limit && p > ownerEnd - SearchWindow.parenthetical && !reader.isPunct(p, "(") { p -= 1 }
            guard reader.isPunct(p, "(") else { return nil }
            ownerEnd = p - 1
        }
        // `After winning Ohio, Gov. John Kasich (R-OH), said`: when the phrase before the first
        // comma ends an introductory clause, the name between the commas is the subject.
        let named = nameBetween(k + 1, j, limit: limit)
        guard let owner = head(endingAt: ownerEnd, limit: limit),
            !owner.isDescribed || ownerEnd - owner.tokens.lowerBound < 4
        else { return named }
        let before = owner.tokens.lowerBound - 1
        // `Clinton, during a town hall in Columbus, Ohio, said`, `Cory James, 22, of Flint,
        // Mich., said`: a town and its state close the appositive; the subject opens it.
        if let w = reader.word(before), Lexicon.placePrepositions.contains(w), owner.kind == .name {
            var c = before - 1
            while c > limit && c > before - SearchWindow.appositive && !reader.isPunct(c, ",") && !reader.isBoundary(c) { c -= 1 }
            while c > limit + 1, reader.isPunct(c, ","), reader.tokens[c - 1].kind == .number || reader.isPunct(c - 2, ",") {
                c -= reader.isPunct(c - 2, ",") ? 2 : 1  // `Cory James, 22, of …`
            }
            if c > limit, reader.isPunct(c, ","), let subject = head(endingAt: c - 1, limit: limit), subject.kind == .name {
                return subject
            }
            return owner
        }
        if let named, before >= limit, reader.isLowercaseWord(before) {
            return named
        }
        return owner
    }

    /// `Another source speaking to Fox News said`: the listener after `speaking to` is not the
    /// speaker; the phrase before the participle is.
    private func speaker(beforeListenerOf phrase: SpeakerPhrase, limit: Int) -> SpeakerPhrase? {
        let p = phrase.tokens.lowerBound
        guard p - 2 >= limit, let preposition = reader.word(p - 1), preposition == "to" || preposition == "with",
            let participle = reader.word(p - 2), participle.hasSuffix("ing"), reader.isLowercaseWord(p - 2)
        else { return nil }
        return head(endingAt: p - 3, limit: limit)
    }

    /// The name that fills tokens `start..<end` (a party-and-state parenthetical after it
    /// allowed), or nil.
    private func nameBetween(_ start: Int, _ end: Int, limit: Int) -> SpeakerPhrase? {
        var last = end - 1
        if last > start, reader.isPunct(last, ")") {
            while last > start && !reader.isPunct(last, "(") { last -= 1 }
            last -= 1
        }
        guard last >= start, let phrase = head(endingAt: last, limit: start), phrase.kind == .name,
            phrase.tokens.lowerBound == start
        else { return nil }
        return phrase
    }

    /// The phrase whose last word is token `j`.
    func head(endingAt j: Int, limit: Int) -> SpeakerPhrase? {
        guard j >= limit, let w = reader.word(j) else { return nil }
        if Lexicon.speakerPronouns.contains(w) { return SpeakerPhrase(tokens: j..<j + 1, kind: .pronoun) }
        // `the father of two answered`: a number after `of` ends the phrase, it does not open one.
        let countedOf = j - 1 >= limit && reader.word(j - 1) == "of" && ["one", "two", "three", "four", "five"].contains(w)
        if QuoteLexicon.cues[w] != nil || Lexicon.phraseBreakers.contains(w) || (Lexicon.determiners.contains(w) && !countedOf) {
            return nil
        }
        if reader.isCapitalized(j) {
            var k = j
            while k - 1 >= limit && isNamePart(k - 1) { k -= 1 }
            // A determiner before a name belongs to it (`the Kremlin`); a sentence opener does not.
            while k < j, let first = reader.word(k), Lexicon.phraseBreakers.contains(first) { k += 1 }
            if k - 1 >= limit, let d = reader.word(k - 1), d == "the" { k -= 1 }
            let isDate = (k...j).allSatisfy { t in
                reader.word(t).map { Lexicon.quoteCalendarWords.contains($0) || $0 == "the" || $0 == "." } ?? true
            }
            // `the order released Friday said`: a date closes a described speaker, or nothing.
            guard isDate else { return agent(before: k, endingAt: j, limit: limit) ?? SpeakerPhrase(tokens: k..<j + 1, kind: .name) }
            guard k - 1 >= limit, reader.isLowercaseWord(k - 1), let previous = reader.word(k - 1),
                !Lexicon.timeWords.contains(previous), let described = head(endingAt: k - 1, limit: limit),
                described.kind == .description
            else { return nil }
            return SpeakerPhrase(tokens: described.tokens.lowerBound..<j + 1, kind: .description)
        }
        guard reader.isLowercaseWord(j), !Lexicon.timeWords.contains(w) else { return nil }
        var k = j
        var steps = 0
        while k - 1 >= limit && steps < SearchWindow.describedSpeakerBeforeCue {
            // `the 41-year-old father of two`: a number belongs to the phrase.
            if reader.tokens[k - 1].kind == .number || (reader.isPunct(k - 1, "-") && k - 2 >= limit && reader.tokens[k - 2].kind == .number) {
                k -= 1
                steps += 1
                continue
            }
            guard let previous = reader.word(k - 1) else { break }
            if previous == "'s" {
                // `Haugland's office`: take the possessor and stop.
                if k - 2 >= limit, reader.isCapitalized(k - 2) { k -= 2 }
                break
            }
            if Lexicon.determiners.contains(previous) {
                k -= 1
                break
            }
            if Lexicon.phraseBreakers.contains(previous) || QuoteLexicon.cues[previous] != nil { break }
            k -= 1
            steps += 1
        }
        return SpeakerPhrase(tokens: k..<j + 1, kind: .description)
    }

    /// The speaker after an inverted cue (`said Trump`, `according to one analyst`), reading right
    /// up to token `limit` (exclusive).
    /// `a spokesman for Reyes` when the name starting at token `name` follows an agent noun and
    /// `for` or `to` (`a source close to the minister` too), from the noun phrase's determiner.
    private func agent(before name: Int, endingAt j: Int, limit: Int) -> SpeakerPhrase? {
        var k = name - 1
        guard k - 1 >= limit, let link = reader.word(k), Lexicon.agentLinks.contains(link) else { return nil }
        k -= 1
        if link == "to", reader.word(k) == "close" { k -= 1 }
        guard k >= limit, let noun = reader.word(k), Lexicon.agentNouns.contains(noun) else { return nil }
        var start = k
        while start - 1 >= limit && k - start < 3, let previous = reader.word(start - 1) {
            if Lexicon.determiners.contains(previous) {
                start -= 1
                break
            }
            guard reader.isLowercaseWord(start - 1), !Lexicon.phraseBreakers.contains(previous), QuoteLexicon.cues[previous] == nil
            else { break }
            start -= 1
        }
        return SpeakerPhrase(tokens: start..<j + 1, kind: .agent)
    }

    func right(of cue: Int, limit: Int) -> SpeakerPhrase? {
        let j = cue + 1
        // `said 9/11 widow Terry Stroud`, `said 22-year-old Ana Ruiz`: a number opens a description.
        let opensWithNumber = j + 1 < limit && reader.tokens[j].kind == .number
            && (reader.tokens[j + 1].kind != .punctuation || reader.isPunct(j + 1, "-") || reader.isPunct(j + 1, "/"))
        guard j < limit, let w = opensWithNumber ? "" : reader.word(j) else { return nil }
        if Lexicon.speakerPronouns.contains(w) && w != "who" && w != "it" {
            return SpeakerPhrase(tokens: j..<j + 1, kind: .pronoun)
        }
        if Lexicon.timeWords.contains(w) { return nil }
        if reader.isCapitalized(j) || Lexicon.nameTitles.contains(w) {
            var k = j + 1
            while k < limit && isNamePart(k) && !(reader.isPunct(k - 1, ",")) { k += 1 }
            while k > j + 1, let last = reader.word(k - 1), Lexicon.timeWords.contains(last) { k -= 1 }
            return SpeakerPhrase(tokens: j..<k, kind: .name)
        }
        if w == "the", j + 1 < limit, reader.isCapitalized(j + 1) {
            var k = j + 2
            while k < limit && isNamePart(k) { k += 1 }
            return SpeakerPhrase(tokens: j..<k, kind: .name)
        }
        guard Lexicon.determiners.contains(w) || reader.isLowercaseWord(j) || opensWithNumber else { return nil }
        if Lexicon.phraseBreakers.contains(w) || QuoteLexicon.cues[w] != nil { return nil }
        // `said matter-of-factly`, `said quietly`: a manner, not a speaker.
        if w.hasSuffix("ly") && !Lexicon.determiners.contains(w) { return nil }
        var k = j + 1
        while k < limit && k < j + SearchWindow.describedSpeakerAfterCue {
            // `said a 2008 Clinton veteran`, `said the 46-year-old`: a number belongs to the phrase.
            if reader.tokens[k].kind == .number || (reader.tokens[k].kind == .word && reader.word(k) == nil)
                || (reader.isPunct(k, "-") && reader.tokens[k - 1].kind == .number)
            {
                k += 1
                continue
            }
            guard let next = reader.word(k) else { break }
            // `reads a Wednesday editorial`: a day between the article and its noun is part of it.
            if k == j + 1, Lexicon.determiners.contains(w), Lexicon.timeWords.contains(next), reader.isLowercaseWord(k + 1) {
                k += 1
                continue
            }
            // `said the senator can …`: a verb ends the phrase (and makes it a clause).
            if Lexicon.phraseBreakers.contains(next) || Lexicon.timeWords.contains(next)
                || QuoteLexicon.cues[next] != nil || Lexicon.speakerAuxiliaries.contains(next) || Lexicon.modals.contains(next)
            {
                break
            }
            k += 1
        }
        // A determiner alone says nothing about who spoke.
        guard k > j + 1 || !Lexicon.determiners.contains(w) else { return nil }
        return SpeakerPhrase(tokens: j..<k, kind: .description)
    }

    /// Part of a name run: a capitalised word, a title, an initial, or `of`/`de` between capitals.
    private func isNamePart(_ t: Int) -> Bool {
        guard let w = reader.word(t) else { return false }
        if reader.isCapitalized(t) { return QuoteLexicon.cues[w] == nil }
        if w == "'s" { return false }
        if Lexicon.nameParticles.contains(w) && reader.isCapitalized(t + 1) && reader.isCapitalized(t - 1) {
            return true
        }
        return false
    }
}
