/// Writes ``JSONValue`` as compact, deterministic JSON (keys in their stored order). A number
/// parsed from JSON is written as it was written there; others go through ``format(_:)``.
public enum JSONWriter {
    public static func string(_ value: JSONValue) -> String {
        var out = ""
        write(value, to: &out)
        return out
    }

    public static func write(_ value: JSONValue, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(_, let literal?): out += literal
        case .double(let d, nil): out += format(d)
        case .string(let s): writeString(s, to: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                write(item, to: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (i, (key, item)) in fields.enumerated() {
                if i > 0 { out += ", " }
                writeString(key, to: &out)
                out += ": "
                write(item, to: &out)
            }
            out += "}"
        }
    }

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
    /// (C0 and C1 controls, DEL, U+2028, U+2029). Runs that need no escape are copied whole.
    public static func writeString(_ s: String, to out: inout String) {
        out += "\""
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
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
                // U+0080–U+009F: C2 80–C2 9F.
                let next = utf8.index(after: i)
                if next != utf8.endIndex, (0x80...0x9F).contains(utf8[next]) {
                    escape = unicodeEscape(UInt32(utf8[next]))
                    width = 2
                }
            case 0xE2:
                // U+2028, U+2029: E2 80 A8, E2 80 A9.
                let second = utf8.index(after: i)
                if second != utf8.endIndex, utf8[second] == 0x80 {
                    let third = utf8.index(after: second)
                    if third != utf8.endIndex, utf8[third] == 0xA8 || utf8[third] == 0xA9 {
                        escape = unicodeEscape(utf8[third] == 0xA8 ? 0x2028 : 0x2029)
                        width = 3
                    }
                }
            default: break
            }
            if let escape {
                if runStart != i { out += s[runStart..<i] }
                out += escape
                i = utf8.index(i, offsetBy: width)
                runStart = i
            } else {
                utf8.formIndex(after: &i)
            }
        }
        if runStart != utf8.endIndex { out += s[runStart..<utf8.endIndex] }
        out += "\""
    }

    static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
