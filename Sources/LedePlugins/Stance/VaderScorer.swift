/// VADER's rule-based sentence scorer, reimplemented over lede's tokens: lexicon valence with
/// negation (`not good`), boosters (`very good`, `slightly bad`), ALL-CAPS emphasis, `least`,
/// `never so`, idioms, the `but` contrast (before ×0.5, after ×1.5) and `!`/`?` emphasis.
///
/// Words come with their hashes and ``WordInfo`` (one table probe per token), so scoring does no
/// string work in the common case.
struct VaderScorer: Sendable {
    struct Score: Sendable, Equatable {
        /// The valence each word carries after the rules, aligned with the input words.
        var valences: [Double]
        /// Normalised sum in [-1, 1] (VADER's compound).
        var compound: Double
    }

    /// Whether topic words (`war`, `killed`) score 0: they describe the story, not a stance.
    let neutralTopics: Bool
    let table: StanceWordTable

    init(neutralTopics: Bool = false, table: StanceWordTable = .shared) {
        self.neutralTopics = neutralTopics
        self.table = table
    }

    static let no = FeatureHash.word("no")
    static let kind = FeatureHash.word("kind")
    static let of = FeatureHash.word("of")
    static let but = FeatureHash.word("but")
    static let however = FeatureHash.word("however")
    static let least = FeatureHash.word("least")
    static let at = FeatureHash.word("at")
    static let very = FeatureHash.word("very")
    static let never = FeatureHash.word("never")
    static let so = FeatureHash.word("so")
    static let this = FeatureHash.word("this")
    static let without = FeatureHash.word("without")
    static let doubt = FeatureHash.word("doubt")
    static let or = FeatureHash.word("or")
    static let nor = FeatureHash.word("nor")

    /// Scores a sentence's words.
    func score(_ sentence: SentenceWords) -> Score {
        score(
            words: sentence.words, hashes: sentence.hashes, info: sentence.info, allCaps: sentence.allCaps,
            exclamations: sentence.exclamations, questions: sentence.questions)
    }

    /// Scores lower-cased words given which were written in capitals and the `!`/`?` counts.
    func score(_ words: [String], allCaps: [Bool], exclamations: Int = 0, questions: Int = 0) -> Score {
        let hashes = words.map(FeatureHash.word)
        return score(
            words: words, hashes: hashes, info: hashes.map { table.info(hash: $0) }, allCaps: allCaps,
            exclamations: exclamations, questions: questions)
    }

    func score(
        words: [String], hashes: [UInt64], info: [WordInfo], allCaps: [Bool], exclamations: Int, questions: Int
    ) -> Score {
        let n = words.count
        var valences = [Double](repeating: 0, count: n)
        let capsDiffer = allCaps.contains(true) && allCaps.contains(false)
        var but = -1
        for i in 0..<n {
            if but < 0 && (hashes[i] == Self.but || hashes[i] == Self.however) { but = i }
            guard info[i].flags.contains(.inLexicon) else { continue }
            if info[i].booster != 0 { continue }
            if hashes[i] == Self.kind && i + 1 < n && hashes[i + 1] == Self.of { continue }
            valences[i] = valence(at: i, words, hashes, info, allCaps, capsDiffer)
        }
        if but >= 0 {
            for i in 0..<n where valences[i] != 0 { valences[i] *= i < but ? 0.5 : (i > but ? 1.5 : 1) }
        }
        var sum = valences.reduce(0, +)
        if sum != 0 {
            var emphasis = Double(min(exclamations, 4)) * 0.292
            if questions > 1 { emphasis += questions <= 3 ? Double(questions) * 0.18 : 0.96 }
            sum += sum > 0 ? emphasis : -emphasis
        }
        return Score(valences: valences, compound: Self.normalize(sum))
    }

    /// VADER's normalisation of a summed valence into [-1, 1].
    static func normalize(_ sum: Double, alpha: Double = 15) -> Double {
        guard sum != 0 else { return 0 }
        return max(-1, min(1, sum / (sum * sum + alpha).squareRoot()))
    }

    private func valence(
        at i: Int, _ words: [String], _ hashes: [UInt64], _ info: [WordInfo], _ allCaps: [Bool], _ capsDiffer: Bool
    ) -> Double {
        if neutralTopics && info[i].flags.contains(.topic) { return 0 }
        var valence = Double(info[i].valence)
        // `no` is only negative on its own; it negates the lexicon word after it.
        if hashes[i] == Self.no && i + 1 < words.count && info[i + 1].flags.contains(.inLexicon) { return 0 }
        if (i > 0 && hashes[i - 1] == Self.no) || (i > 1 && hashes[i - 2] == Self.no)
            || (i > 2 && hashes[i - 3] == Self.no && (hashes[i - 1] == Self.or || hashes[i - 1] == Self.nor))
        {
            valence *= VaderLexicon.negationScalar
        }
        if allCaps[i] && capsDiffer { valence += valence > 0 ? VaderLexicon.capsIncrement : -VaderLexicon.capsIncrement }
        for distance in 0..<3 where i > distance {
            let before = i - distance - 1
            guard !info[before].flags.contains(.inLexicon) else { continue }
            var boost = Self.boost(Double(info[before].booster), valence: valence, caps: allCaps[before] && capsDiffer)
            if distance == 1 { boost *= 0.95 } else if distance == 2 { boost *= 0.9 }
            valence += boost
            valence = negationCheck(valence, words, hashes, info, distance, i)
            if distance == 2 && (i - 3...min(i + 2, words.count - 1)).contains(where: { info[$0].flags.contains(.idiomPart) }) {
                valence = idiomCheck(valence, words, i)
            }
        }
        // `least good` is negated, `at least` and `very least` are not.
        if i > 0 && hashes[i - 1] == Self.least && !(i > 1 && (hashes[i - 2] == Self.at || hashes[i - 2] == Self.very)) {
            valence *= VaderLexicon.negationScalar
        }
        return valence
    }

    private static func boost(_ scalar: Double, valence: Double, caps: Bool) -> Double {
        guard scalar != 0 else { return 0 }
        var scalar = scalar
        if valence < 0 { scalar = -scalar }
        if caps { scalar += valence > 0 ? VaderLexicon.capsIncrement : -VaderLexicon.capsIncrement }
        return scalar
    }

    private func isNegation(_ words: [String], _ info: [WordInfo], _ j: Int) -> Bool {
        info[j].flags.contains(.negation) || words[j].hasSuffix("n't")
    }

    private func negationCheck(
        _ valence: Double, _ words: [String], _ hashes: [UInt64], _ info: [WordInfo], _ distance: Int, _ i: Int
    ) -> Double {
        func soThis(_ j: Int) -> Bool { hashes[j] == Self.so || hashes[j] == Self.this }
        switch distance {
        case 0:
            return isNegation(words, info, i - 1) ? valence * VaderLexicon.negationScalar : valence
        case 1:
            if hashes[i - 2] == Self.never && soThis(i - 1) { return valence * 1.25 }
            if hashes[i - 2] == Self.without && hashes[i - 1] == Self.doubt { return valence }
            return isNegation(words, info, i - 2) ? valence * VaderLexicon.negationScalar : valence
        default:
            if hashes[i - 3] == Self.never && (soThis(i - 2) || soThis(i - 1)) { return valence * 1.25 }
            if hashes[i - 3] == Self.without && (hashes[i - 2] == Self.doubt || hashes[i - 1] == Self.doubt) {
                return valence
            }
            return isNegation(words, info, i - 3) ? valence * VaderLexicon.negationScalar : valence
        }
    }

    private func idiomCheck(_ valence: Double, _ words: [String], _ i: Int) -> Double {
        var result = valence
        let pairs = [
            "\(words[i - 1]) \(words[i])", "\(words[i - 2]) \(words[i - 1]) \(words[i])",
            "\(words[i - 2]) \(words[i - 1])", "\(words[i - 3]) \(words[i - 2]) \(words[i - 1])",
            "\(words[i - 3]) \(words[i - 2])",
        ]
        for phrase in pairs { if let idiom = VaderLexicon.idioms[phrase] { result = idiom } }
        if i + 1 < words.count, let idiom = VaderLexicon.idioms["\(words[i]) \(words[i + 1])"] { result = idiom }
        if i + 2 < words.count, let idiom = VaderLexicon.idioms["\(words[i]) \(words[i + 1]) \(words[i + 2])"] {
            result = idiom
        }
        for phrase in pairs.prefix(3) {
            if let boost = VaderLexicon.boosters[phrase] { result += boost }
        }
        return result
    }
}
