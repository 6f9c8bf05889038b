import LedeCore

/// The word lists quote attribution reads: who can be a speaker, what ends a speaker phrase,
/// what marks a title or a scare quote.
extension Lexicon {
    /// Personal and relative pronouns that can be a speaker.
    static let speakerPronouns = WordList(
        "speaker pronouns",
        [
            "he", "she", "they", "it", "we", "i", "you", "who",
            // `Trump said he'd asked his "people" to …`: a pronoun with its verb run on.
            "he'd", "he's", "he'll", "she'd", "she's", "she'll",
        ])

    /// Words that begin a described speaker (`the`, `a`, `one`, `his`).
    static let determiners = WordList(
        "determiners",
        [
            "the", "a", "an", "one", "another", "this", "that", "these", "those", "his", "her", "their", "its", "our",
            "some", "many", "several", "two", "three", "four", "five", "both", "other", "most", "few", "all", "each",
            "my", "your", "any", "every", "no",
        ])

    /// Words skipped between a speaker and its cue (`Trump later said`, `she has said`).
    static let speakerAuxiliaries = WordList(
        "speaker auxiliaries",
        [
            "has", "have", "had", "was", "is", "were", "are", "would", "will", "could", "should", "may", "might", "did",
            "does", "do", "also", "later", "then", "once", "previously", "recently", "reportedly", "repeatedly", "just",
            "simply", "flatly", "further", "again", "even", "never", "earlier", "often", "frequently", "still",
            "already", "since", "first", "finally", "quickly", "openly", "not", "been", "being", "having", "always",
            "now", "bluntly", "candidly", "ever", "only", "initially",
        ])

    /// Small words that end a speaker phrase when reading away from the cue.
    static let phraseBreakers = WordList(
        "phrase breakers (own)",
        [
            "that", "which", "and", "but", "or", "because", "when", "while", "if", "as", "after", "before", "who",
            "what", "where", "how", "why", "than", "so", "to", "in", "on", "at", "during", "with", "by", "from",
            "about", "into", "since", "until", "though", "although", "whether", "there", "here", "he", "she", "they",
            "it", "we", "i", "you", "not", "also", "this", "is", "was", "are", "were", "be", "has", "have", "had",
            "said", "says", "told", "last", "next", "ago", "once", "yet", "then", "now", "over", "through",
        ]
    ).union("phrase breakers", [openingAdverbs])

    /// What a person writes and the article quotes as theirs (`Cornyn's statement said`).
    static let writings = WordList(
        "writings",
        [
            "statement", "letter", "tweet", "post", "memo", "message", "email", "e-mail", "op-ed", "book", "blog",
            "speech",
        ])

    /// Adverbs that sit between a subject and its cue (`Clegg, meanwhile, said`).
    static let sentenceAdverbs = WordList(
        "sentence adverbs",
        [
            "meanwhile", "however", "though", "too", "instead", "also", "again", "still", "then", "later", "earlier",
            "separately", "likewise", "nevertheless",
        ])

    /// Words before a plural that make it a noun (`his claims`, `the reports`).
    static let nounMarkers = WordList(
        "noun markers",
        [
            "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "such", "'s", "’s",
            "many", "several", "some", "recent", "earlier", "new", "latest", "other", "false", "repeated",
        ])

    /// Weekdays and time words that follow `said` without being its subject (`said Monday`).
    static let timeWords = WordList(
        "time words",
        [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tonight", "recently", "earlier", "later", "last", "this", "on", "in", "at", "during", "that", "of",
            "repeatedly", "previously", "afterward", "afterwards", "privately", "publicly", "again", "then", "before",
            "after", "while", "when", "with", "to", "through", "via", "over", "about", "under", "twice", "once", "week",
            "month", "year", "night", "morning", "afternoon", "evening", "weekend", "past", "days", "weeks",
            "months", "years",
        ])

    /// Title abbreviations that may start a name run, with their dot (`Sen.`, `Dr.`).
    static let nameTitles = titleAbbreviations.selection(
        "name titles",
        [
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "rev", "lt", "col", "capt", "sgt", "adm",
            "maj", "hon", "atty", "supt", "det", "insp", "st", "pres",
        ]
    ).withFullStops("name titles")

    /// Role words that may stand before a name in a title run (`Deputy Fisheries Secretary`).
    static let roleWords = WordList(
        "role words",
        [
            "president", "vice", "prime", "minister", "secretary", "deputy", "senator", "governor", "mayor", "chairman",
            "chairwoman", "chair", "director", "chief", "executive", "commissioner", "judge", "justice", "general",
            "representative", "speaker", "leader", "ambassador", "attorney", "officer", "spokesman", "spokeswoman",
            "spokesperson", "professor", "state", "candidate", "nominee", "congressman", "congresswoman", "councilman",
            "councilwoman", "sheriff", "coach", "captain", "founder", "ceo", "chancellor", "king", "queen", "prince",
            "pope", "archbishop", "bishop", "rabbi", "reverend", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.",
        ])

    /// Nouns for someone who speaks for another (`a spokesman for Reyes`, `an aide to the
    /// mayor`): the speaker is that person, not the one named after `for` or `to`.
    static let agentNouns = WordList(
        "agent nouns",
        [
            "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisor", "lawyer", "lawyers",
            "attorney", "representative", "source", "sources", "official", "officials", "assistant", "envoy",
        ])

    /// Words that join an agent noun to the one it speaks for.
    static let agentLinks = WordList("agent links", ["for", "to"])

    /// Words that make a quoted fragment a title or a name rather than speech.
    static let titleContext = WordList(
        "title context",
        [
            "titled", "entitled", "headlined", "show", "program", "programme", "film", "movie", "book", "song", "album",
            "series", "podcast", "documentary", "column", "op-ed", "article", "episode", "novel", "play", "segment",
            "slogan", "hashtag", "hat", "hats", "ad", "video", "headline", "report", "memo", "banner", "sign", "signs",
            "shirt", "shirts", "t-shirt", "t-shirts", "magazine", "newspaper", "campaign", "tour", "initiative",
        ])

    /// Words before a quoted fragment that make it a scare quote.
    static let scareContext = WordList(
        "scare context",
        [
            "so-called", "supposed", "alleged", "self-described", "self-styled",
        ])

    /// Words that open a new clause after a quote (`"…" until Haley said`): a cue past them has
    /// a speaker of its own.
    static let clauseOpeners = WordList(
        "clause openers",
        [
            "and", "but", "while", "as", "when", "until", "before", "after", "because", "if", "unless", "since",
            "although", "though", "whether", "once",
        ])

    /// Words that open an introductory clause before the subject (`However, he …`).
    static let introWords = WordList(
        "introduction words",
        [
            "however", "even", "before", "after", "when", "while", "as", "in", "on", "at", "during", "for", "last",
            "earlier", "later", "still", "meanwhile", "yet", "but", "and", "since", "with", "without", "asked", "now",
            "then", "instead", "also", "separately", "elsewhere", "by", "from", "if", "although", "though", "once",
            "given", "despite", "under", "amid", "unlike", "like", "until", "because",
        ])

    /// Prepositions before a place or medium, whose object does not speak (`responded on Facebook`).
    static let venuePrepositions = WordList(
        "venue prepositions",
        [
            "on", "in", "at", "to", "for", "by", "into", "from", "about", "against",
        ])

    /// Prepositions whose object is not a speaker (`broke it down to the newspaper NRC:`).
    static let objectPrepositions = WordList(
        "object prepositions",
        [
            "to", "with", "for", "from", "at", "in", "on", "by", "of", "about", "against", "into", "toward", "towards",
            "than",
        ])

    /// Prepositions before a place in an appositive (`in Columbus, Ohio`).
    static let placePrepositions = WordList("place prepositions", ["in", "of", "from", "at", "near"])

    /// Modal verbs that end a described speaker after an inverted cue (`said the senator can …`).
    static let modals = WordList("modals", ["can", "cannot", "must", "shall"])

    /// Small words that title case leaves in lower case (`Meet the Press`).
    static let minorWords = WordList(
        "minor words",
        [
            "a", "an", "the", "and", "or", "but", "of", "for", "in", "on", "at", "to", "by", "with", "from", "into",
            "as", "is", "de", "la", "el", "los", "las", "del", "y", "if", "vs.", "vs", "not", "be",
        ])

    /// Words before a quoted name that make it a title (`ABC's "This Week"`, `a play called "…"`).
    static let titleLeaders = WordList(
        "title leaders",
        [
            "'s", "called", "named", "titled", "entitled", "dubbed", "on", "with", "of", "show", "program", "film",
            "movie", "book", "play", "series", "website", "site", "magazine", "newspaper", "podcast", "album", "song",
            "musical",
        ])

    /// Cues that take a clause without `that` (`said Putin had …`).
    static let bareClauseCues = speechCues.selection(
        "bare clause cues",
        [
            "said", "says", "say", "argued", "argues", "claimed", "claims", "insisted", "insists", "added", "adds",
            "suggested", "suggests", "wrote", "writes", "predicted", "predicts", "warned", "warns", "noted", "notes",
            "acknowledged", "admitted", "stated", "states", "believes", "thinks",
        ], alsoFrom: [reportingWords])

    /// Weekdays and months and their short forms: a capitalised run of these is a date, never a
    /// speaker (`May` is left out: it is also a name).
    static let quoteCalendarWords = calendarWords.subtracting("calendar words but may", ["may"]).union(
        "quote calendar words",
        [monthAbbreviations.selection("month abbreviations in a date", ["jan", "feb", "aug", "sept", "oct", "nov", "dec"])])

    /// Words left out when a `--speaker` query is matched against a speaker's name (`Sen.`, `the`).
    static let speakerMatchTitles = titleAbbreviations.selection(
        "speaker match titles", ["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "the", "president", "prof"],
        alsoFrom: [determiners, roleWords])

    /// Lower-case particles inside a name, between capitals (`Sanne de Vries`, `Bank of England`).
    static let nameParticles = WordList(
        "name particles", ["of", "de", "van", "von", "al", "bin", "la", "der", "da", "dos", "du", "le"])

    /// Prepositions before a short title-case quote with a cue further back that make it a title
    /// (`appeared on "Meet the Press"`).
    static let titlePrepositions = WordList("title prepositions", ["on", "with", "to", "of"])
}
