import LedeCore

/// The content words of one document as small integer ids, with the sparse, length-normalised
/// term vector of every sentence: the shared representation behind centrality, redundancy and
/// keywords.
struct TermIndex: Sendable {
    /// Term id of every token, or -1 for function words, punctuation and quote marks.
    var termOfToken: [Int32]
    /// Normalised form of each term (lower case, plural `s` stripped).
    var terms: [String]
    /// How often each term occurs in the document.
    var counts: [Int32]
    /// How often each term occurs capitalised away from a sentence start (a name-like use).
    var capitalisedCounts: [Int32]
    /// Token index of each term's first capitalised use away from a sentence start, or -1.
    var firstCapitalised: [Int32]
    /// Term ids by normalised form.
    var ids: [String: Int32]

    init(_ document: Document, stopwords: Set<String>) {
        let tokens = document.tokens
        let scalars = document.scalars
        var ids: [String: Int32] = [:]
        var termOfToken = [Int32](repeating: -1, count: tokens.count)
        var terms: [String] = []
        var counts: [Int32] = []
        var capitalised: [Int32] = []
        var firstCapitalised: [Int32] = []
        for sentence in document.sentences {
            var first = true
            for t in sentence.tokens {
                let token = tokens[t]
                guard token.kind == .word || token.kind == .number else { continue }
                let sentenceInitial = first
                first = false
                guard let word = Self.normalise(scalars, token, stopwords: stopwords, lowercased: document.lowercaseTokens[t])
                else { continue }
                let id: Int32
                if let known = ids[word] {
                    id = known
                } else {
                    id = Int32(terms.count)
                    ids[word] = id
                    terms.append(word)
                    counts.append(0)
                    capitalised.append(0)
                    firstCapitalised.append(-1)
                }
                termOfToken[t] = id
                counts[Int(id)] += 1
                if !sentenceInitial && token.kind == .word && Characters.isUpper(scalars[token.start]) {
                    capitalised[Int(id)] += 1
                    if firstCapitalised[Int(id)] < 0 { firstCapitalised[Int(id)] = Int32(t) }
                }
            }
        }
        self.termOfToken = termOfToken
        self.terms = terms
        self.counts = counts
        self.capitalisedCounts = capitalised
        self.firstCapitalised = firstCapitalised
        self.ids = ids
    }

    /// The unit vector of a text outside the document (its title), over the document's terms.
    func vector(of title: String) -> SparseVector {
        let scalars = Array(title.unicodeScalars)
        let stopwords = Stopwords.shared
        return SparseVector(termIDs: Tokenizer.tokenize(scalars).compactMap { token in
            Self.normalise(scalars, token, stopwords: stopwords).flatMap { ids[$0] }
        })
    }

    /// The unit term vector of a range of tokens.
    func vector(_ tokens: Range<Int>) -> SparseVector {
        SparseVector(termIDs: tokens.lazy.map { termOfToken[$0] }.filter { $0 >= 0 })
    }

    /// The lower-case, plural-stripped form of a word, or nil for a function word.
    /// `lowercased`, when given, is the token's text with ASCII capitals lowered (the document's
    /// ``Document/lowercaseTokens``): the same word, unless the token holds other than ASCII.
    static func normalise(
        _ scalars: [Unicode.Scalar], _ token: Token, stopwords: Set<String>, lowercased: String? = nil
    ) -> String? {
        guard token.length < 40, Characters.isLetter(scalars[token.start]) || Characters.isDigit(scalars[token.start])
        else { return nil }
        var word: String
        let apostrophe = { (v: UInt32) in v == 0x2019 || v == 0x60 || v == 0xB4 || v == 0x2032 }
        var ascii = true
        var foldable = true
        for k in token.start..<token.end where scalars[k].value >= 0x80 {
            ascii = false
            if !apostrophe(scalars[k].value) { foldable = false }
        }
        if ascii, let lowercased {
            word = lowercased
        } else if foldable {
            word = ScalarText.string(scalars, token.start..<token.end, folding: .lowercaseApostrophes)
        } else {
            var view = String.UnicodeScalarView()
            for k in token.start..<token.end {
                let s = scalars[k]
                let v = s.value
                if apostrophe(v) {
                    view.append("'")
                } else if v < 0x80 {
                    view.append(ScalarText.lowercasedASCII(s))
                } else {
                    view.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
                }
            }
            word = String(view)
        }
        if stopwords.contains(word) { return nil }
        if token.kind == .word && word.utf8.count == 1 { return nil }
        // A plural `s` goes, but not from `-ss`, `-us`, `-is` or `'s` (read as bytes: each of
        // those letters is ASCII, and no byte of a longer UTF-8 sequence equals one).
        let bytes = word.utf8
        if bytes.count > 3 && bytes.last == 0x73 {
            let before = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
            if before != 0x73 && before != 0x75 && before != 0x69 && before != 0x27 { word.removeLast() }
        }
        return word
    }
}

/// A sparse term vector: term ids ascending with their weights, unit length (or empty).
struct SparseVector: Sendable, Hashable {
    var ids: [Int32]
    var weights: [Float]

    init(ids: [Int32] = [], weights: [Float] = []) {
        self.ids = ids
        self.weights = weights
    }

    /// Log-scaled term frequencies, normalised.
    init<S: Sequence>(termIDs: S) where S.Element == Int32 {
        let sorted = termIDs.sorted()
        var ids: [Int32] = []
        var weights: [Float] = []
        var k = 0
        while k < sorted.count {
            var j = k + 1
            while j < sorted.count && sorted[j] == sorted[k] { j += 1 }
            ids.append(sorted[k])
            weights.append(1 + Float(j - k - 1).squareRoot() * 0.5)
            k = j
        }
        var norm: Float = 0
        for w in weights { norm += w * w }
        if norm > 0 {
            let scale = 1 / norm.squareRoot()
            for i in weights.indices { weights[i] *= scale }
        }
        self.ids = ids
        self.weights = weights
    }

    var isEmpty: Bool { ids.isEmpty }

    /// Cosine similarity with another unit vector.
    func dot(_ other: SparseVector) -> Float {
        var i = 0
        var j = 0
        var sum: Float = 0
        while i < ids.count && j < other.ids.count {
            let a = ids[i]
            let b = other.ids[j]
            if a == b {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// Dot product with a dense vector indexed by term id.
    func dot(dense: [Float]) -> Float {
        var sum: Float = 0
        for k in ids.indices { sum += weights[k] * dense[Int(ids[k])] }
        return sum
    }

    /// Adds this vector into a dense accumulator.
    func add(into dense: inout [Float]) {
        for k in ids.indices { dense[Int(ids[k])] += weights[k] }
    }
}
