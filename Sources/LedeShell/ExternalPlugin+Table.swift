import LedeCore
import LedeKit

extension ExternalPlugin {
    /// The table lede draws for a command when the plugin leaves rendering to it: one row per
    /// article (its scalar fields), or with `"rows": "FIELD"` one row per element of that array.
    /// The first column is always `article`.
    func table(for command: String, results: [(Document, JSONValue)]) -> Table {
        let shape = manifest.tables[command] ?? ExternalPluginManifest.TableShape(rows: nil, columns: [])
        var records: [(String, JSONValue)] = []
        for (document, result) in results {
            if let field = shape.rows {
                for item in result[field]?.arrayValue ?? [] { records.append((document.article.id, item)) }
            } else {
                records.append((document.article.id, result))
            }
        }
        var names = shape.columns
        if names.isEmpty, let first = records.first?.1 {
            names = (first.objectValue ?? [("value", first)]).filter { Self.isCell($0.1) }.map(\.0)
        }
        let columns = [Table.Column("article")] + names.map { name in
            let sample = records.lazy.compactMap { $0.1[name] }.first { $0 != .null }
            let numeric = sample?.doubleValue != nil
            let long = (sample?.stringValue?.count ?? 0) > 40
            return Table.Column(name, alignment: numeric ? .right : .left, wraps: long)
        }
        var table = Table(columns: columns)
        for (article, record) in records {
            let cells = names.map { name -> JSONValue in
                if case .object = record { return record[name] ?? .null }
                return name == "value" ? record : .null
            }
            table.append([.string(article)] + cells)
        }
        return table
    }

    private static func isCell(_ value: JSONValue) -> Bool {
        switch value {
        case .object: return false
        case .array(let items): return items.allSatisfy { if case .object = $0 { false } else { true } }
        default: return true
        }
    }

    /// A `command` response: `{"columns": […], "rows": [[…]], "footer": …}` or `{"text": "…"}`.
    static func output(from answer: JSONValue, plugin: String) throws -> CommandOutput {
        if let text = answer["text"]?.stringValue { return .text(text) }
        guard let columnList = answer["columns"]?.arrayValue, let rows = answer["rows"]?.arrayValue else {
            if answer == .null { return .none }
            throw LedeError("plugin '\(plugin)' answered command without \"columns\" and \"rows\" or \"text\"")
        }
        var columns: [Table.Column] = []
        for column in columnList {
            if let name = column.stringValue {
                columns.append(Table.Column(name))
            } else if let name = column["name"]?.stringValue {
                let alignment: Table.Column.Alignment = column["align"]?.stringValue == "right" ? .right : .left
                columns.append(Table.Column(name, alignment: alignment, wraps: column["wraps"]?.boolValue ?? false))
            } else {
                throw LedeError("plugin '\(plugin)' answered a column without a name")
            }
        }
        var table = Table(columns: columns, footer: answer["footer"]?.stringValue)
        for row in rows {
            guard let cells = row.arrayValue, cells.count == columns.count else {
                throw LedeError("plugin '\(plugin)' answered a row whose width is not \(columns.count)")
            }
            table.append(cells)
        }
        return .table(table)
    }
}
