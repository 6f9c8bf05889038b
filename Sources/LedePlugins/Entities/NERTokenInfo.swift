import LedeCore

/// What the recogniser reads from one token's text: hashes of its normalised form, lower-cased
/// form, shape and affixes, and its capitalisation.
///
/// Normalisation makes running text and tokenised text look alike: every quotation mark reads as
/// `"`, curly apostrophes as `'`, dashes as `-`, `…` as `...`, and digits as `0`.
package struct NERTokenInfo: Sendable {
    package var word: UInt64 = 0
    package var lower: UInt64 = 0
    /// The lower-cased form with Latin diacritics removed (`inês` → `ines`), for gazetteer lookups
    /// of names the lists spell without them; equal to `lower` when nothing was removed.
    package var folded: UInt64 = 0
    package var shape: UInt64 = 0
    package var caselessShape: UInt64 = 0
    package var prefix1: UInt64 = 0
    package var prefix2: UInt64 = 0
    package var prefix3: UInt64 = 0
    package var suffix1: UInt64 = 0
    package var suffix2: UInt64 = 0
    package var suffix3: UInt64 = 0
    package var suffix4: UInt64 = 0
    /// The first scalar is an upper-case letter.
    package var isCapitalised = false
    /// The token has letters and none of them is lower case.
    package var isAllUpper = false
    package var hasLetter = false
    package var hasLower = false
    package var length = 0

    package init() {}

    /// Reads a token of `scalars`.
    package init(_ scalars: [Unicode.Scalar], _ token: Token) {
        if token.kind == .quote {
            self.init(normalised: [0x22])
            return
        }
        // Each scalar gives one value, `…` three: the values fit in a buffer on the stack.
        self = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: token.length * 3 + 1) { buffer in
            var n = 0
            var k = token.start
            while k < token.end {
                let value = scalars[k].value
                switch value {
                case 0x30...0x39: buffer[n] = 0x30
                case 0x2019, 0x2018, 0x60, 0xB4, 0x2032, 0x201B: buffer[n] = 0x27
                case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: buffer[n] = 0x2D
                case 0x2026:
                    buffer[n] = 0x2E
                    buffer[n + 1] = 0x2E
                    buffer[n + 2] = 0x2E
                    n += 2
                default:
                    buffer[n] = value >= 0x80 && Characters.isDigit(scalars[k]) ? 0x30 : value
                }
                n += 1
                k += 1
            }
            return NERTokenInfo(reading: UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// The base letter of a Latin-1 or Latin Extended-A letter (`ê` → `e`), else the value itself.
    static func fold(_ value: UInt32) -> UInt32 {
        guard value >= 0xC0 && value < 0x180 else { return value }
        let base = foldTable[Int(value - 0xC0)]
        return base == 0x2E ? value : UInt32(base)
    }

    /// Base letters for U+00C0…U+017F, `.` where there is none (`×`, `÷`, `þ`).
    private static let foldTable: [UInt8] = Array(
        ("aaaaaaaceeeeiiii.nooooo.ouuuuy.saaaaaaaceeeeiiii.nooooo.ouuuuy.yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii"
            + "..jjkk.llllll..llnnnnnn...oooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz.").utf8)

    /// Reads a token from its normalised scalar values.
    package init(normalised: [UInt32]) {
        self = normalised.withUnsafeBufferPointer { NERTokenInfo(reading: $0) }
    }

    private init(reading normalised: UnsafeBufferPointer<UInt32>) {
        self = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(1, normalised.count)) { lowered in
            NERTokenInfo(reading: normalised, lowered: lowered)
        }
    }

    /// `lowered` has room for as many values as `normalised`.
    private init(reading normalised: UnsafeBufferPointer<UInt32>, lowered: UnsafeMutableBufferPointer<UInt32>) {
        length = normalised.count
        var word = NERHash.seed
        var lower = NERHash.seed
        var shape = NERHash.seed
        var caseless = NERHash.seed
        var lastShape: UInt32 = 0
        var lastCaseless: UInt32 = 0
        var upperLetters = 0
        var letters = 0
        for (n, value) in normalised.enumerated() {
            word = NERHash.add(word, value)
            var low = value
            var shapeChar: UInt32
            var caselessChar: UInt32
            if value >= 0x41 && value <= 0x5A {
                low = value + 32
                shapeChar = 0x58  // X
                caselessChar = 0x61
                upperLetters += 1
                letters += 1
            } else if value >= 0x61 && value <= 0x7A {
                shapeChar = 0x78  // x
                caselessChar = 0x61
                letters += 1
            } else if value == 0x30 {
                shapeChar = 0x64  // d
                caselessChar = 0x64
            } else if value < 0x80 {
                shapeChar = value
                caselessChar = value
            } else if let scalar = Unicode.Scalar(value), Characters.isLetter(scalar) {
                letters += 1
                if scalar.properties.isUppercase {
                    upperLetters += 1
                    shapeChar = 0x58
                    low = scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
                } else {
                    shapeChar = 0x78
                }
                caselessChar = 0x61
            } else {
                shapeChar = 0x2A  // * for other symbols
                caselessChar = 0x2A
            }
            if n == 0 { isCapitalised = shapeChar == 0x58 }
            lowered[n] = low
            lower = NERHash.add(lower, low)
            if shapeChar != lastShape {
                shape = NERHash.add(shape, shapeChar)
                lastShape = shapeChar
            }
            if caselessChar != lastCaseless {
                caseless = NERHash.add(caseless, caselessChar)
                lastCaseless = caselessChar
            }
        }
        self.word = word
        self.lower = lower
        let count = normalised.count
        if lowered[0..<count].contains(where: { $0 >= 0xC0 }) {
            var folded = NERHash.seed
            for value in lowered[0..<count] { folded = NERHash.add(folded, Self.fold(value)) }
            self.folded = folded
        } else {
            folded = lower
        }
        self.shape = shape
        self.caselessShape = caseless
        hasLetter = letters > 0
        hasLower = letters > upperLetters
        isAllUpper = letters > 0 && upperLetters == letters
        func prefix(_ n: Int) -> UInt64 {
            var h = NERHash.seed ^ UInt64(n)
            for v in lowered[0..<min(n, count)] { h = NERHash.add(h, v) }
            return h
        }
        func suffix(_ n: Int) -> UInt64 {
            var h = NERHash.seed ^ UInt64(n + 8)
            for v in lowered[max(0, count - n)..<count] { h = NERHash.add(h, v) }
            return h
        }
        prefix1 = prefix(1)
        prefix2 = prefix(2)
        prefix3 = prefix(3)
        suffix1 = suffix(1)
        suffix2 = suffix(2)
        suffix3 = suffix(3)
        suffix4 = suffix(4)
    }

    /// The lower-case hash of a word as the gazetteer builder and the tokenizer see it.
    package static func lowerHash(of text: String) -> UInt64 {
        let scalars = Array(text.unicodeScalars)
        let token = Token(span: TextSpan(0, scalars.count), kind: .word)
        return NERTokenInfo(scalars, token).lower
    }
}
