import LedeHost
import LedeKit

/// Turns a command's output into the text to write, in the chosen ``OutputFormat``.
///
/// The caller decides colour (a terminal and no `NO_COLOR`) and passes the terminal width
/// (nil when output goes to a file or pipe). Human formats (`table`, `text`) and plain text
/// output are passed through ``TerminalSanitizer``; machine formats escape or strip control
/// characters their own way. The result ends with a newline unless it is empty.
public struct OutputRenderer: Sendable {
    public var format: OutputFormat
    /// Columns available for a `table`; nil means unlimited.
    public var terminalWidth: Int?
    /// Bold headers and a dim rule and footer (ANSI), for a colour terminal only.
    public var color: Bool
    /// CSV and TSV cells that would start a spreadsheet formula are written as text.
    public var spreadsheetSafe: Bool

    public init(format: OutputFormat = .table, terminalWidth: Int? = nil, color: Bool = false, spreadsheetSafe: Bool = false) {
        self.format = format
        self.terminalWidth = terminalWidth
        self.color = color
        self.spreadsheetSafe = spreadsheetSafe
    }

    public func render(_ output: CommandOutput) -> String {
        switch output {
        case .none:
            return ""
        case .text(let text):
            switch format {
            case .json, .jsonl:
                return JSONWriter.string(.string(text)) + "\n"
            default:
                let clean = TerminalSanitizer.sanitize(text)
                return clean.isEmpty || clean.hasSuffix("\n") ? clean : clean + "\n"
            }
        case .table(let table):
            return render(table)
        }
    }

    public func render(_ table: Table) -> String {
        let table = format == .json || format == .jsonl ? table : table.withoutDetail
        switch format {
        case .table: return TableLayout(table: table, width: terminalWidth, style: TerminalStyle(enabled: color)).render()
        case .text: return RecordFormatter.text(table)
        case .json: return RecordFormatter.json(table)
        case .jsonl: return RecordFormatter.jsonLines(table)
        case .csv: return RecordFormatter.csv(table, safe: spreadsheetSafe)
        case .tsv: return RecordFormatter.tsv(table, safe: spreadsheetSafe)
        case .md: return RecordFormatter.markdown(table)
        }
    }
}
