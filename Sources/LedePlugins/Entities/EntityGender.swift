import LedeCore

/// Guesses a person's grammatical gender from what the article shows: honorifics and gendered
/// role nouns next to a mention, the given name, and he/she pronouns in sentences where the person
/// is the only one named.
enum EntityGender {
    static func guess(
        group: [Int], mentions: [NameMention], document: Document, words: [String], gazetteer: NERGazetteer?,
        personSentences: [Int: Int]
    ) -> Gender {
        var score = 0
        for m in group {
            let start = mentions[m].tokens.lowerBound
            if start > 0, let gender = EntityVocabulary.honorifics[words[start - 1]] {
                score += gender == .male ? 4 : gender == .female ? -4 : 0
            }
        }
        if let gazetteer, let longest = group.max(by: { mentions[$0].words.count < mentions[$1].words.count }),
            mentions[longest].words.count > 1
        {
            let classes = gazetteer.classes(ofToken: mentions[longest].tokens.lowerBound, in: document)
            if classes.contains(.givenMale) { score += 2 }
            if classes.contains(.givenFemale) { score -= 2 }
        }
        var pronouns = 0
        for m in group {
            guard let s = document.sentenceIndex(containing: mentions[m].span.start), personSentences[s] == 1 else {
                continue
            }
            for sentence in [s, s + 1] where sentence < document.sentences.count {
                if sentence == s + 1 && (personSentences[sentence] ?? 0) > 0 { continue }
                for t in document.sentences[sentence].tokens where sentence > s || t >= mentions[m].tokens.upperBound {
                    if let gender = EntityVocabulary.pronouns[words[t]] { pronouns += gender == .male ? 1 : -1 }
                }
            }
        }
        score += max(-3, min(3, pronouns))
        return score > 0 ? .male : score < 0 ? .female : .unknown
    }
}
