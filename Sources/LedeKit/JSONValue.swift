/// A JSON value whose objects keep their key order, so output is deterministic.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number that is not a plain `Int`. `literal` is its text exactly as written when it was
    /// parsed (``JSONParser`` keeps it), which ``JSONWriter`` writes back unchanged; equality and
    /// hashing look at the value only.
    case double(Double, literal: String? = nil)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a, _), .double(b, _)): return a == b
        case let (.int(a), .double(b, _)), let (.double(b, _), .int(a)): return Double(a) == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .int(let i): hasher.combine(Double(i))
        case .double(let d, _): hasher.combine(d)
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .object(let o):
            for (k, v) in o {
                hasher.combine(k)
                hasher.combine(v)
            }
        }
    }

    /// The value stored under `key` when this is an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.0 == key }?.1
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d, _) where d == d.rounded() && abs(d) < 9e15: return Int(d)
        default: return nil
        }
    }

    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d, _): return d
        default: return nil
        }
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var objectValue: [(String, JSONValue)]? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The plain text of a scalar value, as a table cell shows it.
    public var displayText: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "yes" : "no"
        case .int(let i): return String(i)
        case .double(let d, _): return JSONWriter.format(d)
        case .string(let s): return s
        case .array(let a): return a.map(\.displayText).joined(separator: ", ")
        case .object: return JSONWriter.string(self)
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue {
    /// A string, or null when `value` is nil.
    public static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }
}

extension JSONValue {
    /// Every object in this value with integer `start` and `end`, as (path, start, end), in
    /// document order: `$.spans[3]`, `$.quotes[0].speaker_mention`.
    public func spans(path: String = "$") -> [(path: String, start: Int, end: Int)] {
        var found: [(path: String, start: Int, end: Int)] = []
        collectSpans(path: path, into: &found)
        return found
    }

    private func collectSpans(path: String, into found: inout [(path: String, start: Int, end: Int)]) {
        switch self {
        case .object(let fields):
            if let start = self["start"]?.intValue, let end = self["end"]?.intValue { found.append((path, start, end)) }
            for (key, item) in fields { item.collectSpans(path: path + "." + key, into: &found) }
        case .array(let items):
            for (index, item) in items.enumerated() { item.collectSpans(path: path + "[\(index)]", into: &found) }
        default:
            break
        }
    }
}
