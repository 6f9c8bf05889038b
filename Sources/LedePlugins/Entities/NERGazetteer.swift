import LedeCore

/// Name lists the recogniser consults, as an open-addressing table of phrase fingerprints.
///
/// A phrase is a sequence of lower-cased tokens (`new york`); its key is the mix of its tokens'
/// ``NERTokenInfo/lower`` hashes. Each entry holds class bits; every proper prefix of a longer
/// phrase is stored with ``prefix`` so a longest match can stop early.
package struct NERGazetteer: Sendable {
    /// Class bits of an entry.
    package struct Classes: OptionSet, Sendable, Hashable {
        package let rawValue: UInt16
        package init(rawValue: UInt16) { self.rawValue = rawValue }
        package static let country = Classes(rawValue: 1 << 0)
        package static let city = Classes(rawValue: 1 << 1)
        package static let region = Classes(rawValue: 1 << 2)
        package static let continent = Classes(rawValue: 1 << 3)
        package static let demonym = Classes(rawValue: 1 << 4)
        package static let givenMale = Classes(rawValue: 1 << 5)
        package static let givenFemale = Classes(rawValue: 1 << 6)
        package static let surname = Classes(rawValue: 1 << 7)
        package static let title = Classes(rawValue: 1 << 8)
        package static let organizationWord = Classes(rawValue: 1 << 9)
        /// Names mostly tagged PERSON, ORG, LOC or MISC in the Groningen Meaning Bank.
        package static let lexiconPerson = Classes(rawValue: 1 << 10)
        package static let lexiconOrganization = Classes(rawValue: 1 << 11)
        package static let lexiconLocation = Classes(rawValue: 1 << 12)
        package static let lexiconMiscellaneous = Classes(rawValue: 1 << 13)
        /// The phrase continues into a longer entry.
        package static let prefix = Classes(rawValue: 1 << 15)
        /// Number of class bits used as features (all but `prefix`).
        package static let featureBits = 14
    }

    /// Longest phrase, in tokens.
    package static let maximumLength = 5

    package private(set) var keys: [UInt32]
    package private(set) var classes: [UInt16]
    private let mask: Int

    /// An empty table with room for `1 << log2` entries.
    package init(log2: Int) {
        keys = Array(repeating: 0, count: 1 << log2)
        classes = Array(repeating: 0, count: 1 << log2)
        mask = (1 << log2) - 1
    }

    /// A table read back from its arrays (same length, a power of two).
    package init(keys: [UInt32], classes: [UInt16]) {
        self.keys = keys
        self.classes = classes
        mask = keys.count - 1
    }

    @inline(__always) static func fingerprint(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) | 1 }

    /// The classes stored for a phrase key (empty when absent).
    @inline(__always)
    package func lookup(_ key: UInt64) -> Classes {
        guard mask > 0 else { return [] }
        let print = Self.fingerprint(key)
        var index = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[index]
            if stored == 0 { return [] }
            if stored == print { return Classes(rawValue: classes[index]) }
            index = (index + 1) & mask
        }
    }

    /// Adds classes to a phrase key (training tool only).
    package mutating func insert(_ key: UInt64, _ added: Classes) {
        let print = Self.fingerprint(key)
        var index = Int(truncatingIfNeeded: key) & mask
        while keys[index] != 0 && keys[index] != print { index = (index + 1) & mask }
        keys[index] = print
        classes[index] |= added.rawValue
    }

    /// Number of stored keys.
    package var count: Int { keys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }

    /// The key of a phrase given its tokens' lower-case hashes.
    @inline(__always)
    package static func extend(_ key: UInt64, with token: UInt64) -> UInt64 { NERHash.mix(key, token) }
    package static let emptyKey: UInt64 = 0x6761_7A65_7474_6565

    /// The classes of token `t` of `document` read alone, as a one-word phrase.
    package func classes(ofToken t: Int, in document: Document) -> Classes {
        lookup(Self.extend(Self.emptyKey, with: NERTokenInfo(document.scalars, document.tokens[t]).lower))
    }
}
