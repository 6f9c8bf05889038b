import LedeCore

/// The word lists summary reads: speech words, sentence openers, stopwords, and the words a
/// keyphrase should not be.
extension Lexicon {
    /// Words that attribute speech, for summary: a sentence with one is reported speech (`said`,
    /// `told`, `according`).
    static let summarySpeechWords = speechCues.selection(
        "summary speech words",
        [
            "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "explained", "explains",
            "claimed", "claims", "insisted", "insists", "stated", "states", "wrote", "writes", "according", "continued",
            "noted", "notes", "revealed", "admitted", "admits", "warned", "warns", "argued", "argues", "recalled",
            "replied", "confirmed", "announced", "declared", "tweeted", "posted", "commented", "described", "suggested",
            "believes", "believed", "thinks", "acknowledged", "conceded", "urged", "stressed", "quoted", "reported",
            "joked", "laughed", "shouted", "whispered", "agreed", "predicted", "vowed", "promised", "concluded",
        ], alsoFrom: [reportingWords])

    /// Capitalised words that open sentences and almost never follow a lower-case content word
    /// directly inside one.
    static let summarySentenceOpeners = sentenceOpeners.selection(
        "summary sentence openers",
        [
            "the", "a", "an", "he", "she", "they", "we", "it", "his", "her", "their", "its", "this", "these", "those",
            "but", "in", "on", "at", "after", "before", "when", "while", "there", "police", "officials", "mr", "mrs",
            "ms", "dr", "one", "some", "many", "now", "last", "earlier", "according", "and", "so", "however",
            "yesterday", "today", "speaking", "asked", "despite", "although", "if", "as", "for", "with", "since",
            "during",
        ],
        alsoFrom: [
            titleAbbreviations,
            WordList("more sentence openers", ["despite", "today", "yesterday", "now", "speaking", "asked"]),
        ])

    /// Lower-case words after which a capitalised `The` or `A` is a title, not a new sentence.
    static let titleLinkingWords = WordList(
        "title linking words",
        [
            "said", "told", "says", "called", "named", "titled", "entitled", "watch", "watched", "read", "reads",
            "film", "song", "album", "book", "show", "series", "magazine", "newspaper", "paper", "novel", "movie",
            "star", "stars", "starring", "plays", "played", "sang", "sing", "wrote", "write", "dubbed",
        ])

    /// Common verbs that the keyphrase run heuristic would otherwise take for nouns.
    static let commonVerbs = WordList(
        "common verbs",
        [
            "felt", "come", "comes", "came", "go", "goes", "went", "take", "takes", "took", "give", "gives", "gave",
            "find", "finds", "found", "know", "knows", "knew", "think", "thinks", "thought", "want", "wants", "seem",
            "seems", "read", "reads", "rejects", "drove", "named", "left", "keep", "keeps", "kept", "let", "lets",
            "begin", "began", "show", "shows", "showed", "hear", "heard", "run", "runs", "ran", "hold", "holds", "held",
            "bring", "brings", "brought", "write", "wrote", "sit", "sat", "stand", "stood", "lose", "lost", "pay",
            "paid", "meet", "met", "include", "includes", "continue", "continues", "set", "sets", "learn", "learned",
            "lead", "leads", "led", "understand", "understood", "warns", "warn", "tell", "call", "calls", "ask", "asks",
            "told", "added", "become", "became", "remain", "remains", "win", "wins", "won", "face", "faces", "claim",
            "claims",
        ])

    /// Nouns too general to be key on their own (normalised forms).
    static let genericNouns = WordList(
        "generic nouns",
        [
            "people", "today", "yesterday", "tomorrow", "year", "time", "day", "week", "month", "thing", "way", "man",
            "woman", "number", "part", "place", "lot", "world", "life", "news", "report", "statement", "official",
            "percent", "cent", "first", "second", "third", "two", "three", "four", "five", "new", "old", "good",
            "group", "case", "point", "end", "home", "family", "friend", "child", "children", "state", "government",
        ])

    /// Stopwords enough to work without the shipped `summary-stopwords.txt`.
    static let fallbackStopwords = WordList(
        "fallback stopwords",
        [
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
            "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "he", "she", "they", "we", "i",
            "you", "his", "her", "their", "this", "that", "these", "those", "said", "says", "not", "will", "would",
        ])
}
