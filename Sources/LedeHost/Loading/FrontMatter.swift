/// A `---` block of `key: value` lines at the top of a text or Markdown file, as in lede's
/// sample articles. Keys are lower-cased; a value is split at the first `": "`; a value wrapped in
/// one pair of double or single quotes is unwrapped; blank lines and `#` comments are skipped.
struct FrontMatter: Sendable {
    var fields: [(key: String, value: String)]
    /// The text after the closing `---` line.
    var body: Substring
    /// The 1-based line number of the first body line.
    var bodyLine: Int

    /// The value of the first field named `key`.
    func value(_ key: String) -> String? { fields.first { $0.key == key }?.value }

    /// Splits front matter from `text`; nil when the text does not open with a `---` line.
    /// Lines that are not `key: value` and a block that is never closed become warnings.
    static func parse(_ text: String, warn: (Int, String) -> Void) -> FrontMatter? {
        var rest = text[...]
        guard let opening = takeLine(&rest), isFence(opening) else { return nil }
        var fields: [(key: String, value: String)] = []
        var pending: [(line: Int, text: Substring)] = []
        var number = 1
        while let line = takeLine(&rest) {
            number += 1
            if isFence(line) {
                for (lineNumber, bad) in pending {
                    warn(lineNumber, "front matter line '\(abbreviate(bad))' is not 'key: value'; ignored")
                }
                return FrontMatter(fields: fields, body: rest, bodyLine: number + 1)
            }
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if let field = field(trimmed) {
                fields.append(field)
            } else {
                pending.append((number, trimmed))
            }
        }
        warn(1, "front matter opened by '---' is never closed; read the file as plain text")
        return nil
    }

    /// `key: value` (or `key:` with an empty value), else nil.
    static func field(_ line: Substring) -> (key: String, value: String)? {
        let key: Substring
        var value: Substring
        if let colon = colonSpace(line) {
            key = line[..<colon]
            value = line[line.index(colon, offsetBy: 2)...].trimmingSpaces
        } else if line.hasSuffix(":") {
            key = line.dropLast()
            value = ""
        } else {
            return nil
        }
        let cleanKey = key.trimmingSpaces
        guard !cleanKey.isEmpty, !cleanKey.contains(" "), !cleanKey.contains("\t") else { return nil }
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first,
            !value.dropFirst().dropLast().contains(first)
        {
            value = value.dropFirst().dropLast()
        }
        return (cleanKey.lowercased(), String(value))
    }

    /// The index of the first `": "` in `line`.
    static func colonSpace(_ line: Substring) -> Substring.Index? {
        var previousWasColon = false
        for index in line.utf8.indices {
            let byte = line.utf8[index]
            if previousWasColon && byte == 0x20 { return line.utf8.index(before: index) }
            previousWasColon = byte == 0x3A
        }
        return nil
    }

    static func isFence(_ line: Substring) -> Bool {
        line.trimmingSpaces == "---"
    }

    /// Removes and returns the next line (without its `\n`); nil at the end of the text.
    static func takeLine(_ rest: inout Substring) -> Substring? {
        guard !rest.isEmpty else { return nil }
        if let newline = rest.firstIndex(of: "\n") {
            let line = rest[..<newline]
            rest = rest[rest.index(after: newline)...]
            return line
        }
        let line = rest
        rest = rest[rest.endIndex...]
        return line
    }

    static func abbreviate(_ text: Substring, limit: Int = 40) -> String {
        text.count <= limit ? String(text) : String(text.prefix(limit - 1)) + "…"
    }
}
