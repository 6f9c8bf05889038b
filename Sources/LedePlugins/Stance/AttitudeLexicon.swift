import LedeCore

/// Curated attitudinal words with their polarity: verbs whose agent holds a stance toward their
/// theme (`criticised`, `praised`, `accused … of`, from ``Lexicon``'s base forms), the nouns that
/// carry the same stance (`support for`, `criticism of`), judgement words and stance phrases.
public enum AttitudeLexicon {
    /// The stance a verb's agent takes toward its theme: +1 positive, -1 negative, by inflected form.
    public static let verbs: [String: Int] = {
        var table: [String: Int] = [:]
        for base in Lexicon.negativeVerbs.entries { for form in inflections(base) { table[form] = -1 } }
        for base in Lexicon.positiveVerbs.entries { for form in inflections(base) { table[form] = 1 } }
        return table
    }()

    /// Nouns that carry their possessor's stance toward the object of `for`/`of`/`on`/`to`/`against`.
    public static let nouns: [String: Int] = [
        "support": 1, "backing": 1, "praise": 1, "endorsement": 1, "admiration": 1, "gratitude": 1, "thanks": 1,
        "solidarity": 1, "sympathy": 1, "respect": 1, "trust": 1, "faith": 1, "loyalty": 1, "defence": 1,
        "defense": 1, "approval": 1, "commendation": 1, "tribute": 1,
        "criticism": -1, "condemnation": -1, "attack": -1, "attacks": -1, "opposition": -1, "rebuke": -1,
        "accusation": -1, "accusations": -1, "contempt": -1, "distrust": -1, "mistrust": -1, "anger": -1,
        "frustration": -1, "disappointment": -1, "hostility": -1, "disdain": -1, "scorn": -1, "denunciation": -1,
        "sanctions": -1, "threat": -1, "threats": -1, "lawsuit": -1, "complaint": -1, "complaints": -1,
        "blame": -1, "disapproval": -1, "outrage": -1,
    ]

    /// Words of personal or moral judgement that news uses and VADER (built on social media) lacks,
    /// on VADER's scale.
    static let judgements: [String: Double] = [
        "bigot": -2.5, "bigoted": -2.5, "bigotry": -2.6, "corrupt": -2.6, "hypocrite": -2.2, "disgraceful": -2.5,
        "unfit": -1.8, "thug": -2.4, "thugs": -2.4, "traitor": -2.7, "crook": -2.4, "crooked": -2.0, "divisive": -1.6,
        "inept": -2.0, "misogynist": -2.6, "sexist": -2.4, "xenophobic": -2.5, "demagogue": -2.2, "tyrant": -2.6,
        "unhinged": -2.2, "deplorable": -2.5, "principled": 1.8, "decent": 1.5, "statesman": 1.5,
    ]

    /// Phrases that express a stance toward the subject before them (`X has let me down`).
    public static let negativeSubjectPhrases: [[String]] = [
        ["let", "me", "down"], ["let", "us", "down"], ["let", "down"], ["let", "him", "down"], ["let", "her", "down"],
        ["let", "them", "down"], ["let", "everyone", "down"], ["broke", "promises"], ["broke", "his", "promise"],
        ["broke", "her", "promise"], ["broken", "promises"], ["breaking", "promises"], ["failed", "to", "deliver"],
        ["failed", "to", "live", "up"], ["cannot", "be", "trusted"], ["can't", "be", "trusted"],
        ["lied", "to"], ["went", "back", "on"], ["backed", "out"], ["stabbed", "us", "in", "the", "back"],
        // Calls to account: the speaker holds the subject answerable.
        ["have", "to", "answer", "for"], ["has", "to", "answer", "for"], ["must", "answer", "for"],
        ["questions", "to", "answer"], ["should", "resign"], ["must", "resign"], ["should", "step", "down"],
        ["must", "step", "down"], ["should", "apologise"], ["should", "apologize"], ["must", "apologise"],
        ["must", "apologize"], ["owes", "an", "apology"], ["should", "be", "ashamed"],
    ]
    public static let positiveSubjectPhrases: [[String]] = [
        ["kept", "his", "word"], ["kept", "her", "word"], ["kept", "promises"], ["kept", "his", "promise"],
        ["can", "be", "trusted"], ["stood", "by", "us"], ["stood", "with", "us"], ["has", "been", "a", "friend"],
        ["delivered", "on"], ["good", "friend"], ["great", "friend"], ["true", "friend"], ["close", "ally"],
        ["strong", "ally"], ["great", "job"],
    ]

    /// Base, third person, past and gerund of a regular English verb.
    static func inflections(_ base: String) -> [String] {
        if base == "hit" { return ["hit", "hits", "hitting"] }
        if base == "lie" { return ["lie", "lies", "lied", "lying"] }
        if base == "stand" { return ["stand", "stands", "stood", "standing"] }
        if Lexicon.doublingVerbs.contains(base), let last = base.last {
            return [base, base + "s", base + String(last) + "ed", base + String(last) + "ing"]
        }
        if base.hasSuffix("e") {
            return [base, base + "s", base + "d", String(base.dropLast()) + "ing"]
        }
        if base.hasSuffix("y"), let before = base.dropLast().last, !"aeiou".contains(before) {
            let stem = String(base.dropLast())
            return [base, stem + "ies", stem + "ied", base + "ing"]
        }
        if base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("s") || base.hasSuffix("x") {
            return [base, base + "es", base + "ed", base + "ing"]
        }
        return [base, base + "s", base + "ed", base + "ing"]
    }
}
