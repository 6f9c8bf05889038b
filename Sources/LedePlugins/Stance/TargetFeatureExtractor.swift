import LedeCore

/// Turns a sentence and a target mention into the sparse features of the target-polarity model.
///
/// The same code runs in `lede-train stance` and at analysis time, so trained weights reproduce.
/// Features are target-relative: words are seen with their side of and distance to the target
/// (the target's own words are masked), VADER valences are summed per side and per clause, and
/// attitudinal frames record whether the target is the agent or the theme of a stance verb.
public struct TargetFeatureExtractor: Sendable {
    let scorer: VaderScorer

    public init() {
        scorer = VaderScorer(neutralTopics: true)
    }

    enum Template: UInt64 {
        case bias = 1, word, bigram, left, right, leftNear, rightNear, leftWindow, rightWindow
        case compound = 20, compoundBucket, leftValence, rightValence, nearestPolar, nearestPolarWord
        case positiveSum, negativeSum, clauseValence, clauseBucket, polarWordSide, negatedNear
        case targetQuoted = 40, sentenceQuoted, outsideQuote, speakerCue, targetPronoun, targetFirst
        case frameTheme = 50, frameAgent, nounFrame, topicWord, targetPossessive, targetWordCount
        case clauseWord = 60, stem, clauseStem
    }

    static let boundaryHash = FeatureHash.word("<,>")
    static let targetHash = FeatureHash.word("<t>")
    static let startHash = FeatureHash.word("<s>")
    static let endHash = FeatureHash.word("</s>")
    static let topicHash = FeatureHash.word("<topic>")

    /// The features of `sentence` toward the words at `target` (positions in the sentence).
    public func features(_ sentence: SentenceWords, target: Range<Int>) -> FeatureVector {
        var vector = FeatureVector()
        let n = sentence.count
        let target = target.clamped(to: 0..<n)
        vector.add(FeatureHash.key(Template.bias.rawValue))
        var hashes = sentence.hashes
        for i in 0..<n where sentence.info[i].flags.contains(.topic) { hashes[i] = Self.topicHash }

        // Bag of words and target-masked bigrams.
        var sequence: [UInt64] = [Self.startHash]
        var position = 0
        while position < n {
            if sentence.breakBefore[position] { sequence.append(Self.boundaryHash) }
            if target.contains(position) {
                sequence.append(Self.targetHash)
                position = target.upperBound
                continue
            }
            // Topic words (`war`, `killed`) describe the story: no feature of their own.
            if hashes[position] != Self.topicHash {
                vector.add(FeatureHash.key(Template.word.rawValue, hashes[position]))
                sequence.append(hashes[position])
            }
            position += 1
        }
        sequence.append(Self.endHash)
        for i in 0..<(sequence.count - 1) {
            vector.add(FeatureHash.key(Template.bigram.rawValue, sequence[i], sequence[i + 1]))
        }

        // Words by side and distance.
        for distance in 1...8 {
            let left = target.lowerBound - distance
            let right = target.upperBound + distance - 1
            if left >= 0 && hashes[left] == Self.topicHash {
                // skipped: a topic word
            } else if left >= 0 {
                if distance <= 3 { vector.add(FeatureHash.key(Template.left.rawValue, hashes[left], UInt64(distance))) }
                vector.add(FeatureHash.key(distance <= 4 ? Template.leftNear.rawValue : Template.leftWindow.rawValue, hashes[left]))
            } else if left == -1 {
                vector.add(FeatureHash.key(Template.left.rawValue, Self.startHash, UInt64(distance)))
            }
            if right < n && hashes[right] == Self.topicHash {
                // skipped: a topic word
            } else if right < n {
                if distance <= 3 { vector.add(FeatureHash.key(Template.right.rawValue, hashes[right], UInt64(distance))) }
                vector.add(FeatureHash.key(distance <= 4 ? Template.rightNear.rawValue : Template.rightWindow.rawValue, hashes[right]))
            } else if right == n {
                vector.add(FeatureHash.key(Template.right.rawValue, Self.endHash, UInt64(distance)))
            }
        }

        addValenceFeatures(sentence, target: target, into: &vector)
        addStructureFeatures(sentence, target: target, into: &vector)
        return vector
    }

    private func addValenceFeatures(_ sentence: SentenceWords, target: Range<Int>, into vector: inout FeatureVector) {
        let n = sentence.count
        let score = scorer.score(sentence)
        vector.add(FeatureHash.key(Template.compound.rawValue), Float(score.compound))
        vector.add(FeatureHash.key(Template.compoundBucket.rawValue, Self.bucket(score.compound)))
        var left = 0.0
        var right = 0.0
        var positive = 0.0
        var negative = 0.0
        var nearest: (distance: Int, position: Int)?
        for (position, valence) in score.valences.enumerated() where valence != 0 && !target.contains(position) {
            if valence > 0 { positive += valence } else { negative += valence }
            let distance = position < target.lowerBound ? target.lowerBound - position : position - target.upperBound + 1
            let weight = 1 / Double(1 + distance / 3)
            if position < target.lowerBound { left += valence * weight } else { right += valence * weight }
            if nearest == nil || distance < nearest?.distance ?? Int.max { nearest = (distance, position) }
            let side: UInt64 = position < target.lowerBound ? 1 : 2
            vector.add(FeatureHash.key(Template.polarWordSide.rawValue, side, valence > 0 ? 1 : 2))
        }
        vector.add(FeatureHash.key(Template.leftValence.rawValue), Float(left / 4))
        vector.add(FeatureHash.key(Template.rightValence.rawValue), Float(right / 4))
        vector.add(FeatureHash.key(Template.positiveSum.rawValue), Float(positive / 4))
        vector.add(FeatureHash.key(Template.negativeSum.rawValue), Float(negative / 4))
        if let nearest {
            let sign: UInt64 = score.valences[nearest.position] > 0 ? 1 : 2
            let bucket: UInt64 = nearest.distance <= 2 ? 1 : (nearest.distance <= 5 ? 2 : 3)
            vector.add(FeatureHash.key(Template.nearestPolar.rawValue, sign, bucket))
            vector.add(FeatureHash.key(Template.nearestPolarWord.rawValue, FeatureHash.word(sentence.words[nearest.position])))
        }
        // The clause holding the target: from the break before it to the break after it.
        var start = target.lowerBound
        while start > 0 && !sentence.breakBefore[start] && !sentence.info[start - 1].flags.contains(.clauseBreaker) {
            start -= 1
        }
        var end = target.upperBound
        while end < n && !sentence.breakBefore[end] && !sentence.info[end].flags.contains(.clauseBreaker) {
            end += 1
        }
        // Words of the target's own clause, and stems of every word (sparse data: `criticised`,
        // `criticises` and `criticism` share `critic`).
        var clause = 0.0
        if start < end {
            for position in start..<end where !target.contains(position) && !sentence.info[position].flags.contains(.topic) {
                let stem = Self.stemHash(sentence.words[position])
                vector.add(FeatureHash.key(Template.clauseWord.rawValue, sentence.hashes[position]))
                vector.add(FeatureHash.key(Template.clauseStem.rawValue, stem))
            }
        }
        for position in 0..<n where !target.contains(position) && !sentence.info[position].flags.contains(.topic) {
            vector.add(FeatureHash.key(Template.stem.rawValue, Self.stemHash(sentence.words[position])))
        }
        if start < end { for position in start..<end where !target.contains(position) { clause += score.valences[position] } }
        vector.add(FeatureHash.key(Template.clauseValence.rawValue), Float(clause / 4))
        vector.add(FeatureHash.key(Template.clauseBucket.rawValue, Self.bucket(VaderScorer.normalize(clause))))
    }

    private func addStructureFeatures(_ sentence: SentenceWords, target: Range<Int>, into vector: inout FeatureVector) {
        let n = sentence.count
        let words = sentence.words
        guard !target.isEmpty else { return }
        let first = target.lowerBound
        let last = target.upperBound - 1
        if sentence.quoted[first] { vector.add(FeatureHash.key(Template.targetQuoted.rawValue)) }
        if sentence.hasQuoteMarks {
            vector.add(FeatureHash.key(Template.sentenceQuoted.rawValue))
            if !sentence.quoted[first] { vector.add(FeatureHash.key(Template.outsideQuote.rawValue)) }
        }
        let after = last + 1 < n ? words[last + 1] : ""
        if (last + 1 < n && sentence.info[last + 1].flags.contains(.speech))
            || (first > 0 && sentence.info[first - 1].flags.contains(.speech))
        {
            vector.add(FeatureHash.key(Template.speakerCue.rawValue, sentence.hasQuoteMarks ? 1 : 2))
        }
        if target.count == 1 && Lexicon.targetPronouns.contains(words[first]) {
            vector.add(FeatureHash.key(Template.targetPronoun.rawValue, FeatureHash.word(words[first])))
        }
        if first == 0 { vector.add(FeatureHash.key(Template.targetFirst.rawValue)) }
        if after == "'s" { vector.add(FeatureHash.key(Template.targetPossessive.rawValue)) }
        vector.add(FeatureHash.key(Template.targetWordCount.rawValue, UInt64(min(target.count, 4))))

        // Attitudinal frames: the target as theme after a stance verb, or as its agent before it.
        for position in 0..<n where !target.contains(position) {
            let info = sentence.info[position]
            if info.verb != 0 {
                let polarity = Int(info.verb)
                let sign: UInt64 = polarity > 0 ? 1 : 2
                if position < first && first - position <= 4 && !Self.hasBreak(sentence, position + 1, first) {
                    vector.add(FeatureHash.key(Template.frameTheme.rawValue, sign))
                } else if position > last && position - last <= 4 && !Self.hasBreak(sentence, last + 1, position) {
                    let passive = position > 0 && Lexicon.beForms.contains(words[position - 1])
                    vector.add(FeatureHash.key(Template.frameAgent.rawValue, sign, passive ? 1 : 2))
                }
            }
            if info.noun != 0, position < first, first - position <= 3,
                position + 1 < n, Lexicon.targetLinks.contains(words[position + 1])
            {
                vector.add(FeatureHash.key(Template.nounFrame.rawValue, info.noun > 0 ? 1 : 2))
            }
        }
        // Negation near the target's verb.
        for position in (last + 1)..<min(n, last + 4) where sentence.info[position].flags.contains(.negation) || words[position].hasSuffix("n't") {
            vector.add(FeatureHash.key(Template.negatedNear.rawValue))
            break
        }
    }

    static func hasBreak(_ sentence: SentenceWords, _ from: Int, _ to: Int) -> Bool {
        guard from <= to else { return false }
        for position in from..<min(to + 1, sentence.count) where sentence.breakBefore[position] { return true }
        return false
    }

    /// A crude stem: the word's first six letters (English inflection and derivation mostly live
    /// past them), hashed.
    static func stemHash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var count = 0
        for byte in word.utf8 {
            if count == 6 { break }
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
            count += 1
        }
        return hash ^ 0x5354_454d
    }

    static func bucket(_ compound: Double) -> UInt64 {
        switch compound {
        case ..<(-0.6): return 1
        case ..<(-0.2): return 2
        case ..<(-0.05): return 3
        case ...0.05: return 4
        case ...0.2: return 5
        case ...0.6: return 6
        default: return 7
        }
    }
}
