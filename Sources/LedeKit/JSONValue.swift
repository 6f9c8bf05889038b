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
        var steps: [PathStep] = []
        visitSpans(&steps) { steps, start, end in
            found.append((Self.path(path, steps), start, end))
            return true
        }
        return found
    }

    /// The first span (as ``spans(path:)`` lists them) for which `isWanted` holds. The walk builds
    /// no path until it finds one, so checking a large valid result costs no strings.
    public func firstSpan(path: String = "$", where isWanted: (Int, Int) -> Bool) -> (path: String, start: Int, end: Int)? {
        var found: (path: String, start: Int, end: Int)?
        var steps: [PathStep] = []
        visitSpans(&steps) { steps, start, end in
            guard isWanted(start, end) else { return true }
            found = (Self.path(path, steps), start, end)
            return false
        }
        return found
    }

    private enum PathStep {
        case key(String)
        case index(Int)
    }

    private static func path(_ root: String, _ steps: [PathStep]) -> String {
        steps.reduce(into: root) { path, step in
            switch step {
            case .key(let key): path += "." + key
            case .index(let index): path += "[\(index)]"
            }
        }
    }

    /// Calls `visit` for each span in document order while it returns true; false when stopped.
    @discardableResult
    private func visitSpans(_ steps: inout [PathStep], _ visit: ([PathStep], Int, Int) -> Bool) -> Bool {
        switch self {
        case .object(let fields):
            if let start = self["start"]?.intValue, let end = self["end"]?.intValue, !visit(steps, start, end) { return false }
            for (key, item) in fields {
                steps.append(.key(key))
                defer { steps.removeLast() }
                if !item.visitSpans(&steps, visit) { return false }
            }
        case .array(let items):
            for (index, item) in items.enumerated() {
                steps.append(.index(index))
                defer { steps.removeLast() }
                if !item.visitSpans(&steps, visit) { return false }
            }
        default:
            break
        }
        return true
    }
}
