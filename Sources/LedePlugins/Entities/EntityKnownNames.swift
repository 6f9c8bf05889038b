import LedeCore

/// Names lede knows without being told: the companies of the main stock indices and their key
/// people, and the people and organisations the news names without introduction
/// (`known-names.tsv`, built by `scripts/resources/build-known-names.py`; sources in NOTICE.md).
///
/// The recogniser learnt from news of 1996 and the 2000s, so `Apple sued Samsung` and `Trump
/// praised Starmer` are beyond what its features can tell. After it has run, a known name:
/// - that it missed is added, if the capitalised words there are exactly the name (a title before
///   it may stand: `President Trump`);
/// - that it labelled otherwise takes the known label: a known person is a person wherever the
///   recogniser put it; a known organisation overrides a person (`Samsung`), not a place, nor
///   another name unless the written list gives it (`Nasdaq` the market is MISC, the company ORG;
///   `OpenAI` is only a company).
/// A one-word name that is also an ordinary word (`Apple`, `Trump`) is taken only where it is
/// used as a name: before a verb or `'s`, after a title, or where the recogniser found it. In a
/// line in capitals (`APPLE SUES SAMSUNG`) names are matched whatever their case.
package struct KnownNames: Sendable {
    package struct Entry: Sendable, Equatable {
        package var label: Int
        /// The lower-case form is an ordinary English word.
        package var ambiguous: Bool
        /// From the written list of well-known names, not a stock index's records.
        package var written: Bool = false
    }

    /// Keyed by a hash of the name's tokens' text (``hash(_:_:)``, tokens joined by U+0001).
    let entries: [UInt64: Entry]
    /// The longest name, in tokens, by the hash of its first token.
    let longest: [UInt64: Int]

    package static let resourceName = "known-names.tsv"
    package static let shared = KnownNames(tsv: ResourceStore.text(resourceName) ?? "")

    /// Reads `name<TAB>label<TAB>flags` lines; `#` lines are comments. Bad lines are skipped.
    package init(tsv: String) {
        var entries: [UInt64: Entry] = [:]
        var longest: [UInt64: Int] = [:]
        entries.reserveCapacity(8192)
        for line in tsv.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count >= 2, let labelText = String(fields[1]),
                let label = NERTag.labels.firstIndex(where: { $0.rawValue == labelText }),
                let name = String(fields[0])
            else { continue }
            let scalars = Array(name.unicodeScalars)
            // ASCII letters and spaces alone (most names) split at the spaces; others as the tokenizer does.
            let ranges: [Range<Int>]
            if scalars.allSatisfy({ $0 == " " || ($0.value | 0x20 >= 0x61 && $0.value | 0x20 <= 0x7A) }) {
                ranges = scalars.split(separator: " ").map { $0.startIndex..<$0.endIndex }
            } else {
                ranges = Tokenizer.tokenize(scalars).map { $0.start..<$0.end }
            }
            guard let first = ranges.first else { continue }
            var key = Self.seed
            for (k, range) in ranges.enumerated() { key = Self.hash(k == 0 ? key : Self.mix(key, 1), scalars[range]) }
            let flags = fields.count > 2 ? String(fields[2]) ?? "" : ""
            entries[key] = Entry(label: label, ambiguous: flags.contains("a"), written: flags.contains("w"))
            let head = Self.hash(Self.seed, scalars[first])
            longest[head] = max(longest[head] ?? 0, ranges.count)
        }
        self.entries = entries
        self.longest = longest
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func mix(_ h: UInt64, _ value: UInt32) -> UInt64 { (h ^ UInt64(value)) &* 0x0000_0100_0000_01b3 }

    /// FNV-1a over a token's scalars, ASCII letters folded to lower case (`APPLE` in a headline
    /// in capitals is `Apple`).
    @inline(__always)
    static func hash(_ h: UInt64, _ scalars: some Collection<Unicode.Scalar>) -> UInt64 {
        var h = h
        for scalar in scalars {
            let v = scalar.value
            h = mix(h, v >= 0x41 && v <= 0x5A ? v | 0x20 : v)
        }
        return h
    }

    package var isEmpty: Bool { entries.isEmpty }

    /// The known name that starts at token `t`, longest first, within `sentence`.
    func match(at t: Int, in sentence: Range<Int>, document: Document) -> (tokens: Range<Int>, entry: Entry)? {
        func text(_ i: Int) -> ArraySlice<Unicode.Scalar> { document.scalars[document.tokens[i].start..<document.tokens[i].end] }
        var key = Self.hash(Self.seed, text(t))
        guard let most = longest[key] else { return nil }
        var found: (tokens: Range<Int>, entry: Entry)?
        var end = t + 1
        while true {
            if let entry = entries[key] { found = (t..<end, entry) }
            guard end < sentence.upperBound && end - t < most else { break }
            key = Self.hash(Self.mix(key, 1), text(end))
            end += 1
        }
        return found
    }

    /// `found` with the known names added and relabelled, in token order.
    package func apply(
        _ found: [(tokens: Range<Int>, label: Int)], document: Document, words: [String], sentences: [Range<Int>]
    ) -> [(tokens: Range<Int>, label: Int)] {
        guard !entries.isEmpty else { return found }
        var spans = found
        var owner = [Int](repeating: -1, count: words.count)
        for (s, span) in spans.enumerated() { for t in span.tokens where t < owner.count { owner[t] = s } }
        let person = NERTag.index(of: .person)
        let misc = NERTag.index(of: .miscellaneous)
        func isCapitalisedWord(_ t: Int) -> Bool {
            t >= 0 && t < words.count && document.tokens[t].kind == .word
                && Characters.isUpper(document.scalars[document.tokens[t].start])
        }
        // Missed names, and whether the text there shows a name; an ambiguous name shown once is
        // the name everywhere in the document (`Apple sued Samsung. Samsung criticised Apple.`).
        var missed: [(tokens: Range<Int>, entry: Entry, shown: Bool)] = []
        // The label each name was shown with: the recogniser's where it found the name.
        var shown: [[String]: Int] = [:]
        for sentence in sentences {
            // A line in capitals (`APPLE SUES SAMSUNG`) shows no name by its case.
            let capitals = Self.isAllCapitals(document, sentence)
            var t = sentence.lowerBound
            while t < sentence.upperBound {
                guard isCapitalisedWord(t), let (tokens, entry) = match(at: t, in: sentence, document: document) else {
                    t += 1
                    continue
                }
                defer { t = tokens.upperBound }
                let owners = Set(tokens.map { owner[$0] })
                if owners == [-1], capitals {
                    if !entry.ambiguous || Self.usedAsName(after: tokens.upperBound, words: words, sentence: sentence) {
                        if shown[Array(words[tokens])] == nil { shown[Array(words[tokens])] = entry.label }
                        missed.append((tokens, entry, true))
                    }
                    continue
                }
                if owners == [-1] {
                    // The capitalised run must be the name, give or take a title before it.
                    let before = tokens.lowerBound - 1
                    let titled = before >= sentence.lowerBound
                        && (Lexicon.roleHeads.contains(words[before]) || EntityVocabulary.honorifics[words[before]] != nil)
                    guard !isCapitalisedWord(tokens.upperBound),
                        titled || before < sentence.lowerBound || !isCapitalisedWord(before)
                    else { continue }
                    let isShown = !entry.ambiguous || titled || Self.usedAsName(after: tokens.upperBound, words: words, sentence: sentence)
                    if isShown, shown[Array(words[tokens])] == nil { shown[Array(words[tokens])] = entry.label }
                    missed.append((tokens, entry, isShown))
                } else if owners.count == 1, let s = owners.first, spans[s].tokens == tokens {
                    if !entry.ambiguous, spans[s].label != entry.label,
                        entry.label == person || spans[s].label == person || (entry.written && spans[s].label == misc)
                    {
                        spans[s].label = entry.label
                    }
                    shown[Array(words[tokens])] = spans[s].label
                }
            }
        }
        let added = missed.compactMap { name -> (tokens: Range<Int>, label: Int)? in
            if let label = shown[Array(words[name.tokens])] { return (name.tokens, name.shown ? name.entry.label : label) }
            return nil
        }
        guard !added.isEmpty else { return spans }
        return (spans + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Whether every word of the sentence is in capitals, and it has two words or more.
    static func isAllCapitals(_ document: Document, _ sentence: Range<Int>) -> Bool {
        var words = 0
        for t in sentence where document.tokens[t].kind == .word {
            let token = document.tokens[t]
            if document.scalars[token.start..<token.end].contains(where: { $0.properties.isLowercase }) { return false }
            words += 1
        }
        return words >= 2
    }

    /// Whether the word after a name shows it is used as one: a verb of speech or attitude, `'s`,
    /// or an auxiliary (`Apple sued`, `Trump praised`, `Amazon's`, `Apple has`).
    static func usedAsName(after t: Int, words: [String], sentence: Range<Int>) -> Bool {
        guard t < sentence.upperBound else { return false }
        let next = words[t]
        return next == "'s" || next == "’s" || Lexicon.speechCues.contains(next) || AttitudeLexicon.verbs[next] != nil
            || Lexicon.nameAuxiliaries.contains(next) || Lexicon.nameVerbs.contains(next)
    }
}
