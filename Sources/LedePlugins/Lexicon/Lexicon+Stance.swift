import LedeCore

/// The word lists stance analysis reads: attitudinal verbs, speech and topic words, the small
/// words that bound a frame, pronouns, and the words that are never an actor's name.
extension Lexicon {
    /// Verbs whose agent takes a negative stance toward their theme, in their base form
    /// (`criticize`, `accuse`).
    static let negativeVerbs = WordList(
        "negative verbs",
        [
            "criticize", "criticise", "condemn", "accuse", "blame", "denounce", "slam", "blast", "rebuke", "chide",
            "scold", "lambast", "lambaste", "mock", "ridicule", "deride", "fault", "castigate", "threaten", "sue",
            "disparage", "insult", "undermine", "betray", "snub", "decry", "assail", "berate", "vilify", "disappoint",
            "rebuff", "scorn", "excoriate", "attack", "oppose", "reject", "distrust", "mistrust", "denigrate", "smear",
            "taunt", "belittle", "humiliate", "demonize", "demonise", "reprimand", "admonish", "censure", "impeach",
            "sanction", "punish", "ostracize", "ostracise", "shun", "antagonize", "antagonise", "defy", "fire", "oust",
            "investigate", "probe", "indict", "prosecute", "challenge", "dismiss", "warn", "hit", "bash", "trash",
            "pillory", "skewer", "savage", "grill", "tar", "brand", "label", "dupe", "mislead", "deceive", "lie",
            "cheat", "harass", "bully", "abuse", "target", "frustrate", "anger", "infuriate",
        ])

    /// Verbs whose agent takes a positive stance toward their theme, in their base form
    /// (`praise`, `back`).
    static let positiveVerbs = WordList(
        "positive verbs",
        [
            "praise", "back", "support", "thank", "endorse", "commend", "applaud", "hail", "welcome", "defend",
            "champion", "congratulate", "laud", "admire", "trust", "embrace", "salute", "honor", "honour", "credit",
            "celebrate", "reassure", "protect", "help", "assist", "aid", "compliment", "acclaim", "extol", "favor",
            "favour", "respect", "value", "appreciate", "like", "love", "befriend", "reward", "vindicate", "exonerate",
            "forgive", "pardon", "rescue", "save", "empower", "cheer", "inspire", "encourage", "recommend", "nominate",
            "elect", "promote", "appoint", "stand", "side", "echo", "agree",
        ])

    /// Verbs too vague to found a relation on their own (still model features), by inflected form.
    static let weakRelationVerbs = WordList(
        "weak relation verbs",
        [
            "stand", "stands", "stood", "standing", "side", "sides", "sided", "siding", "like", "likes", "liked",
            "liking", "help", "helps", "helped", "helping", "target", "targets", "targeted", "targeting", "fire",
            "fires", "fired", "firing", "label", "labels", "labeled", "labelled", "brand", "brands", "branded", "hit",
            "hits", "hitting", "value", "values", "valued", "save", "saves", "saved", "saving", "elect", "elected",
            "appoint", "appointed", "nominate", "nominated", "promote", "promoted", "investigate", "investigated",
            "investigating", "probe", "probed", "warn", "warns", "warned", "warning", "challenge", "challenged",
            "challenging", "challenges", "dismiss", "dismissed", "dismissing", "aid", "aided", "back", "backs", "tar",
            "love", "loves", "anger", "angered", "lie", "lies", "lied", "lying", "cheer", "cheered", "credit",
            "sanction", "protect", "protects", "protected", "protecting", "assist", "assisted", "rescue", "rescued",
            "pardon", "pardoned", "reward", "rewarded", "inspire", "inspired", "reassure", "reassured", "reassures",
            "reassuring",
        ])

    /// Base forms that double their last consonant when inflected (`slam` → `slammed`).
    static let doublingVerbs = WordList("doubling verbs", ["slam", "snub", "tar", "hit", "abet", "rebut"])

    /// Words that name what a story is about (conflict, crime, disaster), not a stance toward
    /// anyone. They never flip a polarity on their own.
    static let topicWords = WordList(
        "topic words",
        [
            "war", "wars", "warfare", "killed", "kill", "kills", "killing", "killings", "death", "deaths", "dead",
            "died", "die", "dies", "dying", "crisis", "crises", "conflict", "conflicts", "violence", "violent",
            "terror", "terrorism", "terrorist", "terrorists", "bomb", "bombs", "bombing", "bombings", "attack",
            "attacks", "attacked", "shooting", "shootings", "murder", "murders", "murdered", "victim", "victims",
            "disaster", "disasters", "tragedy", "tragic", "crash", "crashed", "collapse", "collapsed", "injured",
            "injuries", "wounded", "casualties", "invasion", "military", "troops", "weapons", "missile", "missiles",
            "cancer", "disease", "pandemic", "epidemic", "virus", "flood", "floods", "earthquake", "hurricane", "fire",
            "fires", "explosion", "hostage", "hostages", "refugees", "poverty", "unemployment", "recession",
            "inflation", "debt", "deficit", "tax", "taxes", "crime", "crimes", "prison", "jail", "arrest", "arrested",
            "charges", "charged", "trial", "court", "investigation", "emergency", "threat", "threats", "risk", "risks",
            "danger", "problem", "problems", "fighting", "fight", "battle", "struggle", "protest", "protests",
            "tension", "tensions", "abortion", "immigration", "illegal",
        ])

    /// Words that open a clause, used to keep a frame inside one clause.
    static let clauseBreakers = WordList(
        "clause breakers",
        [
            "but", "while", "although", "though", "whereas", "however", "yet", "because", "since", "after", "before",
            "when", "which", "who", "whom", "that", "and", "as", "if", "unless",
        ])

    /// Words before a verb form that make it a noun (`Starmer's support`, `the backing`).
    static let nounDeterminers = WordList(
        "noun determiners",
        [
            "'s", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
        ])

    /// Prepositions after an attitudinal noun that introduce its target (`support for`).
    static let nounLinks = WordList("noun links", ["for", "of", "to", "against", "toward", "towards", "on", "with"])

    /// Words that join two verbs of one subject (`praised Costa and attacked Voss`).
    static let verbCoordinators = WordList("verb coordinators", ["and", "but", "then"])

    /// Words that end the search for a verb's subject.
    static let subjectStops = WordList(
        "subject stops",
        [
            "that", "which", "who", "whom", "whose", "because", "after", "before", "while",
        ])

    /// Words that end the search for a verb's theme.
    static let themeStops = WordList(
        "theme stops",
        [
            "but", "while", "although", "because", "which", "who", "after", "before", "when",
        ])

    /// Words after which a base or `-s` form is a verb (`will back`, `to support`).
    static let verbCues = WordList(
        "verb cues",
        [
            "to", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do", "not",
            "never", "also", "he", "she", "they", "we", "i", "openly", "publicly",
        ])

    /// Subjects that end the search for an agent: a speaker the article does not name.
    static let opaqueSubjects = WordList(
        "opaque subjects",
        [
            "i", "we", "you", "they", "it", "i'm", "we're", "you're", "they're", "it's", "i've", "we've", "i'd", "we'd",
        ])

    /// Pronouns that refer to a man.
    static let malePronouns = WordList("male pronouns", ["he", "him", "his", "himself"])

    /// Pronouns that refer to a woman.
    static let femalePronouns = WordList("female pronouns", ["she", "her", "hers", "herself"])

    /// Pronouns that may stand for the stance target in the target's sentence.
    static let targetPronouns = WordList(
        "target pronouns",
        [
            "he", "she", "him", "her", "his", "hers", "they", "them", "their", "i", "we",
        ])

    /// Third-person pronouns inside a quote that may name the person the text was about.
    static let thirdPersonPronouns = WordList("third-person pronouns", ["he", "she", "him", "her"])

    /// Verbs that link a subject to a judgement of it (`Putin is a liar`).
    static let copulas = WordList("copulas", ["is", "was", "'s", "’s", "remains", "seems"])

    /// VADER's negation words (`not`, `never`, `without`).
    static let negations = WordList(
        "negations",
        [
            "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't",
            "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt",
            "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't",
            "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh",
            "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont",
            "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
        ])

    /// Words that report speech, for stance: a quote's cue and its relay (`said`, `told`,
    /// `according`).
    static let stanceSpeechWords = speechCues.selection(
        "stance speech words",
        [
            "said", "says", "say", "saying", "told", "tells", "added", "adds", "stated", "states", "explained", "noted",
            "argued", "argues", "claimed", "claims", "insisted", "insists", "declared", "announced", "wrote", "writes",
            "tweeted", "posted", "asked", "asks", "replied", "responded", "warned", "warns", "according", "remarked",
            "suggested", "suggests", "stressed", "continued", "acknowledged", "admitted", "recalled", "conceded",
            "complained", "countered", "contended", "maintained", "predicted", "urged",
        ], alsoFrom: [reportingWords])

    /// Verbs that name their object with a judgement (`called Putin a "liar"`), in every form
    /// stance reads.
    static let judgingNamingVerbs = namingVerbs.selection(
        "judging naming verbs",
        [
            "called", "calling", "calls", "described", "describing", "describes", "dubbed", "dubbing", "labelled",
            "labeled", "labelling", "labeling", "branded", "branding", "brands", "termed", "deemed",
        ], alsoFrom: [speechParticiples, WordList("naming participles", ["branding", "dubbing", "labeling", "labelling"])])

    /// Words that open a capitalised run without being an actor's name: small words, plural
    /// sources (`Analysts`), and the calendar.
    static let actorNonNames = WordList(
        "actor non-names",
        [
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "but",
            "and", "or", "for", "in", "on", "at", "as", "while", "when", "after", "before", "both", "if", "his", "her",
            "their", "its", "our", "my", "there", "here", "what", "who", "why", "how", "where", "some", "many", "most",
            "one", "no", "not", "so", "then", "than", "also", "yet", "with", "from", "by", "to", "of", "speaking",
            "observers", "analysts", "commentators", "officials", "experts", "critics", "western", "eastern",
        ]
    ).union("actor non-names and calendar words", [calendarWords])

    /// Titles stripped from the start of an actor's name when the entities plugin is not there
    /// (`President`, `Mr.`, `U.S.`).
    static let actorTitles = titleAbbreviations.selection(
        "actor titles",
        [
            "president", "prime", "minister", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.",
            "senator", "rep", "rep.", "representative", "governor", "gov.", "mayor", "chancellor", "king", "queen",
            "general", "gen.", "secretary", "chairman", "chairwoman", "leader", "judge", "justice", "sir", "dame",
            "lord", "lady", "premier", "foreign", "defence", "defense", "vice", "former", "u.s.", "uk", "u.k.", "state",
            "attorney", "speaker", "pope", "prince", "princess", "chief", "executive", "ceo", "director",
        ],
        alsoFrom: [
            nameTitles, roleHeads, roleModifiers, WordList("honorifics", EntityVocabulary.honorifics.keys.sorted()),
            WordList("country abbreviations", ["u.s.", "uk", "u.k."]),
        ])

    /// Prepositions before an `-ing` form that make it a modifier (`with attacking style`).
    static let modifierPrepositions = WordList("modifier prepositions", ["with", "of", "for", "in", "on", "at"])
}
