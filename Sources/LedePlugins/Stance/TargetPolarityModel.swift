import Foundation
import LedeCore

/// A polarity: how a text treats a target.
public enum Polarity: String, Sendable, Hashable, CaseIterable, Comparable {
    case negative, neutral, positive

    /// -1, 0 or +1.
    public var sign: Int { self == .negative ? -1 : (self == .positive ? 1 : 0) }

    public init(sign: Double, threshold: Double = 0) {
        self = sign > threshold ? .positive : (sign < -threshold ? .negative : .neutral)
    }

    public static func < (lhs: Polarity, rhs: Polarity) -> Bool { lhs.sign < rhs.sign }
}

/// Multinomial logistic regression over hashed sparse features: the target-polarity model that
/// `lede-train stance` fits and lede ships as `stance-model.bin`.
///
/// File layout (little-endian): magic `LEDESTNC`, version `UInt32` 1, feature count `UInt32`,
/// weight scale `Float32`, then the sorted `UInt32` feature keys, then for each key three `Int16`
/// weights (negative, neutral, positive) to multiply by the scale.
public struct TargetPolarityModel: Sendable {
    /// The class order of the weights.
    public static let classes: [Polarity] = [.negative, .neutral, .positive]
    static let magic = Array("LEDESTNC".utf8)

    let rows: FeatureRowTable
    let weights: [Float]

    /// The shipped model, or nil when the resource is missing or unreadable.
    public static let shared: TargetPolarityModel? = ResourceStore.data("stance-model.bin").flatMap { TargetPolarityModel(data: $0) }

    /// The 32-bit key a 64-bit feature hash is stored under.
    @inlinable public static func storedKey(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key ^ (key >> 32)) }

    /// A model from keys and one row of class weights per key.
    public init(keys: [UInt32], weights: [[Float]]) {
        var rows: [UInt32: Int] = [:]
        var flat: [Float] = []
        for (key, row) in zip(keys, weights) where rows[key] == nil {
            rows[key] = flat.count / 3
            flat.append(contentsOf: row.prefix(3))
            for _ in row.count..<3 { flat.append(0) }
        }
        self.rows = FeatureRowTable(rows)
        self.weights = flat
    }

    /// Reads the binary format; nil when the bytes are not a model.
    public init?(data: Data) {
        let bytes = [UInt8](data)
        guard bytes.count >= 20, Array(bytes[0..<8]) == Self.magic, Self.uint32(bytes, 8) == 1 else { return nil }
        let count = Int(Self.uint32(bytes, 12))
        let scale = Float(bitPattern: Self.uint32(bytes, 16))
        guard bytes.count == 20 + count * 4 + count * 6 else { return nil }
        var rows: [UInt32: Int] = [:]
        rows.reserveCapacity(count)
        var weights = [Float](repeating: 0, count: count * 3)
        let base = 20 + count * 4
        for row in 0..<count {
            rows[Self.uint32(bytes, 20 + row * 4)] = row
            for k in 0..<3 {
                let offset = base + (row * 3 + k) * 2
                let raw = Int16(bitPattern: UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8)
                weights[row * 3 + k] = Float(raw) * scale
            }
        }
        self.rows = FeatureRowTable(rows)
        self.weights = weights
    }

    /// The binary form of `keys` (any order) and their class weights.
    public static func encode(keys: [UInt32], weights: [[Float]]) -> Data {
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        let largest = weights.flatMap { $0 }.map { abs($0) }.max() ?? 1
        let scale = max(largest, 1e-6) / 32_000
        var bytes = magic
        func put(_ value: UInt32) { for shift in [0, 8, 16, 24] { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) } }
        put(1)
        put(UInt32(keys.count))
        put(scale.bitPattern)
        for index in order { put(keys[index]) }
        for index in order {
            for k in 0..<3 {
                let value = k < weights[index].count ? weights[index][k] : 0
                let quantized = Int16(max(-32_767, min(32_767, (value / scale).rounded())))
                let raw = UInt16(bitPattern: quantized)
                bytes.append(UInt8(raw & 0xFF))
                bytes.append(UInt8(raw >> 8))
            }
        }
        return Data(bytes)
    }

    public var featureCount: Int { rows.count }

    /// Class scores (negative, neutral, positive) before the softmax.
    public func scores(_ vector: FeatureVector) -> [Double] {
        var scores = [0.0, 0.0, 0.0]
        for (key, value) in zip(vector.keys, vector.values) {
            let row = rows.row(Self.storedKey(key))
            guard row >= 0 else { continue }
            let v = Double(value)
            scores[0] += Double(weights[row * 3]) * v
            scores[1] += Double(weights[row * 3 + 1]) * v
            scores[2] += Double(weights[row * 3 + 2]) * v
        }
        return scores
    }

    /// Class probabilities (negative, neutral, positive).
    public func probabilities(_ vector: FeatureVector) -> [Double] { Self.softmax(scores(vector)) }

    /// The contribution of one feature key to each class (for explaining a decision).
    public func weights(of key: UInt64) -> [Double]? {
        let row = rows.row(Self.storedKey(key))
        guard row >= 0 else { return nil }
        return (0..<3).map { Double(weights[row * 3 + $0]) }
    }

    public static func softmax(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        let exps = scores.map { Foundation.exp($0 - top) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }
}

extension TargetPolarityModel {
    /// The class weights stored under an already-folded 32-bit key.
    public func weights(ofStored key: UInt32) -> [Double]? {
        let row = rows.row(key)
        guard row >= 0 else { return nil }
        return (0..<3).map { Double(weights[row * 3 + $0]) }
    }
}

/// Open addressing from a stored 32-bit feature key to its weight row (one probe per feature,
/// no hashing of Swift's seeded kind).
struct FeatureRowTable: Sendable {
    private var keys: [UInt32]
    private var rows: [Int32]
    private let mask: Int
    let count: Int

    init(_ dictionary: [UInt32: Int]) {
        var capacity = 16
        while capacity < dictionary.count * 2 { capacity <<= 1 }
        keys = [UInt32](repeating: 0, count: capacity)
        rows = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        count = dictionary.count
        for (key, row) in dictionary {
            var slot = Self.slot(key, mask)
            while rows[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            rows[slot] = Int32(row)
        }
    }

    @inline(__always) static func slot(_ key: UInt32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
    }

    /// The row stored under `key`, or -1.
    @inline(__always) func row(_ key: UInt32) -> Int {
        var slot = Self.slot(key, mask)
        while true {
            let row = rows[slot]
            if row < 0 { return -1 }
            if keys[slot] == key { return Int(row) }
            slot = (slot + 1) & mask
        }
    }
}
