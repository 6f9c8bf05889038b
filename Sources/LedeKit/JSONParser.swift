/// A strict RFC 8259 JSON parser producing ``JSONValue`` (objects keep their key order).
///
/// It accepts exactly the JSON grammar and nothing else: no comments, trailing commas, single
/// quotes, unquoted keys, `NaN`/`Infinity`, leading `+` or zeros, bare `.5` or `1.`, and no text
/// after the value. Whitespace is space, tab, line feed and carriage return only.
///
/// - Numbers: an integer literal that fits `Int` becomes ``JSONValue/int(_:)``; any other number
///   (a fraction, an exponent, `-0`, an integer too large for `Int`) becomes
///   ``JSONValue/double(_:literal:)`` carrying the text as written, so ``JSONWriter`` echoes it
///   unchanged (`1.0`, `123456789012345678901234567890`). A number whose value overflows to
///   infinity (`1e999`) is an error; one that underflows (`1e-400`) is zero.
/// - Strings: every escape is decoded; `\u` surrogate pairs become one scalar and a lone or
///   mismatched surrogate is an error. Raw control characters (U+0000–U+001F) are errors.
///   Bytes given to ``parse(_:)-([UInt8])`` must be valid UTF-8 (a `String` always is).
/// - Duplicate keys are all kept, in order; ``JSONValue/subscript(_:)`` finds the first.
/// - Nesting deeper than ``maximumDepth`` arrays and objects is an error, so hostile input
///   cannot exhaust the stack.
///
/// Every error carries the byte offset where the text stops being JSON:
///
///     try JSONParser.parse("[1,]")  // throws "trailing comma before ']' at byte 3"
public struct JSONParser {
    /// Why a text is not JSON, with the byte offset where parsing stopped.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var offset: Int
        public var description: String { "\(message) at byte \(offset)" }
    }

    /// How many arrays and objects may be open at once: 512.
    public static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private let validatesUTF8: Bool
    private var i = 0
    private var depth = 0
    /// Decoded bytes of the current string once it has an escape, reused between strings.
    private var scratch: [UInt8] = []

    /// Parses a whole text as one JSON value.
    public static func parse(_ text: String) throws(Failure) -> JSONValue {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(Failure) -> JSONValue in try parse(buffer, validatesUTF8: false) }
        }
        return try result.get()
    }

    /// Parses UTF-8 bytes as one JSON value; invalid UTF-8 is an error.
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(Failure) -> JSONValue in try parse(buffer, validatesUTF8: true) }
        }
        return try result.get()
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, validatesUTF8: Bool) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes: bytes, validatesUTF8: validatesUTF8)
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        if parser.i != bytes.count { throw parser.fail("unexpected text after the value") }
        return value
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, validatesUTF8: Bool) {
        self.bytes = bytes
        self.validatesUTF8 = validatesUTF8
    }

    private func fail(_ message: String, at offset: Int? = nil) -> Failure {
        Failure(message: message, offset: offset ?? i)
    }

    /// The byte at `i` as an error message names it.
    private var found: String {
        guard i < bytes.count else { return "end of input" }
        let byte = bytes[i]
        if byte > 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count < 2 ? "0" : "") + hex
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            let c = bytes[i]
            guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
            i += 1
        }
    }

    private mutating func value() throws(Failure) -> JSONValue {
        guard i < bytes.count else { throw fail("unexpected end of input, expected a value") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw fail("unexpected \(found), expected a value")
        }
    }

    private mutating func literal(_ word: StaticString, _ result: JSONValue) throws(Failure) -> JSONValue {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { throw fail("invalid literal") }
        let start = word.utf8Start
        for k in 0..<count where bytes[i + k] != start[k] { throw fail("invalid literal") }
        i += count
        return result
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > Self.maximumDepth { throw fail("nesting deeper than \(Self.maximumDepth) arrays and objects") }
    }

    private mutating func object() throws(Failure) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        i += 1
        var fields: [(String, JSONValue)] = []
        skipSpace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "}") {
            i += 1
            return .object(fields)
        }
        while true {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                if !fields.isEmpty, i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                    throw fail("trailing comma before '}'")
                }
                throw fail("unexpected \(found), expected a string key")
            }
            let key = try string()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("unexpected \(found), expected ':'") }
            i += 1
            skipSpace()
            fields.append((key, try value()))
            skipSpace()
            guard i < bytes.count else { throw fail("unterminated object") }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                skipSpace()
                continue
            }
            if bytes[i] == UInt8(ascii: "}") {
                i += 1
                return .object(fields)
            }
            throw fail("unexpected \(found), expected ',' or '}'")
        }
    }

    private mutating func array() throws(Failure) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "]") {
            i += 1
            return .array(items)
        }
        while true {
            if !items.isEmpty, i < bytes.count, bytes[i] == UInt8(ascii: "]") { throw fail("trailing comma before ']'") }
            items.append(try value())
            skipSpace()
            guard i < bytes.count else { throw fail("unterminated array") }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                skipSpace()
                continue
            }
            if bytes[i] == UInt8(ascii: "]") {
                i += 1
                return .array(items)
            }
            throw fail("unexpected \(found), expected ',' or ']'")
        }
    }
}

// MARK: Strings

extension JSONParser {
    private mutating func string() throws(Failure) -> String {
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

// MARK: Numbers

extension JSONParser {
    private func isDigit(_ offset: Int) -> Bool {
        offset < bytes.count && bytes[offset] >= 0x30 && bytes[offset] <= 0x39
    }

    private mutating func skipDigits() {
        while isDigit(i) { i += 1 }
    }

    private mutating func number() throws(Failure) -> JSONValue {
        let start = i
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        guard isDigit(i) else { throw fail("unexpected \(found), expected a digit") }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if isDigit(i) { throw fail("a number cannot start with 0") }
        } else {
            skipDigits()
        }
        var isInteger = true
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            isInteger = false
            i += 1
            guard isDigit(i) else { throw fail("unexpected \(found), expected a digit after '.'") }
            skipDigits()
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            isInteger = false
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard isDigit(i) else { throw fail("unexpected \(found), expected a digit in the exponent") }
            skipDigits()
        }
        if isInteger, let integer = integer(from: negative ? start + 1 : start, negative: negative) {
            return .int(integer)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard let double = Double(text), double.isFinite else { throw fail("number \(text) is too large", at: start) }
        return .double(double, literal: text)
    }

    /// The digits from `from` to `i` as an `Int`; nil when they overflow, and for `-0` (a double).
    private func integer(from: Int, negative: Bool) -> Int? {
        var value = 0
        for k in from..<i {
            let digit = Int(bytes[k] &- 0x30)
            let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflowShift || overflowAdd { return nil }
            value = next
        }
        if negative && value == 0 { return nil }
        return value
    }
}
