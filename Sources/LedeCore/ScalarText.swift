/// Strings made from Unicode scalars, written straight as UTF-8: appending scalars to a
/// `String.UnicodeScalarView` one at a time costs several times more, and lede makes a string
/// of most tokens and spans it reads.
public enum ScalarText {
    /// The string of `scalars[range]`, each scalar passed through `map` first.
    @inlinable
    public static func string(
        _ scalars: [Unicode.Scalar], _ range: Range<Int>, map: (Unicode.Scalar) -> Unicode.Scalar = { $0 }
    ) -> String {
        let lower = max(0, range.lowerBound)
        let upper = min(scalars.count, range.upperBound)
        guard lower < upper else { return "" }
        return scalars.withUnsafeBufferPointer { buffer in
            String(unsafeUninitializedCapacity: (upper - lower) * 4) { out in
                var i = 0
                for k in lower..<upper {
                    let v = map(buffer[k]).value
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
