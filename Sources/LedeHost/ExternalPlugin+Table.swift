import LedeCore
import LedeKit

extension ExternalPlugin {
    /// The table lede draws for a command when the plugin leaves rendering to it: one row per
    /// article (its scalar fields), or with `"rows": "FIELD"` one row per element of that array.
    /// The first column is always `article`. An option the command declares under a column's
    /// name keeps the rows whose cell holds its value (`--kind money`; a flag keeps the rows
    /// where the cell is true); an option that names no column is an error, never ignored.
    func table(for invocation: CommandInvocation, results: [(Document, JSONValue)]) throws -> Table {
        let command = invocation.command
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
        for (option, value) in invocation.options.sorted(by: { $0.key < $1.key })
        where !CommandDescriptor.hostOptionNames.contains(option) {
            guard names.contains(option) else {
                throw LedeError(
                    "\(command): --\(option) names no column of the table, and plugin '\(manifest.name)' does not draw its own",
                    hint: "its columns: \(names.joined(separator: ", "))")
            }
            records = records.filter { Self.cell($0.1, option).map { Self.matches($0, value) } ?? false }
        }
        let columns = [Table.Column("article")] + names.map { name in
            let sample = records.lazy.compactMap { $0.1[name] }.first { $0 != .null }
            let numeric = sample?.doubleValue != nil
            let long = (sample?.stringValue?.count ?? 0) > 40
            return Table.Column(name, alignment: numeric ? .right : .left, wraps: long)
        }
        var table = Table(columns: columns)
        for (article, record) in records {
            table.append([.string(article)] + names.map { Self.cell(record, $0) ?? .null })
        }
        return table
    }

    /// The value of column `name` in a record (a bare value is the column `value`).
    private static func cell(_ record: JSONValue, _ name: String) -> JSONValue? {
        if case .object = record { return record[name] }
        return name == "value" ? record : nil
    }

    /// Whether a cell passes an option's value: a flag wants true, a number equals, text
    /// contains it (any case).
    private static func matches(_ cell: JSONValue, _ value: String) -> Bool {
        if value.isEmpty { return cell.boolValue == true }
        if let number = Double(value), let d = cell.doubleValue { return d == number }
        return cell.displayText.lowercased().contains(value.lowercased())
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
