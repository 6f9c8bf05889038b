/// The speech cues: the verbs that introduce what someone said, by how they stand to their speaker.
///
/// A word is a cue of one kind only (the lexicon tests check); the wider lists other analyses
/// read (``speechVerbsAfterQuestion``) are selections of these.
extension Lexicon {
    /// Cues whose speaker may stand before or after them (`Trump said`, `said Trump`): `said`,
    /// `added`, `wrote`, and their base forms (`to say`).
    public static let speechVerbs = WordList(
        "speech verbs",
        [
            "said", "says", "say", "added", "adds", "wrote", "writes", "tweeted", "tweets", "stated", "explained",
            "explains", "noted", "notes", "argued", "argues", "claimed", "claims", "insists", "declared", "declares",
            "continued", "continues", "recalled", "recalls", "responded", "responds", "replied", "replies", "announced",
            "announces", "admitted", "admits", "acknowledged", "acknowledges", "suggested", "suggests", "observed",
            "observes", "remarked", "conceded", "concedes", "complained", "complains", "cautioned", "cautions",
            "countered", "counters", "quipped", "quips", "joked", "jokes", "shouted", "shouts", "yelled", "yells",
            "predicted", "predicts", "promised", "vowed", "vows", "pledged", "pledges", "boasted", "boasts", "charged",
            "contended", "contends", "emphasized", "emphasizes", "emphasised", "emphasises", "stressed", "stresses",
            "urged", "urges", "confirmed", "confirms", "reported", "reports", "posted", "concluded", "concludes", "mused", "muses",
            "lamented", "laments", "testified", "testifies", "echoed", "echoes", "agreed", "agrees", "maintained",
            "maintains", "asserted", "asserts", "alleged", "alleges", "thundered", "snapped", "reiterated",
            "reiterates", "retorted", "retorts", "screamed", "whispered", "wondered", "wonders", "offered", "offers",
            "reasoned", "reasons", "opined", "opines", "interjected", "recounted", "recounts", "chanted", "chants",
            "sang", "sings", "read", "reads", "proclaimed", "proclaims", "exclaimed", "texted", "emailed", "messaged",
            "cried", "answered", "answers", "pressed", "interrupted", "expressed", "expresses", "speculated",
            "speculates", "elaborated", "elaborates", "fumed", "fumes", "proclaim", "conclude", "write", "argue",
            "insist", "warn", "add", "explain", "contend", "suggest", "predict", "agree", "acknowledge", "admit",
            "concede", "declare", "maintain", "assert", "allege", "emphasize", "complain", "raged", "ranted", "scoffed",
            "sneered", "marveled", "marvelled", "gushed", "bragged", "griped", "grumbled", "exhorted", "revealed",
            "reveals", "hollered", "states", "demanded", "commented", "protested", "demands", "barked", "retaliated",
            "repeated", "growled", "sniped", "teased", "clarified", "objected", "intoned", "pleaded", "begged",
            "implored", "boomed", "bellowed", "scolded", "chided", "deadpanned", "volunteered", "ventured", "affirmed",
            "relayed", "rejoined", "queried", "inquired", "snarled", "hissed",
        ])

    /// Cues whose speaker stands before them and whose object is the listener or the target
    /// (`told reporters`, `warned Moscow`, `insisted`): never inverted.
    public static let listenerSpeechVerbs = WordList(
        "speech verbs with a listener",
        [
            "told", "tells", "asked", "asks", "warned", "warns", "accused", "accuses", "blasted", "blasts", "slammed",
            "slams", "praised", "praises", "criticized", "criticizes", "criticised", "mocked", "mocks", "insisted",
            "reminded", "reminds", "assured", "assures", "informed", "informs", "advised", "advises",
        ])

    /// Verbs that introduce a quoted fragment as a name for something (`called it a "disaster"`).
    public static let namingVerbs = WordList(
        "naming verbs",
        [
            "called", "calls", "described", "describes", "dubbed", "dubs", "labeled", "labelled", "branded", "brands",
            "termed", "characterized", "characterizes", "characterised", "referred", "refers", "nicknamed", "deemed",
            "deems",
        ])

    /// Participles of speech whose speaker is the subject of the clause they hang on (`…,
    /// adding: "…"`).
    public static let speechParticiples = WordList(
        "speech participles",
        [
            "saying", "adding", "writing", "tweeting", "stating", "explaining", "noting", "arguing", "claiming",
            "insisting", "declaring", "continuing", "recalling", "responding", "replying", "warning", "announcing",
            "admitting", "acknowledging", "suggesting", "observing", "remarking", "conceding", "complaining",
            "cautioning", "countering", "quipping", "joking", "predicting", "promising", "vowing", "pledging",
            "boasting", "charging", "contending", "emphasizing", "emphasising", "stressing", "urging", "confirming",
            "concluding", "lamenting", "telling", "asking", "calling", "describing", "accusing", "asserting",
            "reiterating", "maintaining", "alleging", "yelling", "shouting", "screaming", "exclaiming", "proclaiming",
            "revealing", "demanding",
        ])

    /// Every speech cue, of any kind.
    public static let speechCues = speechVerbs.union(
        "speech cues", [listenerSpeechVerbs, namingVerbs, speechParticiples])

    /// Words that report what someone said or thinks without being a cue of their own
    /// (`according to`, `she believes`).
    public static let reportingWords = WordList(
        "reporting words", ["according", "believes", "believed", "thinks", "laughed", "quoted"])

    /// Speech verbs that may follow a quote ending in `?` or `!` inside the same sentence
    /// (`"Why?" he asked.`): the sentence splitter does not break before them.
    public static let speechVerbsAfterQuestion = speechCues.selection(
        "speech verbs after a question",
        [
            "said", "says", "asked", "asks", "added", "adds", "shouted", "wrote", "writes", "replied", "replies",
            "told", "tells", "cried", "demanded", "wondered", "insisted",
        ])
}
