import LedeKit
import LedeShell

/// Fuzzes table rendering. The first bytes choose the terminal width, colour and column flags;
/// the rest is cells (split at 0x1F, rows at 0x1E) that become numbers, booleans, null or text.
/// Every format renders; the human table holds no control character but line feeds (and colour
/// escapes when asked), JSON and JSON lines parse back strictly, TSV has one line per row.
enum TableFuzzTarget {
    @Sendable static func run(_ raw: UnsafeRawBufferPointer) {
        let bytes = Array(raw)
        guard bytes.count >= 3 else { return }
        let width = bytes[0] == 0 ? nil : Int(bytes[0])
        let color = bytes[1] & 1 == 1
        let flags = bytes[2]
        let rows = bytes.dropFirst(3).split(separator: 0x1E, omittingEmptySubsequences: false).map { line in
            line.split(separator: 0x1F, omittingEmptySubsequences: false).map { cell(String(decoding: $0, as: UTF8.self)) }
        }
        let columnCount = max(1, min(12, rows.map(\.count).max() ?? 1))
        let columns = (0..<columnCount).map { index -> Table.Column in
            let bit = UInt8(1) << UInt8(index % 8)
            return Table.Column(
                index < rows.first?.count ?? 0 ? rows[0][index].displayText : "c\(index)",
                alignment: flags & bit != 0 ? .right : .left, wraps: (flags >> 4) & bit != 0, emphasized: index == 1)
        }
        let table = Table(columns: columns, rows: Array(rows.dropFirst()), footer: rows.count > 3 ? "footer" : nil)
        for format in OutputFormat.allCases {
            let text = OutputRenderer(format: format, terminalWidth: width, color: color).render(table)
            check(text, format: format, table: table, color: color)
        }
    }

    static func cell(_ text: String) -> JSONValue {
        if text.isEmpty { return .null }
        if text == "true" || text == "false" { return .bool(text == "true") }
        if let integer = Int(text) { return .int(integer) }
        if let double = Double(text) { return .double(double) }
        return .string(text)
    }

    static func check(_ text: String, format: OutputFormat, table: Table, color: Bool) {
        switch format {
        case .table, .text:
            for scalar in text.unicodeScalars where scalar.value < 0x20 && scalar != "\n" {
                TextFuzzTarget.check(color && format == .table && scalar == "\u{1B}", "\(format) output holds U+\(scalar.value)")
            }
        case .json:
            let value = try? JSONParser.parse(text)
            TextFuzzTarget.check(value?.arrayValue?.count == table.rows.count, "json output does not parse back")
        case .jsonl:
            let lines = text.split(separator: "\n")
            TextFuzzTarget.check(lines.count == table.rows.count, "jsonl has \(lines.count) lines for \(table.rows.count) rows")
            for line in lines { TextFuzzTarget.check((try? JSONParser.parse(String(line))) != nil, "a jsonl line is not JSON") }
        case .tsv:
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            TextFuzzTarget.check(lines.count == table.rows.count + 1, "tsv has \(lines.count) lines for \(table.rows.count) rows")
        default:
            break
        }
    }
}
