import Foundation
import LedeCore

/// The trained entity recogniser: an averaged perceptron over hashed features, decoded greedily
/// left to right over BIO tags.
///
/// The weights ship as `Resources/ner-model.bin`, made by `lede-train ner` (see `NOTICE.md`):
///
/// ```
/// "LEDENER1"  magic (8 bytes)
/// UInt32      format version (1), log2 of weight rows, tag count (9), log2 of gazetteer slots
/// Float32     scale: weight = Int8 value * scale
/// UInt32      reserved (0), padding to 32 bytes
/// Int8        weights[rows * tags], row = feature hash & (rows - 1)
/// UInt32      gazetteer fingerprints[slots]
/// UInt16      gazetteer classes[slots]
/// ```
/// All numbers little-endian. The whole file is read once, lazily, on first use.
package struct NERModel: Sendable {
    package static let magic = Array("LEDENER1".utf8)
    package static let formatVersion: UInt32 = 1
    package static let resourceName = "ner-model.bin"

    package let rowsLog2: Int
    package let weights: [Int8]
    package let scale: Float
    package let gazetteer: NERGazetteer
    private let rowMask: UInt64

    package init(rowsLog2: Int, weights: [Int8], scale: Float, gazetteer: NERGazetteer) {
        self.rowsLog2 = rowsLog2
        self.weights = weights
        self.scale = scale
        self.gazetteer = gazetteer
        rowMask = (UInt64(1) << UInt64(rowsLog2)) - 1
    }

    /// The shipped model, loaded on first use; nil when the resource is missing or damaged.
    package static let shipped: NERModel? = ResourceStore.data(resourceName).flatMap { try? NERModel(data: $0) }

    /// Why a model file could not be read.
    package struct FormatError: Error, CustomStringConvertible {
        package var description: String
    }

    /// Reads the binary format above.
    package init(data: Data) throws {
        let bytes = [UInt8](data)
        func u32(_ offset: Int) -> UInt32 {
            bytes[offset..<offset + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }
        guard bytes.count >= 32, Array(bytes[0..<8]) == Self.magic else { throw FormatError(description: "not a lede NER model") }
        guard u32(8) == Self.formatVersion, u32(16) == UInt32(NERTag.count) else {
            throw FormatError(description: "unsupported NER model version")
        }
        let rowsLog2 = Int(u32(12))
        let slotsLog2 = Int(u32(20))
        guard rowsLog2 >= 4 && rowsLog2 <= 24 && slotsLog2 >= 1 && slotsLog2 <= 24 else {
            throw FormatError(description: "bad NER model sizes")
        }
        let scale = Float(bitPattern: u32(24))
        let weightCount = (1 << rowsLog2) * NERTag.count
        let slots = 1 << slotsLog2
        let gazetteerStart = 32 + weightCount
        let classesStart = gazetteerStart + 4 * slots
        guard bytes.count == classesStart + 2 * slots else { throw FormatError(description: "truncated NER model") }
        let weights = bytes[32..<gazetteerStart].map { Int8(bitPattern: $0) }
        var keys = [UInt32](repeating: 0, count: slots)
        var classes = [UInt16](repeating: 0, count: slots)
        for k in 0..<slots {
            keys[k] = u32(gazetteerStart + 4 * k)
            classes[k] = UInt16(bytes[classesStart + 2 * k]) | UInt16(bytes[classesStart + 2 * k + 1]) << 8
        }
        self.init(rowsLog2: rowsLog2, weights: weights, scale: scale, gazetteer: NERGazetteer(keys: keys, classes: classes))
    }

    /// The binary format above.
    package func serialized() -> Data {
        var out = Data(Self.magic)
        func put(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        put(Self.formatVersion)
        put(UInt32(rowsLog2))
        put(UInt32(NERTag.count))
        put(UInt32(gazetteer.keys.count.trailingZeroBitCount))
        put(scale.bitPattern)
        put(0)
        weights.withUnsafeBytes { out.append(contentsOf: $0) }
        for key in gazetteer.keys { put(key) }
        for value in gazetteer.classes { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        return out
    }

    // MARK: - Tagging

    /// BIO tags for every token of a document split into sentences.
    package func tag(scalars: [Unicode.Scalar], tokens: [Token], sentences: [Range<Int>]) -> [Int] {
        var extractor = NERFeatureExtractor(scalars: scalars, tokens: tokens, sentences: sentences, gazetteer: gazetteer)
        var tags = Array(repeating: NERTag.outside, count: tokens.count)
        var features: [UInt64] = []
        features.reserveCapacity(64)
        var scores = [Int32](repeating: 0, count: NERTag.count)
        weights.withUnsafeBufferPointer { table in
            for sentence in sentences {
                var previous = NERTag.outside
                var beforePrevious = NERTag.outside
                for i in sentence {
                    features.removeAll(keepingCapacity: true)
                    extractor.features(
                        at: i, in: sentence, previous: previous, beforePrevious: beforePrevious, into: &features)
                    for t in 0..<NERTag.count { scores[t] = 0 }
                    for feature in features {
                        let row = Int(truncatingIfNeeded: feature & rowMask) &* NERTag.count
                        for t in 0..<NERTag.count { scores[t] &+= Int32(table[row &+ t]) }
                    }
                    var best = NERTag.outside
                    var bestScore = Int32.min
                    for t in 0..<NERTag.count where NERTag.isAllowed(t, after: previous) && scores[t] > bestScore {
                        best = t
                        bestScore = scores[t]
                    }
                    tags[i] = best
                    extractor.record(i, tag: best)
                    beforePrevious = previous
                    previous = best
                }
            }
        }
        return tags
    }

    /// Entity spans (token ranges and labels) from BIO tags.
    package static func spans(from tags: [Int]) -> [(tokens: Range<Int>, label: Int)] {
        var result: [(tokens: Range<Int>, label: Int)] = []
        var start = -1
        var label = -1
        for (i, tag) in tags.enumerated() {
            if tag == NERTag.outside || !NERTag.isInside(tag) || NERTag.label(tag) != label {
                if start >= 0 { result.append((start..<i, label)) }
                start = tag == NERTag.outside ? -1 : i
                label = NERTag.label(tag)
            }
        }
        if start >= 0 { result.append((start..<tags.count, label)) }
        return result
    }
}
