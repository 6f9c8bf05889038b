/// The closed word lists every analysis reads, each declared once with its meaning.
///
/// The lists the text core needs are declared here; the built-in plugins add theirs in
/// extensions. Where an analysis needs a narrower or wider list than another's, it is declared
/// as a selection of that list (``WordList/selection(_:_:alsoFrom:)``), so a word cannot be
/// added to one and silently missed in the other. ``coreLists`` and ``coreDisjointLists`` are
/// what the lexicon tests check: no list repeats a word, a selection holds only words of its
/// sources, and lists that give a word different roles share none.
public enum Lexicon {
    // MARK: - Abbreviations

    /// Abbreviations that stand before a name, without their dot (`Mr`, `Sen`, `Gen`, `St`).
    public static let titleAbbreviations = WordList(
        "title abbreviations",
        [
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
            "gov", "sen", "rep", "reps", "rev", "hon", "pres", "supt", "det", "insp", "st", "mt", "messrs", "mme",
            "mlle", "atty", "fr", "sens", "lieut", "brig", "cmdt",
        ])

    /// Abbreviations that keep their dot only before a number (`No. 10`, `Vol. 3`).
    public static let numberAbbreviations = WordList(
        "number abbreviations", ["no", "nos", "vol", "vols", "fig", "figs", "op", "p", "pp", "art"])

    /// Month abbreviations, without their dot (`Jan`, `Sept`).
    public static let monthAbbreviations = WordList(
        "month abbreviations", ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])

    /// Every abbreviation whose dot stays inside the word, without the dot: the titles, the
    /// months, and company, state and other short forms (`Inc`, `Calif`, `etc`).
    public static let abbreviations = titleAbbreviations.union(
        "abbreviations",
        [
            monthAbbreviations,
            WordList(
                "other abbreviations",
                [
                    "ft", "jr", "sr", "inc", "corp", "ltd", "co", "bros", "plc", "vs", "etc", "approx", "dept", "univ",
                    "assn", "ave", "blvd", "esq", "al", "cf", "ca", "cie", "gov't", "govt", "mssrs", "ariz", "calif",
                    "colo", "conn", "fla", "kan", "ky", "mich", "minn", "mont", "neb", "nev", "okla", "tenn", "tex", "vt",
                    "wis", "wyo",
                ]),
        ])

    /// Abbreviations after which a capital never starts a sentence: the titles, the number and
    /// month abbreviations, and a few that precede what they qualify (`vs.`, `cf.`, `approx.`).
    public static let abbreviationsBeforeCapital = titleAbbreviations.union(
        "abbreviations before a capital",
        [
            numberAbbreviations.selection("number abbreviations before a capital", ["no", "nos", "vol", "fig", "op", "p", "pp", "art"]),
            monthAbbreviations,
            abbreviations.selection("other abbreviations before a capital", ["ft", "vs", "cf", "ca", "approx"]),
        ])

    /// Clitics written apart in tokenised text (`'s`, `'re`), without the apostrophe.
    public static let clitics = WordList("clitics", ["s", "re", "ll", "ve", "m", "d"])

    // MARK: - Sentences

    /// Words that commonly open a sentence and rarely continue a name: after an abbreviation's
    /// dot, one of these (capitalised) starts a new sentence.
    public static let sentenceOpeners = WordList(
        "sentence openers",
        [
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "but",
            "and", "in", "on", "at", "for", "if", "when", "while", "after", "before", "as", "his", "her", "their",
            "its", "our", "there", "then", "however", "meanwhile", "still", "yet", "so", "some", "many", "most",
            "officials", "mr.", "mrs.", "ms.", "dr.", "both", "no", "not", "what", "why", "how", "where", "who",
            "during", "according", "earlier", "later", "last", "next", "since", "although", "though", "instead",
            "also", "one", "two", "several", "each", "all", "other", "such", "to", "from", "with", "by", "under",
            "analysts", "critics", "experts", "police", "authorities", "he's", "she's", "it's", "that's", "there's",
        ])

    /// First words that make a paragraph an image caption (`Photo: …`).
    public static let captionOpeners = WordList(
        "caption openers", ["photo:", "image:", "caption:", "pictured:", "picture:", "above:", "photograph:"])

    // MARK: - Checks

    /// Every list declared in the core, for the lexicon tests.
    public static let coreLists: [WordList] = [
        titleAbbreviations, numberAbbreviations, monthAbbreviations, abbreviations, abbreviationsBeforeCapital, clitics,
        sentenceOpeners, captionOpeners, speechVerbs, listenerSpeechVerbs, namingVerbs, speechParticiples, speechCues,
        reportingWords, speechVerbsAfterQuestion,
    ]

    /// Lists of the core that must share no word: a speech cue has one kind, and a reporting
    /// word is no cue.
    public static let coreDisjointLists: [(WordList, WordList)] = [
        (speechVerbs, listenerSpeechVerbs), (speechVerbs, namingVerbs), (speechVerbs, speechParticiples),
        (listenerSpeechVerbs, namingVerbs), (listenerSpeechVerbs, speechParticiples), (namingVerbs, speechParticiples),
        (speechCues, reportingWords),
    ]
}
