/// The closed word lists quote attribution reads: cue verbs, pronouns, determiners, and the small
/// words that end a speaker phrase.
enum QuoteLexicon {
    /// How a cue word introduces speech.
    enum CueKind: Sendable {
        /// `said`, `added`, `wrote`: the speaker may stand before or after it (`said Trump`).
        case speech
        /// `told`, `asked`, `warned`: the speaker stands before it; what follows is the listener.
        case speechNoInversion
        /// `called`, `described`, `dubbed`: introduces a quoted fragment (`called it a "disaster"`).
        case naming
        /// `saying`, `adding`, `noting`: the speaker is the subject of the clause it hangs on.
        case participle
    }

    static let cues: [String: CueKind] = {
        var table: [String: CueKind] = [:]
        let speech = """
            said says say added adds wrote writes tweeted tweets stated explained explains noted notes \
            argued argues claimed claims insisted insists declared declares continued continues recalled recalls \
            responded responds replied replies announced announces admitted admits acknowledged acknowledges \
            suggested suggests observed observes remarked conceded concedes complained complains \
            cautioned cautions countered counters quipped quips joked jokes shouted shouts yelled yells \
            predicted predicts promised vowed vows pledged pledges boasted boasts charged \
            contended contends emphasized emphasizes emphasised emphasises stressed stresses urged urges \
            confirmed confirms reported posted concluded concludes mused muses lamented laments \
            testified testifies echoed echoes agreed agrees maintained maintains asserted asserts alleged \
            alleges thundered snapped reiterated reiterates retorted retorts screamed whispered wondered \
            wonders offered offers explained reasoned reasons opined opines interjected \
            recounted recounts chanted chants sang sings read reads proclaimed proclaims exclaimed \
            texted emailed messaged cried answered answers pressed interrupted \
            expressed expresses speculated speculates elaborated elaborates fumed fumes proclaim conclude \
            write argue insist warn add explain contend suggest predict say agree acknowledge admit concede \
            declare maintain assert allege emphasize complain quipped raged ranted scoffed sneered marveled \
            marvelled gushed bragged griped grumbled exhorted revealed reveals hollered states demanded commented protested \
            demands barked retaliated repeated growled sniped teased clarified objected intoned pleaded begged \
            implored boomed bellowed scolded chided deadpanned volunteered ventured affirmed relayed rejoined \
            queried inquired snarled hissed
            """
        for word in speech.split(separator: " ") { table[String(word)] = .speech }
        let noInversion = """
            told tells asked asks warned warns accused accuses blasted blasts slammed slams praised praises \
            criticized criticizes criticised mocked mocks insisted reminded reminds assured assures \
            informed informs advised advises
            """
        for word in noInversion.split(separator: " ") { table[String(word)] = .speechNoInversion }
        let naming = """
            called calls described describes dubbed dubs labeled labelled branded brands termed \
            characterized characterizes characterised referred refers nicknamed deemed deems
            """
        for word in naming.split(separator: " ") { table[String(word)] = .naming }
        let participle = """
            saying adding writing tweeting stating explaining noting arguing claiming insisting declaring \
            continuing recalling responding replying warning announcing admitting acknowledging suggesting \
            observing remarking conceding complaining cautioning countering quipping joking predicting \
            promising vowing pledging boasting charging contending emphasizing emphasising stressing urging \
            confirming concluding lamenting telling asking calling describing accusing asserting \
            reiterating maintaining alleging telling yelling shouting screaming exclaiming proclaiming \
            revealing demanding
            """
        for word in participle.split(separator: " ") { table[String(word)] = .participle }
        return table
    }()

    /// Two-word cues: a verb and the particle that makes it speech (`fired back`, `went on`).
    static let particleCues: [String: Set<String>] = [
        "fired": ["back"], "fires": ["back"], "shot": ["back"], "pushed": ["back"], "hit": ["back"], "went": ["on"],
        "goes": ["on"], "chimed": ["in"], "weighed": ["in"], "spoke": ["out", "about", "of"], "speaks": ["about", "of"],
        "lashed": ["out"], "pointed": ["out"], "points": ["out"], "summed": ["up"], "talked": ["about", "of", "up"],
        "talks": ["about", "of", "up"], "talking": ["about"], "wrote": ["about", "of"], "puts": ["it"], "put": ["it"],
        "found": ["that"], "finds": ["that"],
    ]

    /// Personal and relative pronouns that can be a speaker.
    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "who"]

    /// Words that begin a described speaker (`the`, `a`, `one`, `his`).
    static let determiners: Set<String> = [
        "the", "a", "an", "one", "another", "this", "that", "these", "those", "his", "her", "their", "its", "our",
        "some", "many", "several", "two", "three", "four", "five", "both", "other", "most", "few", "all", "each",
        "my", "your", "any", "every", "no",
    ]

    /// Words skipped between a speaker and its cue (`Trump later said`, `she has said`).
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "was", "is", "were", "are", "would", "will", "could", "should", "may", "might", "did",
        "does", "do", "also", "later", "then", "once", "previously", "recently", "reportedly", "repeatedly",
        "just", "simply", "flatly", "further", "again", "even", "never", "earlier", "often", "frequently",
        "still", "already", "since", "first", "finally", "quickly", "openly", "not", "has", "been", "being", "having",
        "had", "always", "now", "bluntly", "simply", "candidly", "recently", "ever", "only", "initially",
    ]

    /// Small words that end a speaker phrase when reading away from the cue.
    static let phraseBreakers: Set<String> = [
        "that", "which", "and", "but", "or", "because", "when", "while", "if", "as", "after", "before", "who",
        "what", "where", "how", "why", "than", "so", "to", "in", "on", "at", "during", "with", "by", "from",
        "about", "into", "since", "until", "though", "although", "whether", "there", "here", "he", "she",
        "they", "it", "we", "i", "you", "not", "also", "this", "is", "was", "are", "were", "be", "has", "have",
        "had", "said", "says", "told", "last", "next", "ago", "once", "yet", "then", "now", "over", "through",
    ]

    /// What a person writes and the article quotes as theirs (`Cornyn's statement said`).
    static let writings: Set<String> = [
        "statement", "letter", "tweet", "post", "memo", "message", "email", "e-mail", "op-ed", "book", "blog", "speech",
    ]

    /// Adverbs that sit between a subject and its cue (`Clegg, meanwhile, said`).
    static let sentenceAdverbs: Set<String> = [
        "meanwhile", "however", "though", "too", "instead", "also", "again", "still", "then", "later", "earlier",
        "separately", "likewise", "nevertheless",
    ]

    /// Words before a plural that make it a noun (`his claims`, `the reports`).
    static let nounMarkers: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "such", "'s", "’s",
        "many", "several", "some", "recent", "earlier", "new", "latest", "other", "false", "repeated",
    ]

    /// Weekdays and months and their short forms: a capitalised run of these is a date, never a
    /// speaker (`May` is left out: it is also a name).
    static let calendarWords: Set<String> = EntityVocabulary.calendarWords.subtracting(["may"])
        .union(["jan", "feb", "aug", "sept", "oct", "nov", "dec"])

    /// Weekdays and time words that follow `said` without being its subject (`said Monday`).
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "recently", "earlier", "later", "last", "this", "on", "in", "at", "during", "that", "of",
        "repeatedly", "previously", "afterward", "afterwards", "privately", "publicly", "again", "then", "before",
        "after", "while", "when", "with", "to", "through", "via", "over", "about", "under", "twice", "once",
        "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
    ]

    /// Title abbreviations and words that may start a name run (`Sen.`, `President`).
    static let nameTitles: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "prof.", "rev.", "lt.", "col.", "capt.", "sgt.",
        "adm.", "maj.", "hon.", "atty.", "supt.", "det.", "insp.", "st.", "pres.",
    ]

    /// Role words that may stand before a name in a title run (`Deputy Fisheries Secretary`).
    static let roleWords: Set<String> = [
        "president", "vice", "prime", "minister", "secretary", "deputy", "senator", "governor", "mayor", "chairman",
        "chairwoman", "chair", "director", "chief", "executive", "commissioner", "judge", "justice", "general",
        "representative", "speaker", "leader", "ambassador", "attorney", "officer", "spokesman", "spokeswoman",
        "spokesperson", "professor", "state", "candidate", "nominee", "congressman", "congresswoman", "councilman",
        "councilwoman", "sheriff", "coach", "captain", "founder", "ceo", "chancellor", "king", "queen", "prince",
        "pope", "archbishop", "bishop", "rabbi", "reverend", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.",
    ]

    /// Words that make a quoted fragment a title or a name rather than speech.
    static let titleContext: Set<String> = [
        "titled", "entitled", "headlined", "show", "program", "programme", "film", "movie", "book", "song", "album",
        "series", "podcast", "documentary", "column", "op-ed", "article", "episode", "novel", "play", "segment",
        "slogan", "hashtag", "hat", "hats", "ad", "video", "headline", "report", "memo", "banner", "sign", "signs",
        "shirt", "shirts", "t-shirt", "t-shirts", "magazine", "newspaper", "campaign", "tour", "initiative",
    ]

    /// Words before a quoted fragment that make it a scare quote.
    static let scareContext: Set<String> = ["so-called", "supposed", "alleged", "self-described", "self-styled"]
}
