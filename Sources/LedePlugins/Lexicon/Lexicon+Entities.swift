import LedeCore

/// The word lists entity recognition and grouping read: titles and role nouns, organisation
/// words, calendar words. Language knowledge, not facts about the world.
extension Lexicon {
    /// Last words of organisations' names (`Council`, `Party`), after which a name is a new name.
    static let organisationHeads = WordList(
        "organisation heads",
        [
            "council", "party", "union", "committee", "commission", "institute", "foundation", "association", "agency",
            "ministry", "office", "department", "bank", "fund", "trust", "society", "federation", "alliance", "league",
            "corporation", "group", "company", "coalition", "network", "centre", "center", "forum", "board",
        ])

    /// Last words that make a name an organisation's, whatever else it holds (`World Trade
    /// Organization`, `Korean People's Army`); not `league`, which CoNLL reads as MISC.
    static let organisationNameHeads = WordList(
        "organisation name heads",
        [
            "organization", "organisation", "army", "council", "party", "union", "committee", "commission", "institute",
            "foundation", "association", "agency", "ministry", "bank", "university", "college", "assembly", "parliament",
            "authority", "bureau", "corporation", "company", "group", "holdings", "partners", "capital",
        ])

    /// Lower-case words that join the words of a name and never end one.
    static let nameLinkWords = WordList("name link words", ["of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "del", "von", "van"])

    /// Words that open a sentence before its subject and are never part of a name (`Even Ostria …`,
    /// `Following Tuesday's vote …`).
    static let openingAdverbs = WordList(
        "opening adverbs",
        [
            "even", "only", "following", "despite", "meanwhile", "still", "later", "earlier", "instead", "however",
            "perhaps", "indeed", "already", "unlike", "amid", "among",
        ])

    /// Kin nouns: the name right after one is a person's (`his mother Nurbika Mamatuyeva`).
    static let kinNouns = WordList(
        "kin nouns",
        [
            "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "uncle", "aunt", "widow",
            "widower", "grandson", "granddaughter", "grandmother", "grandfather", "cousin", "niece", "nephew",
            "partner", "fiancee", "fiance",
        ])

    /// Auxiliaries after a word that show it is used as a name (`Apple has`, `Trump will`).
    static let nameAuxiliaries = WordList(
        "name auxiliaries",
        ["has", "had", "have", "is", "was", "will", "would", "could", "should", "can", "did", "does", "may", "might", "must"])

    /// What a company or a person does in the news and its headlines (`Apple sued`, `Musk quits`).
    static let nameVerbs = WordList(
        "name verbs",
        [
            "quits", "quit", "resigns", "resigned", "joins", "joined", "leaves", "returns", "returned", "visits",
            "visited", "meets", "met", "urges", "urged", "fined", "charged", "wins", "won", "loses", "lost", "backs",
            "sued", "sues", "announced", "announces", "reported", "reports", "posted", "posts", "launched", "launches",
            "bought", "buys", "acquired", "acquires", "sold", "sells", "cut", "cuts", "raised", "raises", "hired",
            "fired", "unveiled", "unveils", "shares", "stock", "agreed", "agrees", "plans", "planned", "signed",
            "signs", "faces", "faced", "denied", "denies", "settled", "settles",
        ])

    /// Words before a storm's name (`Hurricane Milton`).
    static let stormWords = WordList("storm words", ["hurricane", "typhoon", "cyclone", "storm"])

    /// Role nouns that head a title (`President`, `Prime Minister`, `leader`).
    package static let roleHeads = WordList(
        "role heads",
        [
            "president", "minister", "premier", "chancellor", "leader", "secretary", "senator", "governor", "mayor",
            "king", "queen", "prince", "princess", "monarch", "emperor", "pope", "chairman", "chairwoman", "chair",
            "chief", "director", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "general",
            "commander", "admiral", "colonel", "captain", "coach", "manager", "ceo", "founder", "executive", "head",
            "dictator", "ruler", "speaker", "representative", "congressman", "congresswoman", "lawmaker", "judge",
            "justice", "attorney", "prosecutor", "commissioner", "official", "diplomat", "negotiator", "adviser",
            "advisor", "aide", "candidate", "nominee", "president-elect", "vice-president", "sheikh", "emir", "sultan",
            "ayatollah", "cardinal", "archbishop", "bishop", "rabbi", "imam", "striker", "goalkeeper", "midfielder",
            "defender", "skipper", "owner", "publisher", "editor", "economist", "analyst", "professor", "author",
        ])

    /// Words that modify a role head inside a title (`Prime`, `Foreign`, `Vice`).
    static let roleModifiers = WordList(
        "role modifiers",
        [
            "prime", "foreign", "vice", "deputy", "interior", "defence", "defense", "finance", "home", "trade",
            "health", "education", "justice", "economy", "energy", "state", "first", "acting", "former", "supreme",
            "chief", "general", "executive", "managing", "head", "senior", "top", "assistant", "associate",
            "lieutenant", "major", "brigadier", "crown", "opposition", "party", "national", "federal", "security",
            "intelligence", "labour", "labor", "agriculture", "culture", "transport", "environment", "information",
            "industry", "commerce", "treasury", "attorney", "secretary-general", "secretary", "minister",
            "foreign-policy", "press", "communications", "police", "army", "military", "presidential", "exiled",
            "rebel", "team", "club", "union", "company", "group", "shadow", "interim",
        ])

    /// Weekdays and months: capitalised, never names here.
    static let calendarWords = WordList(
        "calendar words",
        [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        ])

    /// Words that open a title and are never a name of their own (`Shadow Home Secretary`).
    static let titlePrefixes = WordList(
        "title prefixes",
        [
            "shadow", "acting", "deputy", "interim", "former", "vice", "assistant",
        ])

    /// Leader-type heads: `the Russian leader` may refer to a person titled with any of these.
    static let leaderHeads = WordList(
        "leader heads",
        [
            "president", "premier", "chancellor", "leader", "king", "queen", "monarch", "emperor", "dictator", "ruler",
            "minister", "prime", "head", "sultan", "emir",
        ])

    /// Words that end or mark an organisation name (`Inc.`, `Bank`, `Party`).
    package static let organizationWords = WordList(
        "organisation words",
        [
            "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "co", "co.", "llc", "ag", "sa", "gmbh", "group",
            "bank", "university", "party", "council", "committee", "ministry", "association", "union", "agency",
            "federation", "league", "club", "company", "corporation", "institute", "organisation", "organization",
            "airlines", "airline", "fund", "board", "commission", "department", "army", "police", "foundation", "court",
            "parliament", "congress", "senate", "assembly", "trust", "holdings", "industries", "motors", "systems",
            "technologies", "bureau", "office", "service", "exchange", "society", "academy", "college", "school",
            "hospital", "church", "front", "movement", "brigade", "forces", "navy", "times", "post", "news", "press",
            "journal", "herald", "tribune", "television", "radio", "network", "authority", "cabinet", "government",
            "administration", "fc", "united",
        ])

    /// What follows `X's` only when X is a state (`Ostria's capital`); `president` is left out
    /// because companies have presidents too.
    static let stateHoldings = WordList(
        "state holdings",
        [
            "capital", "parliament", "army", "military", "navy", "embassy", "ambassador", "border", "borders",
            "citizens", "constitution", "territory", "coast", "coastline", "prime", "foreign", "interior", "defence",
            "defense", "population", "economy", "currency", "airspace", "waters", "regions", "provinces", "neighbours",
            "neighbors",
        ])

    /// Words before `of X` that make X a state or a town (`the Republic of Caldera`, `the capital
    /// of Ostria`, `the mayor of Porto`).
    static let stateTitles = WordList(
        "state titles",
        [
            "republic", "kingdom", "capital", "government", "people", "president", "king", "queen", "citizens",
            "mayor", "city", "town", "village", "outskirts", "suburbs", "residents", "province", "governor",
        ])

    /// Words before `, X` that make X a place (`Ostria's capital, Kallisto`).
    static let placeNouns = WordList(
        "place nouns",
        [
            "capital", "city", "town", "village", "port", "province", "region", "island",
        ])

    /// Last words that many organisations share: alone they name none of them (`Party`, `Group`).
    static let genericHeads = WordList(
        "generic heads",
        [
            "party", "group", "company", "bank", "university", "council", "ministry", "department", "committee",
            "court", "association", "institute", "corporation", "inc", "ltd", "club", "united", "city", "national",
            "international",
        ])

    /// Words before `place noun, X` that make X the place (`Ostria's capital, Kallisto`, `the port
    /// city, Valadares`).
    static let placeNounOwners = WordList("place noun owners", ["'s", "’s", "the", "its", "their"])

    /// Lower-case words that open a surname (`Sanne de Vries`, `Ursula von der Leyen`, `Osama bin
    /// Laden`): the surname runs from the first of them to the end of the name.
    static let surnameParticles = WordList(
        "surname particles",
        [
            "de", "da", "di", "do", "du", "del", "della", "der", "den", "des", "dos", "das", "van", "von", "ter", "ten",
            "le", "la", "bin", "ibn", "ben", "al", "el", "zu", "af",
        ])

    /// Role heads that name one role (`the envoy` after `Ambassador Teuila Faleolo`), a list each.
    static let roleSynonyms = [
        WordList("role synonyms: envoy", ["envoy", "ambassador"]),
        WordList("role synonyms: chair", ["chairman", "chairwoman", "chair"]),
        WordList("role synonyms: spokesperson", ["spokesman", "spokeswoman", "spokesperson"]),
    ]

    /// Whether two role heads name the same role.
    static func isSameRole(_ a: String, _ b: String) -> Bool {
        a == b || roleSynonyms.contains { $0.contains(a) && $0.contains(b) }
    }

    /// Determiners that say whose something is (`its president`, `her deputy`).
    static let possessiveDeterminers = WordList(
        "possessive determiners", ["its", "their", "his", "her", "our", "my", "your"])

    /// Prepositions that join an organisation's head to the rest of its name (`Joint Council for
    /// the Welfare of Immigrants`, `Ministry of Defence`). Not `on`: `the Office on Thursday`.
    static let organisationLinks = WordList("organisation links", ["of", "for"])

    /// Small words an organisation's initials leave out (`Bank of England` → `BE`).
    static let acronymSkipWords = WordList("acronym skip words", ["of", "the", "and", "for", "&"])
}
