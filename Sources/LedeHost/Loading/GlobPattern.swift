/// A shell wildcard pattern for one path component: `*`, `?`, `[abc]`, `[a-z]`, `[!x]` and `\`
/// escapes, matched against whole names. A leading `.` must be matched literally.
struct GlobPattern: Sendable {
    private enum Element: Sendable {
        case literal(Character)
        case any
        case anyRun
        case set([ClosedRange<Character>], negated: Bool)
    }

    private let elements: [Element]
    let hasWildcards: Bool

    /// Whether `text` contains an unescaped wildcard character.
    static func hasWildcards(_ text: some StringProtocol) -> Bool {
        var escaped = false
        for c in text {
            if escaped {
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "*" || c == "?" || c == "[" {
                return true
            }
        }
        return false
    }

    init(_ pattern: some StringProtocol) {
        var elements: [Element] = []
        var wildcards = false
        let chars = Array(pattern)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\" where i + 1 < chars.count:
                elements.append(.literal(chars[i + 1]))
                i += 2
                continue
            case "*":
                if case .anyRun = elements.last {} else { elements.append(.anyRun) }
                wildcards = true
            case "?":
                elements.append(.any)
                wildcards = true
            case "[":
                if let (set, next) = Self.bracket(chars, at: i) {
                    elements.append(set)
                    wildcards = true
                    i = next
                    continue
                }
                elements.append(.literal(c))
            default:
                elements.append(.literal(c))
            }
            i += 1
        }
        self.elements = elements
        self.hasWildcards = wildcards
    }

    private static func bracket(_ chars: [Character], at start: Int) -> (Element, Int)? {
        var i = start + 1
        var negated = false
        if i < chars.count, chars[i] == "!" || chars[i] == "^" {
            negated = true
            i += 1
        }
        var ranges: [ClosedRange<Character>] = []
        var first = true
        while i < chars.count {
            let c = chars[i]
            if c == "]" && !first { return (.set(ranges, negated: negated), i + 1) }
            first = false
            if i + 2 < chars.count, chars[i + 1] == "-", chars[i + 2] != "]" {
                let low = c, high = chars[i + 2]
                if low <= high { ranges.append(low...high) }
                i += 3
            } else {
                ranges.append(c...c)
                i += 1
            }
        }
        return nil
    }

    func matches(_ name: String) -> Bool {
        let chars = Array(name)
        if chars.first == ".", case .literal(".") = elements.first {} else if chars.first == "." { return false }
        // Iterative matching with one backtrack point for the last `*`.
        var p = 0, n = 0
        var starP = -1, starN = 0
        while n < chars.count {
            if p < elements.count {
                switch elements[p] {
                case .literal(let c) where c == chars[n]:
                    p += 1
                    n += 1
                    continue
                case .any:
                    p += 1
                    n += 1
                    continue
                case .set(let ranges, let negated) where ranges.contains { $0.contains(chars[n]) } != negated:
                    p += 1
                    n += 1
                    continue
                case .anyRun:
                    starP = p
                    starN = n
                    p += 1
                    continue
                default:
                    break
                }
            }
            guard starP >= 0 else { return false }
            starN += 1
            n = starN
            p = starP + 1
        }
        while p < elements.count, case .anyRun = elements[p] { p += 1 }
        return p == elements.count
    }
}
