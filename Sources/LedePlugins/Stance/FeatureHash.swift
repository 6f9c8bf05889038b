/// Stable 64-bit hashes for sparse features (Swift's `Hasher` is seeded per process, so it cannot
/// name features whose weights are saved).
public enum FeatureHash {
    /// FNV-1a over the UTF-8 bytes of `text`.
    @inlinable public static func word(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// SplitMix64 finaliser.
    @inlinable public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A feature key from a template number and up to two parts.
    @inlinable public static func key(_ template: UInt64, _ a: UInt64 = 0, _ b: UInt64 = 0) -> UInt64 {
        mix(mix(template &* 0x100_0000_01b3 ^ a) ^ (b &* 0x9e37_79b9_7f4a_7c15))
    }
}

/// A sparse feature vector: hashed keys and their values.
public struct FeatureVector: Sendable {
    public var keys: [UInt64] = []
    public var values: [Float] = []

    public init() {
        keys.reserveCapacity(256)
        values.reserveCapacity(256)
    }

    @inlinable public mutating func add(_ key: UInt64, _ value: Float = 1) {
        keys.append(key)
        values.append(value)
    }

    public var count: Int { keys.count }
}
