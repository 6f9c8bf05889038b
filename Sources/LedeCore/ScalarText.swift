/// Strings made from Unicode scalars, written straight as UTF-8: appending scalars to a
/// `String.UnicodeScalarView` one at a time costs several times more, and lede makes a string
/// of most tokens and spans it reads.
public enum ScalarText {
    /// How scalars are changed on the way.
    public enum Folding: Sendable {
        /// As they are.
        case none
        /// ASCII capitals lowered.
        case lowercase
        /// Lowered, and `’` read as `'`.
        case lowercaseRightQuote
        /// Lowered, and `’` and `‘` read as `'`.
        case lowercaseQuotes
        /// Lowered, and `’`, `` ` ``, `´` and `′` read as `'`.
        case lowercaseApostrophes

        @inline(__always)
        func apply(_ v: UInt32) -> UInt32 {
            switch self {
            case .none: return v
            case .lowercase: return v >= 0x41 && v <= 0x5A ? v + 32 : v
            case .lowercaseRightQuote:
                return v >= 0x41 && v <= 0x5A ? v + 32 : v == 0x2019 ? 0x27 : v
            case .lowercaseQuotes:
                return v >= 0x41 && v <= 0x5A ? v + 32 : v == 0x2019 || v == 0x2018 ? 0x27 : v
            case .lowercaseApostrophes:
                return v >= 0x41 && v <= 0x5A ? v + 32 : v == 0x2019 || v == 0x60 || v == 0xB4 || v == 0x2032 ? 0x27 : v
            }
        }
    }

    /// The string of `scalars[range]` (clamped to the array), folded.
    public static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>, folding: Folding = .none) -> String {
        let lower = max(0, range.lowerBound)
        let upper = min(scalars.count, range.upperBound)
        guard lower < upper else { return "" }
        return scalars.withUnsafeBufferPointer { buffer in
            // The exact length first: up to 15 bytes a string is stored inline, with no allocation.
            var length = 0
            for k in lower..<upper {
                let v = folding.apply(buffer[k].value)
                length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            }
            return String(unsafeUninitializedCapacity: length) { out in
                var i = 0
                for k in lower..<upper {
                    let v = folding.apply(buffer[k].value)
                    if v < 0x80 {
                        out[i] = UInt8(truncatingIfNeeded: v)
                        i += 1
                    } else if v < 0x800 {
                        out[i] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                        out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                        i += 2
                    } else if v < 0x10000 {
                        out[i] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                        out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                        out[i + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                        i += 3
                    } else {
                        out[i] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                        out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                        out[i + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                        out[i + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                        i += 4
                    }
                }
                return i
            }
        }
    }

    /// ASCII capitals lowered, everything else kept.
    @inlinable
    public static func lowercasedASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(truncatingIfNeeded: v + 32)) : scalar
    }
}
