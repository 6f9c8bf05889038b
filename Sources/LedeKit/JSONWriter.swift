/// Writes ``JSONValue`` as compact, deterministic JSON (keys in their stored order). A number
/// parsed from JSON is written as it was written there; others go through ``format(_:)``.
public enum JSONWriter {
    public static func string(_ value: JSONValue) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        write(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func write(_ value: JSONValue, to out: inout String) {
        out += string(value)
    }

    /// Writes `value` as UTF-8: JSON is built as bytes and made a string once.
    public static func write(_ value: JSONValue, to out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(_, let literal?): out.append(contentsOf: literal.utf8)
        case .double(let d, nil): out.append(contentsOf: format(d).utf8)
        case .string(let s): writeString(s, to: &out)
        case .array(let items):
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(contentsOf: separator) }
                write(item, to: &out)
            }
            out.append(0x5D)
        case .object(let fields):
            out.append(0x7B)
            for (i, (key, item)) in fields.enumerated() {
                if i > 0 { out.append(contentsOf: separator) }
                writeString(key, to: &out)
                out.append(contentsOf: colon)
                write(item, to: &out)
            }
            out.append(0x7D)
        }
    }

    private static let separator: [UInt8] = Array(", ".utf8)
    private static let colon: [UInt8] = Array(": ".utf8)

    /// A double with at most four decimals and no trailing zeros; never exponent notation.
    public static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        let scaled = (d * 10000).rounded()
        if scaled == 0 { return "0" }
        let negative = scaled < 0
        let magnitude = abs(scaled)
        guard magnitude < 9e17 else { return String(d) }
        let whole = Int(magnitude) / 10000
        var fraction = Int(magnitude) % 10000
        var digits = 4
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        var s = negative ? "-" : ""
        s += String(whole)
        if digits > 0 {
            let f = String(fraction)
            s += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return s
    }

    /// Writes `s` quoted, escaping what JSON requires and what terminals and JavaScript trip on
    /// (C0 and C1 controls, DEL, U+2028, U+2029).
    public static func writeString(_ s: String, to out: inout String) {
        var bytes: [UInt8] = []
        writeString(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// The same, as UTF-8: runs that need no escape are copied whole.
    public static func writeString(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { text in
            out.append(0x22)
            var runStart = 0
            var i = 0
            let count = text.count
            while i < count {
                let byte = text[i]
                // Most bytes need nothing: printable ASCII but " and \, and UTF-8 that cannot begin
                // a C1 control (C2 80–9F) or U+2028/U+2029 (E2 80 A8/A9).
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F && byte != 0xC2 && byte != 0xE2 {
                    i += 1
                    continue
                }
                var escape: String?
                var width = 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x00..<0x20, 0x7F: escape = unicodeEscape(UInt32(byte))
                case 0xC2:
                    if i + 1 < count, (0x80...0x9F).contains(text[i + 1]) {
                        escape = unicodeEscape(UInt32(text[i + 1]))
                        width = 2
                    }
                default:  // 0xE2
                    if i + 2 < count, text[i + 1] == 0x80, text[i + 2] == 0xA8 || text[i + 2] == 0xA9 {
                        escape = unicodeEscape(text[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                        width = 3
                    }
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<i]))
                    out.append(contentsOf: escape.utf8)
                    i += width
                    runStart = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<count]))
            out.append(0x22)
        }
    }

    static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
