/// The stable 64-bit hashes the recogniser's features and gazetteer are keyed by.
///
/// Swift's `Hasher` is seeded per process, so the model uses its own: FNV-1a over Unicode-scalar
/// values, and a SplitMix64 finaliser to combine hashes. Training and inference share this code, so
/// a feature trained on one machine is found on every other.
package enum NERHash {
    package static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    @usableFromInline static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// Adds one scalar value to an FNV-1a hash.
    @inlinable @inline(__always)
    package static func add(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    }

    /// Combines two hashes (order matters).
    @inlinable @inline(__always)
    package static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ 0x9E37_79B9_7F4A_7C15 &+ (b &* 0xBF58_476D_1CE4_E5B9)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The hash of a string's scalars.
    package static func string(_ text: String) -> UInt64 {
        var hash = seed
        for scalar in text.unicodeScalars { hash = add(hash, scalar.value) }
        return hash
    }
}
