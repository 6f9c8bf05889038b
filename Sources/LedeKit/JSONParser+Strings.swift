/// Strings: escapes, surrogate pairs and UTF-8 checks.
extension JSONParser {
    mutating func string() throws(Failure) -> String {
        i += 1
        var runStart = i
        var escaped = false
        while true {
            skipPlainBytes()
            guard i < bytes.count else { throw fail("unterminated string") }
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<i])
                i += 1
                guard escaped else { return String(decoding: run, as: UTF8.self) }
                scratch.append(contentsOf: run)
                return String(decoding: scratch, as: UTF8.self)
            }
            if c == UInt8(ascii: "\\") {
                if !escaped {
                    scratch.removeAll(keepingCapacity: true)
                    escaped = true
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                try escape()
                runStart = i
            } else if c < 0x20 {
                throw fail("raw control character (\(found)) in a string; escape it")
            } else if c < 0x80 || !validatesUTF8 {
                i += 1
            } else {
                try skipUTF8Sequence()
            }
        }
    }

    /// Steps over string bytes that need no attention (printable ASCII other than `"` and `\`)
    /// eight at a time; stops at the first word holding anything else.
    private mutating func skipPlainBytes() {
        guard let base = bytes.baseAddress else { return }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            // Per byte, the high bit of (x - 1) & ~x is set somewhere when some byte of x is zero,
            // and of (word - 0x20) & ~word when some byte is below 0x20 (exact once no high bit is set).
            let special = (quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes | (word &- ones &* 0x20) & ~word
            if (special | word) & highs != 0 { return }
            i += 8
        }
    }

    /// Decodes the escape at `i` (a backslash) into ``scratch``.
    private mutating func escape() throws(Failure) {
        let start = i
        guard i + 1 < bytes.count else { throw fail("unterminated string", at: bytes.count) }
        let e = bytes[i + 1]
        i += 2
        switch e {
        case UInt8(ascii: "\""): scratch.append(0x22)
        case UInt8(ascii: "\\"): scratch.append(0x5C)
        case UInt8(ascii: "/"): scratch.append(0x2F)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            guard let unit = hex4(at: i) else { throw fail("\\u needs four hex digits", at: start) }
            i += 4
            var scalar = unit
            if unit >= 0xDC00 && unit < 0xE000 {
                throw fail("lone low surrogate \\u\(String(unit, radix: 16))", at: start)
            }
            if unit >= 0xD800 && unit < 0xDC00 {
                guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
                    let low = hex4(at: i + 2), low >= 0xDC00 && low < 0xE000
                else { throw fail("high surrogate \\u\(String(unit, radix: 16)) without a low one", at: start) }
                i += 6
                scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            }
            appendUTF8(scalar)
        default:
            i = start + 1
            let what = found
            i = start
            throw fail("invalid escape: \(what) after a backslash")
        }
    }

    private func hex4(at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for k in offset..<offset + 4 {
            let c = bytes[k]
            v <<= 4
            switch c {
            case 0x30...0x39: v |= UInt32(c - 0x30)
            case 0x41...0x46: v |= UInt32(c - 0x41 + 10)
            case 0x61...0x66: v |= UInt32(c - 0x61 + 10)
            default: return nil
            }
        }
        return v
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Steps over one well-formed multi-byte UTF-8 sequence at `i` (RFC 3629: no overlong forms,
    /// no surrogates, nothing past U+10FFFF).
    private mutating func skipUTF8Sequence() throws(Failure) {
        let lead = bytes[i]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        default: throw fail("invalid UTF-8 (\(found))")
        }
        guard i + length <= bytes.count, secondRange.contains(bytes[i + 1]) else { throw fail("invalid UTF-8 (\(found))") }
        for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { throw fail("invalid UTF-8 (\(found))") }
        i += length
    }
}
