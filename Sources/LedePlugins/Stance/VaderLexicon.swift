import LedeCore

/// The VADER sentiment lexicon (Hutto & Gilbert 2014, MIT): a mean valence from -4 to +4 for
/// 7,500 words and emoticons, with the rule word lists its scorer needs.
///
/// Loaded once from the shipped `vader-lexicon.tsv` (word TAB mean valence).
struct VaderLexicon: Sendable {
    let valence: [String: Double]

    /// The shipped lexicon; empty when the resource is missing (the scorer then reports 0).
    static let shared = VaderLexicon(tsv: ResourceStore.text("vader-lexicon.tsv") ?? "")

    init(tsv: String) {
        var valence: [String: Double] = [:]
        valence.reserveCapacity(7_600)
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let value = Double(fields[1]) else { continue }
            valence[String(fields[0])] = value
        }
        self.valence = valence
    }

    func contains(_ word: String) -> Bool { valence[word] != nil }

    // MARK: - VADER's rule words

    /// Scale applied to a valence after a negation (`not good`).
    static let negationScalar = -0.74
    /// Added by an intensifier (`very`), subtracted by a softener (`slightly`).
    static let boosterIncrement = 0.293
    /// Added to an ALL-CAPS word in a sentence that also has lower case.
    static let capsIncrement = 0.733

    /// Whether `word` negates what follows (the list, or any `…n't`).
    static func isNegation(_ word: String) -> Bool {
        Lexicon.negations.contains(word) || word.hasSuffix("n't") || word.hasSuffix("n’t")
    }

    static let boosters: [String: Double] = {
        var table: [String: Double] = [:]
        for word in [
            "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply",
            "effing", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme",
            "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging",
            "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
            "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
            "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally", "tremendous",
            "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very",
        ] { table[word] = boosterIncrement }
        for word in [
            "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
            "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight",
            "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of",
        ] { table[word] = -boosterIncrement }
        return table
    }()

    /// Multi-word expressions whose valence replaces the words' own (VADER's special cases).
    static let idioms: [String: Double] = [
        "the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0, "yeah right": -2,
        "kiss of death": -1.5, "to die for": 3, "beating heart": 3.1, "broken heart": -2.9,
    ]
}
