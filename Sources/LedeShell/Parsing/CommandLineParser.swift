/// Parses one line of lede's command language into commands.
///
/// - Words are split on blanks; `'…'` is literal, `"…"` interpolates and honours `\"`, `\\`, `\$`;
///   a backslash outside quotes escapes the next character.
/// - `$NAME`, `${NAME}` and `$1`…`$9` (script arguments), `$#` (their count) and `$@` (all of them)
///   are replaced outside single quotes; an unknown name is an error; `${NAME:-default}` gives the
///   default when the name is unset or empty. A value is never split into several words, except
///   `$@` standing alone (bare or as `"$@"`), which gives each argument as a word of its own.
/// - `;` separates commands; `#` at the start of a word starts a comment. ``parseNext(_:variables:arguments:)``
///   parses one command at a time, so that each command's `$NAME` sees what the ones before it set.
/// - `> FILE`, `>> FILE` and `| SHELL-COMMAND` redirect a command's output; the shell command runs
///   to the next unquoted `;`.
public struct CommandLineParser {
    public typealias Lookup = (String) -> String?

    private let scalars: [Unicode.Scalar]
    private var i = 0
    private let lookup: Lookup
    private let arguments: [String]

    /// Parses `line`; `variables` resolves `$NAME`, `arguments` are `$1…`.
    public static func parse(_ line: String, variables: @escaping Lookup, arguments: [String] = []) throws(LineParseError)
        -> [ParsedCommand]
    {
        var parser = CommandLineParser(scalars: Array(line.unicodeScalars), lookup: variables, arguments: arguments)
        return try parser.commands(firstOnly: false)
    }

    /// The first command of `line` (nil when there is none) and the text after its `;`, not yet
    /// parsed; `consumed` counts the scalars read, to place a later error's column on the whole line.
    public static func parseNext(_ line: String, variables: @escaping Lookup, arguments: [String] = [])
        throws(LineParseError) -> (command: ParsedCommand?, rest: String, consumed: Int)
    {
        let scalars = Array(line.unicodeScalars)
        var parser = CommandLineParser(scalars: scalars, lookup: variables, arguments: arguments)
        let first = try parser.commands(firstOnly: true).first
        let rest = parser.i < scalars.count ? String(String.UnicodeScalarView(scalars[parser.i...])) : ""
        return (first, rest, parser.i)
    }

    private init(scalars: [Unicode.Scalar], lookup: @escaping Lookup, arguments: [String]) {
        self.scalars = scalars
        self.lookup = lookup
        self.arguments = arguments
    }

    private func fail(_ message: String, at column: Int? = nil) -> LineParseError {
        LineParseError(message: message, column: (column ?? i) + 1)
    }

    private var atEnd: Bool { i >= scalars.count }

    private static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\r" || c == "\n" }

    private mutating func skipBlanks() {
        while !atEnd && Self.isBlank(scalars[i]) { i += 1 }
    }

    private mutating func commands(firstOnly: Bool) throws(LineParseError) -> [ParsedCommand] {
        var result: [ParsedCommand] = []
        var words: [String] = []
        var redirect: ParsedCommand.Redirect?
        func finish() {
            if !words.isEmpty { result.append(ParsedCommand(words: words, redirect: redirect)) }
            words = []
            redirect = nil
        }
        while true {
            skipBlanks()
            if atEnd { break }
            let c = scalars[i]
            if c == "#" {
                i = scalars.count
                break
            }
            if c == ";" {
                i += 1
                finish()
                if firstOnly && !result.isEmpty { return result }
                continue
            }
            // `!COMMAND` at the start of a command: the rest of the line is shell text.
            if c == "!" && words.isEmpty && redirect == nil {
                i += 1
                let command = String(String.UnicodeScalarView(scalars[i...])).trimmingBlanks()
                if command.isEmpty { throw fail("'!' needs a shell command after it") }
                i = scalars.count
                words = ["!", command]
                break
            }
            if c == ">" || c == "|" {
                if redirect != nil { throw fail("only one redirection per command") }
                if words.isEmpty { throw fail("'\(c)' needs a command before it") }
                if c == "|" {
                    i += 1
                    let command = rawUntilSemicolon().trimmingBlanks()
                    if command.isEmpty { throw fail("'|' needs a shell command after it") }
                    redirect = .pipe(command)
                } else {
                    let append = i + 1 < scalars.count && scalars[i + 1] == ">"
                    i += append ? 2 : 1
                    skipBlanks()
                    let start = i
                    let targets = try word()
                    guard targets.count == 1, let target = targets.first, !target.isEmpty else {
                        throw fail("'\(append ? ">>" : ">")' needs a file name after it", at: start)
                    }
                    redirect = append ? .append(target) : .write(target)
                }
                continue
            }
            if redirect != nil, case .pipe = redirect {
                continue
            }
            if redirect != nil { throw fail("unexpected text after the redirection") }
            words += try word()
        }
        finish()
        return result
    }

    /// Why a line does not end its command: a trailing backslash outside quotes, or a quote left
    /// open (`'`, `"`). Nil when the line is whole. A comment ends the line whatever it holds.
    public enum Continuation: Equatable { case backslash, quote }

    public static func continuation(of line: String) -> Continuation? {
        var quote: Unicode.Scalar?
        var atWordStart = true
        var iterator = line.unicodeScalars.makeIterator()
        while let c = iterator.next() {
            if let q = quote {
                if c == q {
                    quote = nil
                } else if q == "\"" && c == "\\" {
                    if iterator.next() == nil { return .quote }
                }
                continue
            }
            switch c {
            case "\\":
                if iterator.next() == nil { return .backslash }
                atWordStart = false
            case "'", "\"":
                quote = c
                atWordStart = false
            case "#" where atWordStart:
                return nil
            default:
                atWordStart = isBlank(c) || c == ";" || c == "|" || c == ">"
            }
        }
        return quote == nil ? nil : .quote
    }

    /// The raw text up to the next `;` outside quotes (for `| shell command`).
    private mutating func rawUntilSemicolon() -> String {
        var out = String.UnicodeScalarView()
        var quote: Unicode.Scalar?
        while !atEnd {
            let c = scalars[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == ";" {
                break
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    /// One word; several for a lone `$@` (one per argument), none when it has no arguments.
    private mutating func word() throws(LineParseError) -> [String] {
        for form in ["$@", "\"$@\""] where isWhole(form) {
            i += form.unicodeScalars.count
            return arguments
        }
        var out = ""
        var quotedSomething = false
        while !atEnd {
            let c = scalars[i]
            if Self.isBlank(c) || c == ";" || c == ">" || c == "|" { break }
            switch c {
            case "'":
                let open = i
                i += 1
                while !atEnd && scalars[i] != "'" {
                    out.unicodeScalars.append(scalars[i])
                    i += 1
                }
                if atEnd { throw fail("unterminated single quote", at: open) }
                i += 1
                quotedSomething = true
            case "\"":
                let open = i
                i += 1
                while !atEnd && scalars[i] != "\"" {
                    let d = scalars[i]
                    if d == "\\" && i + 1 < scalars.count && "\"\\$`".unicodeScalars.contains(scalars[i + 1]) {
                        out.unicodeScalars.append(scalars[i + 1])
                        i += 2
                    } else if d == "$" {
                        out += try variable()
                    } else {
                        out.unicodeScalars.append(d)
                        i += 1
                    }
                }
                if atEnd { throw fail("unterminated double quote", at: open) }
                i += 1
                quotedSomething = true
            case "\\":
                if i + 1 < scalars.count {
                    out.unicodeScalars.append(scalars[i + 1])
                    i += 2
                } else {
                    i += 1
                }
            case "$":
                out += try variable()
            default:
                out.unicodeScalars.append(c)
                i += 1
            }
        }
        return out.isEmpty && !quotedSomething ? [] : [out]
    }

    /// Whether the word at the cursor is exactly `form`.
    private func isWhole(_ form: String) -> Bool {
        let pattern = Array(form.unicodeScalars)
        guard i + pattern.count <= scalars.count, Array(scalars[i..<(i + pattern.count)]) == pattern else { return false }
        let after = i + pattern.count
        if after == scalars.count { return true }
        let c = scalars[after]
        return Self.isBlank(c) || c == ";" || c == ">" || c == "|"
    }

    /// Expands the `$…` at the cursor.
    private mutating func variable() throws(LineParseError) -> String {
        let start = i
        i += 1
        guard !atEnd else { return "$" }
        let c = scalars[i]
        if c == "{" {
            i += 1
            let nameStart = i
            while !atEnd && scalars[i] != "}" { i += 1 }
            if atEnd { throw fail("unterminated '${'", at: start) }
            let inner = String(String.UnicodeScalarView(scalars[nameStart..<i]))
            i += 1
            // `${NAME:-default}`: the default when NAME (or the script argument) is unset or empty.
            if let dash = inner.range(of: ":-") {
                let name = String(inner[..<dash.lowerBound])
                let fallback = String(inner[dash.upperBound...])
                let value = try? resolve(name, at: start)
                return value.map { $0.isEmpty ? fallback : $0 } ?? fallback
            }
            return try resolve(inner, at: start)
        }
        if c.properties.numericType == .decimal && c.isASCII {
            i += 1
            return try resolve(String(c), at: start)
        }
        if c == "#" || c == "@" {
            i += 1
            return try resolve(String(c), at: start)
        }
        guard c.isASCII && (c.properties.isAlphabetic || c == "_") else { return "$" }
        let nameStart = i
        while !atEnd && scalars[i].isASCII && (scalars[i].properties.isAlphabetic || scalars[i] == "_"
            || scalars[i].properties.numericType == .decimal)
        {
            i += 1
        }
        return try resolve(String(String.UnicodeScalarView(scalars[nameStart..<i])), at: start)
    }

    private func resolve(_ name: String, at column: Int) throws(LineParseError) -> String {
        if name == "#" { return String(arguments.count) }
        if name == "@" { return arguments.joined(separator: " ") }
        if !name.isEmpty, name.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), let n = Int(name) {
            if n == 0 { return lookup("0") ?? "" }
            guard n <= arguments.count else {
                throw fail("script argument $\(n) was not given (\(arguments.count) given)", at: column)
            }
            return arguments[n - 1]
        }
        guard let value = lookup(name) else { throw fail("unknown variable '\(name)'", at: column) }
        return value
    }
}

extension String {
    func trimmingBlanks() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s.removeLast() }
        return String(s)
    }
}
