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

    let bytes: UnsafeBufferPointer<UInt8>
    let validatesUTF8: Bool
    var i = 0
    private var depth = 0
    /// Decoded bytes of the current string once it has an escape, reused between strings.
    var scratch: [UInt8] = []

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

    func fail(_ message: String, at offset: Int? = nil) -> Failure {
        Failure(message: message, offset: offset ?? i)
    }

    /// The byte at `i` as an error message names it.
    var found: String {
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
