/// Closed-class words the recogniser and the mention grouper share: titles and role nouns,
/// honorifics, organisation words, pronouns. Language knowledge, not facts about the world.
package enum EntityVocabulary {
    /// Honorifics that precede a name, with the gender they signal.
    package static let honorifics: [String: Gender] = [
        "mr": .male, "mr.": .male, "mrs": .female, "mrs.": .female, "ms": .female, "ms.": .female,
        "miss": .female, "sir": .male, "dame": .female, "lord": .male, "lady": .female, "king": .male,
        "queen": .female, "prince": .male, "princess": .female, "madam": .female, "madame": .female,
        "mme.": .female, "monsieur": .male, "dr": .unknown, "dr.": .unknown, "prof.": .unknown,
        "professor": .unknown, "rev.": .unknown, "father": .male, "sister": .female, "brother": .male,
        "sheikh": .male, "emir": .male, "sultan": .male, "duke": .male, "duchess": .female,
        "baroness": .female, "baron": .male, "countess": .female, "count": .male, "empress": .female,
        "emperor": .male, "pope": .male, "cardinal": .male, "archbishop": .male, "bishop": .male,
        "congressman": .male, "congresswoman": .female, "chairwoman": .female, "chairman": .male,
        "spokeswoman": .female, "spokesman": .male, "businessman": .male, "businesswoman": .female,
        "actress": .female, "actor": .male, "widow": .female, "wife": .female, "husband": .male,
    ]

    /// Last words of organisations' names (`Council`, `Party`), after which a name is a new name.
    package static let organisationHeads: Set<String> = [
        "council", "party", "union", "committee", "commission", "institute", "foundation", "association", "agency",
        "ministry", "office", "department", "bank", "fund", "trust", "society", "federation", "alliance", "league",
        "corporation", "group", "company", "coalition", "network", "centre", "center", "forum", "board",
    ]

    /// Role nouns that head a title (`President`, `Prime Minister`, `leader`).
    package static let roleHeads: Set<String> = [
        "president", "minister", "premier", "chancellor", "leader", "secretary", "senator", "governor",
        "mayor", "king", "queen", "prince", "princess", "monarch", "emperor", "pope", "chairman", "chairwoman",
        "chair", "chief", "director", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
        "general", "commander", "admiral", "colonel", "captain", "coach", "manager", "ceo", "founder",
        "executive", "head", "dictator", "ruler", "speaker", "representative", "congressman",
        "congresswoman", "lawmaker", "judge", "justice", "attorney", "prosecutor", "commissioner",
        "official", "diplomat", "negotiator", "adviser", "advisor", "aide", "candidate", "nominee",
        "president-elect", "vice-president", "sheikh", "emir", "sultan", "ayatollah", "cardinal",
        "archbishop", "bishop", "rabbi", "imam", "striker", "goalkeeper", "midfielder", "defender",
        "skipper", "owner", "publisher", "editor", "economist", "analyst", "professor", "author",
    ]

    /// Words that modify a role head inside a title (`Prime`, `Foreign`, `Vice`).
    package static let roleModifiers: Set<String> = [
        "prime", "foreign", "vice", "deputy", "interior", "defence", "defense", "finance", "home", "trade",
        "health", "education", "justice", "economy", "energy", "state", "first", "acting", "former",
        "supreme", "chief", "general", "executive", "managing", "head", "senior", "top", "assistant",
        "associate", "lieutenant", "major", "brigadier", "crown", "opposition", "party", "national",
        "federal", "security", "intelligence", "labour", "labor", "agriculture", "culture", "transport",
        "environment", "information", "industry", "commerce", "treasury", "attorney", "secretary-general",
        "secretary", "minister", "foreign-policy", "press", "communications", "police", "army", "military",
        "presidential", "exiled", "rebel", "opposition", "team", "club", "union", "company", "group", "shadow",
        "interim",
    ]

    /// Weekdays and months: capitalised, never names here.
    package static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Words that open a title and are never a name of their own (`Shadow Home Secretary`).
    package static let titlePrefixes: Set<String> = ["shadow", "acting", "deputy", "interim", "former", "vice", "assistant"]

    /// Leader-type heads: `the Russian leader` may refer to a person titled with any of these.
    package static let leaderHeads: Set<String> = [
        "president", "premier", "chancellor", "leader", "king", "queen", "monarch", "emperor", "dictator",
        "ruler", "minister", "prime", "head", "sultan", "emir",
    ]

    /// Words that end or mark an organisation name (`Inc.`, `Bank`, `Party`).
    package static let organizationWords: Set<String> = [
        "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "co", "co.", "llc", "ag", "sa", "gmbh", "group",
        "bank", "university", "party", "council", "committee", "ministry", "association", "union", "agency",
        "federation", "league", "club", "company", "corporation", "institute", "organisation",
        "organization", "airlines", "airline", "fund", "board", "commission", "department", "army",
        "police", "foundation", "court", "parliament", "congress", "senate", "assembly", "trust", "holdings",
        "industries", "motors", "systems", "technologies", "bureau", "office", "service", "exchange",
        "society", "academy", "college", "school", "hospital", "church", "front", "movement", "brigade",
        "forces", "navy", "times", "post", "news", "press", "journal", "herald", "tribune", "television",
        "radio", "network", "agency", "authority", "cabinet", "government", "administration", "fc", "united",
    ]

    /// Pronouns with the gender they signal.
    package static let pronouns: [String: Gender] = [
        "he": .male, "him": .male, "his": .male, "himself": .male, "she": .female, "her": .female,
        "hers": .female, "herself": .female,
    ]

    /// Place names that stand for a country's government in news writing (`the Kremlin`), by the
    /// country name they stand for; used only to read roles the article itself states.
    package static let seatsOfGovernment: [String: String] = [
        "kremlin": "russia", "white house": "united states", "downing street": "united kingdom",
        "elysee": "france", "élysée": "france", "elysée": "france", "quai d'orsay": "france",
        "zhongnanhai": "china", "blue house": "south korea", "knesset": "israel", "bundestag": "germany",
        "whitehall": "united kingdom", "westminster": "united kingdom", "capitol hill": "united states",
    ]
}
