import LedeCore

/// Finds actors without the entities plugin: runs of capitalised words, titles stripped, grouped
/// by their last word (`Donald Trump`, `Trump`, `Mr. Trump`). Used only when that plugin fails.
enum FallbackActorFinder {

    static func actors(in document: Document) -> StanceActors {
        let sentences = document.sentences.map { SentenceWords(document, tokens: $0.tokens) }
        var known: Set<String> = []
        for words in sentences { scan(words) { start, end, opening in if !opening { known.insert(words.words[end - 1]) } } }
        var groups: [String: Int] = [:]
        var actors: [StanceActor] = []
        for words in sentences {
            scan(words) { start, end, opening in
                let key = words.words[end - 1]
                // A lone capitalised word opening a sentence is a name only when it recurs elsewhere.
                if opening && !known.contains(key) { return }
                let span = TextSpan(
                    document.tokens[words.tokenIndex[start]].start, document.tokens[words.tokenIndex[end - 1]].end)
                if let group = groups[key] {
                    actors[group].mentions.append(span)
                    if end - start > actors[group].name.split(separator: " ").count {
                        actors[group].name = document.text(span)
                        actors[group].isPerson = actors[group].isPerson || end - start >= 2
                    }
                } else {
                    groups[key] = actors.count
                    actors.append(
                        StanceActor(
                            name: document.text(span), label: "NAME", mentions: [span], isPerson: end - start >= 2,
                            gender: .unknown))
                }
            }
        }
        return StanceActors(document: document, actors: actors)
    }

    /// Calls `found(start, end, opening)` for each name run of a sentence, titles stripped;
    /// `opening` when it is a single word that opens the sentence.
    static func scan(_ words: SentenceWords, _ found: (Int, Int, Bool) -> Void) {
        var position = 0
        while position < words.count {
            guard words.capitalized[position], !Lexicon.actorNonNames.contains(words.words[position]) else {
                position += 1
                continue
            }
            var end = position + 1
            while end < words.count && words.capitalized[end] && !words.breakBefore[end]
                && !Lexicon.actorNonNames.contains(words.words[end])
            {
                end += 1
            }
            var start = position
            while start < end - 1 && (Lexicon.actorTitles.contains(words.words[start]) || Lexicon.actorTitles.contains(words.words[start + 1])) {
                start += 1
            }
            if !Lexicon.actorTitles.contains(words.words[end - 1]) { found(start, end, position == 0 && end - position == 1) }
            position = end
        }
    }
}
