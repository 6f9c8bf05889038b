import LedeHost
import LedeKit

/// The machine formats for a ``Table``: JSON, JSON lines, CSV, TSV and Markdown, plus the plain
/// `text` form. None of them prints the footer, colour or terminal escapes.
enum RecordFormatter {
    /// The cell as machine formats write it: numbers as JSON writes them, `true`/`false`,
    /// empty for null, compact JSON for arrays and objects. Control characters are removed
    /// except line ends and tabs, which each format escapes its own way.
    static func cellText(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return sanitize(s)
        case .array, .object: return sanitize(JSONWriter.string(value))
        default: return value.displayText
        }
    }

    private static func sanitize(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            return TerminalSanitizer.sanitize(text)
        }
        // Keep tabs and line ends so CSV and TSV can quote or escape them.
        return text.split(separator: "\t", omittingEmptySubsequences: false)
            .map { TerminalSanitizer.sanitize(String($0).replacing("\r\n", with: "\n").replacing("\r", with: "\n")) }
            .joined(separator: "\t")
    }

    static func objects(_ table: Table) -> [JSONValue] {
        table.rows.map { row in
            .object(table.columns.indices.map { (table.columns[$0].name, $0 < row.count ? row[$0] : .null) })
        }
    }

    static func json(_ table: Table) -> String {
        PrettyJSONWriter.string(.array(objects(table))) + "\n"
    }

    static func jsonLines(_ table: Table) -> String {
        objects(table).map { JSONWriter.string($0) + "\n" }.joined()
    }

    static func text(_ table: Table) -> String {
        table.rows.map { row in
            row.map { TerminalSanitizer.sanitize($0.displayText, whitespace: .singleLine) }.joined(separator: "  ")
                + "\n"
        }.joined()
    }

    /// RFC 4180: a field holding a comma, quote, line end or outer space is quoted, quotes doubled.
    /// Records end with `\n`.
    static func csv(_ table: Table, safe: Bool = false) -> String {
        func field(_ text: String) -> String {
            let utf8 = text.utf8
            var needsQuotes = utf8.first == 0x20 || utf8.last == 0x20
            var hasQuote = false
            for byte in utf8 where byte == 0x2C || byte == 0x0A || byte == 0x0D || byte == 0x22 {
                needsQuotes = true
                if byte == 0x22 { hasQuote = true }
            }
            guard needsQuotes else { return text }
            guard hasQuote else { return "\"" + text + "\"" }
            var out = "\""
            for scalar in text.unicodeScalars {
                if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
            }
            return out + "\""
        }
        var out = table.columns.map { field(TerminalSanitizer.sanitize($0.name)) }.joined(separator: ",") + "\n"
        for row in table.rows {
            out += row.map { field(safe ? neutralised($0) : cellText($0)) }.joined(separator: ",") + "\n"
        }
        return out
    }

    /// A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or
    /// carriage return before one) gets a leading `'`, which spreadsheets show as text; numbers
    /// stay numbers.
    static func neutralised(_ value: JSONValue) -> String {
        let text = cellText(value)
        guard case .string = value, let first = text.unicodeScalars.first else { return text }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + text
        default: return text
        }
    }

    /// Tab-separated, with `\\`, `\t`, `\n` and `\r` escaped as two characters each.
    static func tsv(_ table: Table, safe: Bool = false) -> String {
        func field(_ text: String) -> String {
            guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\\": out += "\\\\"
                case "\t": out += "\\t"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        var out = table.columns.map { field(TerminalSanitizer.sanitize($0.name)) }.joined(separator: "\t") + "\n"
        for row in table.rows {
            out += row.map { field(safe ? neutralised($0) : cellText($0)) }.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// A pipe table; `|` and `\` are escaped, line ends become `<br>`, right-aligned columns `---:`.
    static func markdown(_ table: Table) -> String {
        func field(_ text: String) -> String {
            guard text.utf8.contains(where: { $0 == 0x7C || $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
                return text
            }
            var out = ""
            for character in text {
                switch character {
                case "|": out += "\\|"
                case "\\": out += "\\\\"
                case "\n", "\r\n": out += "<br>"
                case "\t": out += " "
                default: out.append(character)
                }
            }
            return out
        }
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        var out = line(table.columns.map { field(TerminalSanitizer.sanitize($0.name, whitespace: .singleLine)) })
        out += line(table.columns.map { $0.alignment == .right ? "---:" : "---" })
        for row in table.rows {
            out += line(row.map { field(cellText($0)) })
        }
        return out
    }
}
