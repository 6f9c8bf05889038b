import LedeCore

/// Key phrases: noun-phrase-like spans (runs of names, or of common content words with verb- and
/// adverb-looking words trimmed from their edges), scored by how often the phrase and its words
/// occur and how early the article mentions them. A surname alone counts towards the full name.
struct KeywordExtractor {
    let document: Document
    let index: TermIndex

    /// Longest name (`Prime Minister Gordon Brown`) and common phrase (`simmering ethnic tensions`).
    static let maxNameWords = 4
    static let maxCommonWords = 3

    private struct Phrase {
        var terms: [Int32]
        var span: TextSpan
        var count: Int
        var isName: Bool
        var firstSentence: Int
    }

    func keyphrases(limit: Int = 30) -> [Keyphrase] {
        var phrases: [Phrase] = []
        var keyOf: [[Int32]: Int] = [:]
        for (s, sentence) in document.sentences.enumerated() {
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                guard let isName = nameClass(t, sentenceStart: sentence.tokens.lowerBound) else {
                    t += 1
                    continue
                }
                var end = t + 1
                while end < sentence.tokens.upperBound && nameClass(end, sentenceStart: sentence.tokens.lowerBound) == isName {
                    end += 1
                }
                if let (first, last) = trimmed(t..<end, isName: isName) {
                    let terms = (first..<last).map { index.termOfToken[$0] }.filter { $0 >= 0 }
                    if !terms.isEmpty {
                        if let k = keyOf[terms] {
                            phrases[k].count += 1
                        } else {
                            keyOf[terms] = phrases.count
                            let span = TextSpan(document.tokens[first].start, document.tokens[last - 1].end)
                            phrases.append(Phrase(terms: terms, span: span, count: 1, isName: isName, firstSentence: s))
                        }
                    }
                }
                t = end
            }
        }
        mergeSurnames(&phrases)
        return ranked(phrases, limit: limit)
    }

    /// Whether token `t` can be part of a phrase, and if so whether it is name-like (capitalised
    /// away from a sentence start, or a word the article capitalises elsewhere).
    private func nameClass(_ t: Int, sentenceStart: Int) -> Bool? {
        let token = document.tokens[t]
        guard token.kind == .word else { return nil }
        let first = document.scalars[token.start]
        let term = index.termOfToken[t]
        if term < 0 {
            // Initials inside names (`George W. Bush`).
            return token.length == 2 && Characters.isUpper(first) && document.scalars[token.end - 1] == "." ? true : nil
        }
        guard Characters.isUpper(first) else { return false }
        return t != sentenceStart || index.capitalisedCounts[Int(term)] > 0
    }

    /// The run without edge words that are not part of a noun phrase, cut to the maximum length
    /// (keeping the end, where English puts the head noun).
    private func trimmed(_ run: Range<Int>, isName: Bool) -> (Int, Int)? {
        var first = run.lowerBound
        var last = run.upperBound
        if !isName {
            while first < last && looksLikeVerbOrAdverb(first, atEnd: false) { first += 1 }
            while last > first && looksLikeVerbOrAdverb(last - 1, atEnd: true) { last -= 1 }
        }
        while last > first && index.termOfToken[last - 1] < 0 { last -= 1 }
        while first < last && index.termOfToken[first] < 0 { first += 1 }
        first = max(first, last - (isName ? Self.maxNameWords : Self.maxCommonWords))
        return first < last ? (first, last) : nil
    }

    private func looksLikeVerbOrAdverb(_ t: Int, atEnd: Bool) -> Bool {
        let word = document.lowercaseTokens[t]
        if word.hasSuffix("ly") || Lexicon.commonVerbs.contains(word) { return true }
        if word.count > 4 && word.hasSuffix("ed") { return true }
        return atEnd && word.count > 5 && word.hasSuffix("ing")
    }

    /// `Brown` alone counts towards `Gordon Brown` when that is the only longer name ending so.
    private func mergeSurnames(_ phrases: inout [Phrase]) {
        var longer: [Int32: [Int]] = [:]
        for (k, phrase) in phrases.enumerated() where phrase.isName && phrase.terms.count > 1 {
            if let last = phrase.terms.last { longer[last, default: []].append(k) }
        }
        for k in phrases.indices where phrases[k].isName && phrases[k].terms.count == 1 {
            guard let owners = longer[phrases[k].terms[0]] else { continue }
            let owner = owners.max { phrases[$0].count != phrases[$1].count ? phrases[$0].count < phrases[$1].count : $0 > $1 }
            guard let owner else { continue }
            phrases[owner].count += phrases[k].count
            phrases[owner].firstSentence = min(phrases[owner].firstSentence, phrases[k].firstSentence)
            phrases[k].count = 0
        }
    }

    private func ranked(_ phrases: [Phrase], limit: Int) -> [Keyphrase] {
        var scored: [(phrase: Phrase, score: Double)] = []
        for phrase in phrases where phrase.count > 0 {
            // A general noun or a weekday or month alone is not what the story is about.
            if phrase.terms.count == 1, Lexicon.genericNouns.contains(index.terms[Int(phrase.terms[0])])
                || Lexicon.calendarWords.contains(index.terms[Int(phrase.terms[0])])
            {
                continue
            }
            let wordFrequency = phrase.terms.reduce(0.0) { $0 + Double(index.counts[Int($1)]) } / Double(phrase.terms.count)
            // A phrase and its words used once are not key.
            if phrase.count == 1 && wordFrequency < 2 { continue }
            let length = 1 + 0.25 * Double(phrase.terms.count - 1)
            let early = 1 + 0.5 / Double(1 + phrase.firstSentence)
            scored.append((phrase, (Double(phrase.count) * length + 0.5 * wordFrequency) * early))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.phrase.span < $1.phrase.span }
        var chosen: [Keyphrase] = []
        var covered = Set<Int32>()
        for entry in scored where chosen.count < limit {
            // A phrase whose words all belong to a better phrase adds nothing.
            if entry.phrase.terms.allSatisfy({ covered.contains($0) }) { continue }
            covered.formUnion(entry.phrase.terms)
            chosen.append(Keyphrase(text: document.text(entry.phrase.span), span: entry.phrase.span,
                                    score: (entry.score * 1000).rounded() / 1000, count: entry.phrase.count))
        }
        return chosen
    }
}
