import LedeCore

/// The words of one sentence as stance analysis reads them: lower-cased (curly apostrophes
/// straightened), with their capitals, their document token index, and whether each stands inside
/// quotation marks.
public struct SentenceWords: Sendable {
    public var words: [String]
    /// ``FeatureHash/word(_:)`` of each word.
    public var hashes: [UInt64]
    /// The lexicon entry of each word.
    public var info: [WordInfo]
    public var allCaps: [Bool]
    public var capitalized: [Bool]
    /// Index in ``Document/tokens`` of each word.
    public var tokenIndex: [Int]
    /// Whether each word sits between an odd number of double quotation marks of the sentence.
    public var quoted: [Bool]
    /// Whether a clause boundary (`,` `;` `:` dash, bracket) comes right before each word.
    public var breakBefore: [Bool]
    public var exclamations: Int
    public var questions: Int
    public var hasQuoteMarks: Bool

    /// The words of the tokens `range` of `document`.
    public init(_ document: Document, tokens range: Range<Int>) {
        let clamped = range.clamped(to: 0..<document.tokens.count)
        words = []
        hashes = []
        info = []
        allCaps = []
        capitalized = []
        tokenIndex = []
        quoted = []
        breakBefore = []
        exclamations = 0
        questions = 0
        hasQuoteMarks = false
        words.reserveCapacity(clamped.count)
        hashes.reserveCapacity(clamped.count)
        info.reserveCapacity(clamped.count)
        let table = StanceWordTable.shared
        var inside = false
        var pendingBreak = false
        for index in clamped {
            let token = document.tokens[index]
            switch token.kind {
            case .word, .number:
                let (lower, caps, capital) = Self.fold(document.scalars, token.span, lowercased: document.lowercaseTokens[index])
                words.append(lower)
                let hash = FeatureHash.word(lower)
                hashes.append(hash)
                info.append(table.info(hash: hash))
                allCaps.append(caps)
                capitalized.append(capital)
                tokenIndex.append(index)
                quoted.append(inside)
                breakBefore.append(pendingBreak)
                pendingBreak = false
            case .quote:
                let mark = document.scalars[token.start].value
                // Straight and curly double marks and guillemets; single marks are too often apostrophes.
                if mark == 0x22 || mark == 0x201C || mark == 0x201D || mark == 0x201E || mark == 0xAB || mark == 0xBB {
                    inside.toggle()
                    hasQuoteMarks = true
                }
                pendingBreak = true
            case .punctuation:
                let first = document.scalars[token.start]
                if first == "!" { exclamations += token.length }
                if first == "?" { questions += token.length }
                if first == "," || first == ";" || first == ":" || first == "(" || first == ")" || first == "—"
                    || first == "–" || (first == "-" && token.length > 1)
                {
                    pendingBreak = true
                }
            }
        }
    }

    public var count: Int { words.count }

    /// Lower-cases a token, straightening `’`, and reports whether it was all capitals (VADER's
    /// emphasis: at least two letters) and whether it starts with a capital.
    /// `lowercased`, when given, is the token's text with ASCII capitals lowered: the folded word
    /// when the token is ASCII.
    static func fold(_ scalars: [Unicode.Scalar], _ span: TextSpan, lowercased: String? = nil) -> (String, Bool, Bool) {
        var upper = 0
        var lower = 0
        var capital = false
        var ascii = true
        var plain = true
        let end = min(span.end, scalars.count)
        for i in span.start..<end {
            let scalar = scalars[i]
            if Characters.isUpper(scalar) {
                upper += 1
                if i == span.start { capital = true }
            } else if Characters.isLower(scalar) {
                lower += 1
            }
            if scalar.value >= 0x80 {
                plain = false
                if scalar.value != 0x2019 && scalar.value != 0x2018 { ascii = false }
            }
        }
        let folded: String
        if plain, let lowercased {
            folded = lowercased
        } else if ascii {
            folded = ScalarText.string(scalars, span.start..<end, folding: .lowercaseQuotes)
        } else {
            var view = String.UnicodeScalarView()
            for i in span.start..<end {
                let scalar = scalars[i]
                if scalar.value == 0x2019 || scalar.value == 0x2018 {
                    view.append("'")
                } else if scalar.value < 0x80 {
                    view.append(ScalarText.lowercasedASCII(scalar))
                } else {
                    view.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                }
            }
            folded = String(view)
        }
        return (folded, upper >= 2 && lower == 0, capital)
    }

    /// The range of word positions whose tokens overlap `span`, or nil when none does.
    public func positions(overlapping span: TextSpan, in document: Document) -> Range<Int>? {
        var first: Int?
        var last = 0
        for (position, index) in tokenIndex.enumerated() where document.tokens[index].span.overlaps(span) {
            if first == nil { first = position }
            last = position
        }
        guard let start = first else { return nil }
        return start..<(last + 1)
    }
}
