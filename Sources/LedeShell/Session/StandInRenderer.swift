import LedeKit

/// A plain renderer used until the full renderers are wired in.
enum StandInRenderer {
    static func render(_ output: CommandOutput, format: String) -> String {
        switch output {
        case .none: return ""
        case .text(let text): return text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
        case .table(let table):
            switch format {
            case "json", "jsonl":
                let objects = table.rows.map { row in
                    JSONValue.object(zip(table.columns, row).map { ($0.name, $1) })
                }
                if format == "jsonl" { return objects.map { JSONWriter.string($0) + "\n" }.joined() }
                return JSONWriter.string(.array(objects)) + "\n"
            default:
                var lines = [table.columns.map(\.name).joined(separator: "\t")]
                lines += table.rows.map { $0.map(\.displayText).joined(separator: "\t") }
                if let footer = table.footer { lines.append(footer) }
                return lines.joined(separator: "\n") + "\n"
            }
        }
    }
}
