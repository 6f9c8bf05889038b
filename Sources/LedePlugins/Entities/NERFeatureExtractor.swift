import LedeCore

/// The recogniser's features for every token of a document: the one place they are defined, used
/// by `lede-train ner` to learn the weights and by the entities plugin to apply them.
///
/// Per token: word, lower-cased word, shape, affixes, a window of two words and shapes either side,
/// word bigrams, the previous two tags, gazetteer classes of the token and its neighbours, and two
/// document-level signals: how the same word is capitalised elsewhere in the document, and the
/// label last given to it. Sentences without case information (all capitals, all lower case,
/// title-case headlines) read only case-free features, so headlines and lower-cased text share
/// what ordinary text taught the model.
package struct NERFeatureExtractor {
    package let infos: [NERTokenInfo]
    /// Per token: its sentence carries no case information.
    private let caseless: [Bool]
    /// Per token: gazetteer match bits (class `c` begins here: bit `2c`; continues: bit `2c+1`).
    private let gazetteer: [UInt32]
    /// Per token: how its word is capitalised elsewhere in mixed-case text (0 unseen, 1 capitalised
    /// only, 2 lower case only, 3 both).
    private let documentCase: [UInt8]
    /// Label index + 1 last predicted for a lower-cased word in this document.
    private var history: [UInt64: UInt8] = [:]

    enum Template: UInt64 {
        case bias = 1, word, lower, shape, caselessShape, prefix1, prefix2, prefix3, suffix1, suffix2, suffix3,
            suffix4, left1, left2, right1, right2, bigramLeft, bigramRight, shapeLeft, shapeRight, shapeTrigram,
            previous, previousTwo, previousLower, previousShape, gazetteer, gazetteerLeft, gazetteerRight,
            documentCase, history, sentenceStart, mode, capitalisedRun, wordLeft, suffixLeft
    }

    /// Reads a document's tokens, split into sentences (token ranges).
    package init(
        scalars: [Unicode.Scalar], tokens: [Token], sentences: [Range<Int>], gazetteer table: NERGazetteer
    ) {
        let infos = tokens.map { NERTokenInfo(scalars, $0) }
        var caseless = Array(repeating: false, count: tokens.count)
        var gazetteer = Array(repeating: UInt32(0), count: tokens.count)
        var counts: [UInt64: UInt8] = [:]
        for sentence in sentences {
            let isCaseless = Self.isCaseless(infos, sentence)
            for i in sentence { caseless[i] = isCaseless }
            Self.matchGazetteer(infos, sentence, table, into: &gazetteer)
            guard !isCaseless else { continue }
            for i in sentence where i > sentence.lowerBound && infos[i].hasLetter {
                counts[infos[i].lower, default: 0] |= infos[i].isCapitalised ? 1 : 2
            }
        }
        self.infos = infos
        self.caseless = caseless
        self.gazetteer = gazetteer
        self.documentCase = infos.map { $0.hasLetter ? counts[$0.lower] ?? 0 : 0 }
    }

    /// All capitals, all lower case, or a title-case line of four words or more without a full stop.
    static func isCaseless(_ infos: [NERTokenInfo], _ sentence: Range<Int>) -> Bool {
        var words = 0
        var capitalised = 0
        var allUpper = 0
        for i in sentence where infos[i].hasLetter {
            words += 1
            if infos[i].isCapitalised { capitalised += 1 }
            if infos[i].isAllUpper && infos[i].length > 1 { allUpper += 1 }
        }
        guard words > 0 else { return false }
        if allUpper * 10 >= words * 8 && allUpper >= 2 { return true }
        if capitalised == 0 { return words >= 3 }
        guard words >= 4, capitalised * 10 >= words * 8, let last = sentence.last else { return false }
        return infos[last].hasLetter
    }

    static func matchGazetteer(
        _ infos: [NERTokenInfo], _ sentence: Range<Int>, _ table: NERGazetteer, into bits: inout [UInt32]
    ) {
        for start in sentence where infos[start].hasLetter {
            var key = NERGazetteer.emptyKey
            var end = start
            while end < sentence.upperBound && end - start < NERGazetteer.maximumLength {
                var next = NERGazetteer.extend(key, with: infos[end].lower)
                var classes = table.lookup(next)
                // `Inês` is in the lists as `Ines`.
                if classes.isEmpty && infos[end].folded != infos[end].lower {
                    next = NERGazetteer.extend(key, with: infos[end].folded)
                    classes = table.lookup(next)
                }
                key = next
                if classes.isEmpty { break }
                let found = UInt32(classes.rawValue & ~NERGazetteer.Classes.prefix.rawValue)
                if found != 0 {
                    for c in 0..<NERGazetteer.Classes.featureBits where found & (1 << c) != 0 {
                        bits[start] |= 1 << (2 * c)
                        for k in (start + 1)..<(end + 1) { bits[k] |= 1 << (2 * c + 1) }
                    }
                }
                end += 1
                if !classes.contains(.prefix) { break }
            }
        }
    }

    private static let start = NERHash.string("<s>")
    private static let stop = NERHash.string("</s>")

    @inline(__always)
    private func shape(_ i: Int) -> UInt64 { caseless[i] ? infos[i].caselessShape : infos[i].shape }

    /// Appends the feature hashes of token `i` in `sentence`, given the two previous tags.
    package func features(
        at i: Int, in sentence: Range<Int>, previous: Int, beforePrevious: Int, into out: inout [UInt64]
    ) {
        let info = infos[i]
        let isCaseless = caseless[i]
        @inline(__always) func add(_ template: Template, _ value: UInt64) {
            out.append(NERHash.mix(template.rawValue, value))
        }
        let hasLeft = i > sentence.lowerBound
        let hasLeft2 = i - 1 > sentence.lowerBound
        let hasRight = i + 1 < sentence.upperBound
        let hasRight2 = i + 2 < sentence.upperBound
        let left1 = hasLeft ? infos[i - 1].lower : Self.start
        let right1 = hasRight ? infos[i + 1].lower : Self.stop
        let shapeHere = shape(i)
        let shapeLeft = hasLeft ? shape(i - 1) : Self.start
        let shapeRight = hasRight ? shape(i + 1) : Self.stop
        let mode: UInt64 = isCaseless ? 1 : 0

        add(.bias, 0)
        add(.mode, mode)
        if !isCaseless { add(.word, info.word) }
        add(.lower, info.lower)
        if isCaseless { add(.caselessShape, shapeHere) } else { add(.shape, shapeHere) }
        add(.prefix1, info.prefix1)
        add(.prefix2, info.prefix2)
        add(.prefix3, info.prefix3)
        add(.suffix1, info.suffix1)
        add(.suffix2, info.suffix2)
        add(.suffix3, info.suffix3)
        add(.suffix4, info.suffix4)
        add(.left1, left1)
        add(.left2, hasLeft2 ? infos[i - 2].lower : Self.start)
        add(.right1, right1)
        add(.right2, hasRight2 ? infos[i + 2].lower : Self.stop)
        add(.bigramLeft, NERHash.mix(left1, info.lower))
        add(.bigramRight, NERHash.mix(info.lower, right1))
        add(.shapeLeft, NERHash.mix(shapeLeft, mode))
        add(.shapeRight, NERHash.mix(shapeRight, mode))
        add(.shapeTrigram, NERHash.mix(NERHash.mix(shapeLeft, shapeHere), shapeRight))
        if hasLeft && !isCaseless { add(.wordLeft, infos[i - 1].word) }
        if hasLeft { add(.suffixLeft, infos[i - 1].suffix3) }
        let prev = UInt64(previous)
        add(.previous, prev)
        add(.previousTwo, prev &* 16 &+ UInt64(beforePrevious))
        add(.previousLower, NERHash.mix(prev, info.lower))
        add(.previousShape, NERHash.mix(prev, shapeHere))
        if i == sentence.lowerBound { add(.sentenceStart, shapeHere) }

        let caseState: UInt64 = isCaseless ? 2 : (info.isCapitalised ? 0 : 1)
        var bits = gazetteer[i]
        while bits != 0 {
            let bit = UInt64(bits.trailingZeroBitCount)
            add(.gazetteer, bit &* 4 &+ caseState)
            bits &= bits - 1
        }
        if hasLeft { addClasses(.gazetteerLeft, gazetteer[i - 1], &out) }
        if hasRight { addClasses(.gazetteerRight, gazetteer[i + 1], &out) }

        if info.hasLetter {
            add(.documentCase, UInt64(documentCase[i]) &* 4 &+ caseState)
            if let label = history[info.lower] { add(.history, UInt64(label) &* 4 &+ caseState) }
        }
        if !isCaseless && info.isCapitalised {
            var before = 0
            var k = i - 1
            while k >= sentence.lowerBound && before < 3 && infos[k].isCapitalised {
                before += 1
                k -= 1
            }
            var after = 0
            k = i + 1
            while k < sentence.upperBound && after < 3 && infos[k].isCapitalised {
                after += 1
                k += 1
            }
            add(.capitalisedRun, UInt64(before * 4 + after + (i == sentence.lowerBound ? 16 : 0)))
        }
    }

    @inline(__always)
    private func addClasses(_ template: Template, _ bits: UInt32, _ out: inout [UInt64]) {
        var remaining = bits
        while remaining != 0 {
            let bit = UInt64(remaining.trailingZeroBitCount)
            out.append(NERHash.mix(template.rawValue, bit))
            remaining &= remaining - 1
        }
    }

    /// Remembers the tag chosen for token `i`, for the history feature of later tokens.
    package mutating func record(_ i: Int, tag: Int) {
        guard tag != NERTag.outside else { return }
        history[infos[i].lower] = UInt8(NERTag.label(tag) + 1)
    }
}
