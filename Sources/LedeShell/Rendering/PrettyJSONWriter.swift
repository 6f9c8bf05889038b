import LedeHost
import LedeKit

/// Writes ``JSONValue`` indented by two spaces, keys in their stored order, so `--format json`
/// is readable and byte-for-byte deterministic. Empty arrays and objects stay on one line.
enum PrettyJSONWriter {
    static func string(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, to: &out)
        return out
    }

    static func write(_ value: JSONValue, indent: Int, to out: inout String) {
        switch value {
        case .array(let items) where !items.isEmpty:
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                write(item, indent: indent + 2, to: &out)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let fields) where !fields.isEmpty:
            out += "{\n"
            for (index, (key, item)) in fields.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                JSONWriter.writeString(key, to: &out)
                out += ": "
                write(item, indent: indent + 2, to: &out)
                out += index == fields.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        case .array: out += "[]"
        case .object: out += "{}"
        default: JSONWriter.write(value, to: &out)
        }
    }
}
