/// Closed-class words with what they tell the recogniser and the mention grouper: the gender an
/// honorific or a pronoun signals, the country a seat of government stands for. The plain word
/// lists are ``Lexicon``'s.
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
