/// VADER's rule-based sentence scorer, reimplemented over lede's tokens: lexicon valence with
/// negation (`not good`), boosters (`very good`, `slightly bad`), ALL-CAPS emphasis, `least`,
/// `never so`, idioms, the `but` contrast (before ×0.5, after ×1.5) and `!`/`?` emphasis.
struct VaderScorer: Sendable {
    struct Score: Sendable, Equatable {
        /// The valence each word carries after the rules, aligned with the input words.
        var valences: [Double]
        /// Normalised sum in [-1, 1] (VADER's compound).
        var compound: Double
    }

    let lexicon: VaderLexicon
    /// Words that describe the story rather than a stance (`war`, `killed`): scored 0.
    let neutralWords: Set<String>

    init(lexicon: VaderLexicon = .shared, neutralWords: Set<String> = []) {
        self.lexicon = lexicon
        self.neutralWords = neutralWords
    }

    /// Scores one sentence given its lower-cased words (punctuation removed), which of them were
    /// written in capitals, and its `!` and `?` counts.
    func score(_ words: [String], allCaps: [Bool], exclamations: Int = 0, questions: Int = 0) -> Score {
        let n = words.count
        var valences = [Double](repeating: 0, count: n)
        let capsDiffer = allCaps.contains(true) && allCaps.contains(false)
        for i in 0..<n {
            let word = words[i]
            if VaderLexicon.boosters[word] != nil { continue }
            if word == "kind" && i + 1 < n && words[i + 1] == "of" { continue }
            valences[i] = valence(at: i, words, allCaps, capsDiffer)
        }
        if let but = words.firstIndex(where: { $0 == "but" || $0 == "however" }) {
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

    private func valence(at i: Int, _ words: [String], _ allCaps: [Bool], _ capsDiffer: Bool) -> Double {
        let word = words[i]
        guard !neutralWords.contains(word), var valence = lexicon.valence[word] else { return 0 }
        // `no` is only negative on its own; it negates the lexicon word after it.
        if word == "no" && i + 1 < words.count && lexicon.contains(words[i + 1]) { return 0 }
        if (i > 0 && words[i - 1] == "no") || (i > 1 && words[i - 2] == "no")
            || (i > 2 && words[i - 3] == "no" && (words[i - 1] == "or" || words[i - 1] == "nor"))
        {
            valence *= VaderLexicon.negationScalar
        }
        if allCaps[i] && capsDiffer { valence += valence > 0 ? VaderLexicon.capsIncrement : -VaderLexicon.capsIncrement }
        for distance in 0..<3 where i > distance {
            let before = words[i - distance - 1]
            guard !lexicon.contains(before) else { continue }
            var boost = Self.boost(before, valence: valence, caps: allCaps[i - distance - 1] && capsDiffer)
            if distance == 1 { boost *= 0.95 } else if distance == 2 { boost *= 0.9 }
            valence += boost
            valence = Self.negationCheck(valence, words, distance, i)
            if distance == 2 { valence = idiomCheck(valence, words, i) }
        }
        // `least good` is negated, `at least` and `very least` are not.
        if i > 0 && words[i - 1] == "least" && !(i > 1 && (words[i - 2] == "at" || words[i - 2] == "very")) {
            valence *= VaderLexicon.negationScalar
        }
        return valence
    }

    private static func boost(_ word: String, valence: Double, caps: Bool) -> Double {
        guard var scalar = VaderLexicon.boosters[word] else { return 0 }
        if valence < 0 { scalar = -scalar }
        if caps { scalar += valence > 0 ? VaderLexicon.capsIncrement : -VaderLexicon.capsIncrement }
        return scalar
    }

    private static func negationCheck(_ valence: Double, _ words: [String], _ distance: Int, _ i: Int) -> Double {
        let soThis: Set<String> = ["so", "this"]
        switch distance {
        case 0:
            return VaderLexicon.isNegation(words[i - 1]) ? valence * VaderLexicon.negationScalar : valence
        case 1:
            if words[i - 2] == "never" && soThis.contains(words[i - 1]) { return valence * 1.25 }
            if words[i - 2] == "without" && words[i - 1] == "doubt" { return valence }
            return VaderLexicon.isNegation(words[i - 2]) ? valence * VaderLexicon.negationScalar : valence
        default:
            if words[i - 3] == "never" && (soThis.contains(words[i - 2]) || soThis.contains(words[i - 1])) {
                return valence * 1.25
            }
            if words[i - 3] == "without" && (words[i - 2] == "doubt" || words[i - 1] == "doubt") { return valence }
            return VaderLexicon.isNegation(words[i - 3]) ? valence * VaderLexicon.negationScalar : valence
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
