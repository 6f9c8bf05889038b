/// What a command returns: records in a table (every output format can print them), plain text,
/// or nothing.
public enum CommandOutput: Sendable, Equatable {
    case table(Table)
    case text(String)
    case none
}

/// Records with named columns. Cells are JSON values so `--format json` keeps their types.
public struct Table: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public enum Alignment: Sendable { case left, right }
        /// The field name in json/csv output and the header in a table.
        public var name: String
        public var alignment: Alignment
        /// Whether the human table may wrap this column (long quotes and sentences).
        public var wraps: Bool
        /// Whether a colour terminal highlights this column's cells (the match of a search).
        public var emphasized: Bool

        /// Whether the column is for programs only: it appears in `json` and `jsonl` (offsets,
        /// rule names, the fields `lede analyze` gives) and not in the formats people read.
        public var detail: Bool

        public init(
            _ name: String, alignment: Alignment = .left, wraps: Bool = false, emphasized: Bool = false, detail: Bool = false
        ) {
            self.name = name
            self.alignment = alignment
            self.wraps = wraps
            self.emphasized = emphasized
            self.detail = detail
        }
    }

    public var columns: [Column]
    public var rows: [[JSONValue]]
    /// A line shown under a human table (`3 of 12 quotes`), never in machine formats.
    public var footer: String?

    public init(columns: [Column], rows: [[JSONValue]] = [], footer: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.footer = footer
    }

    /// The table without its ``Column/detail`` columns.
    public var withoutDetail: Table {
        let kept = columns.indices.filter { !columns[$0].detail }
        guard kept.count < columns.count else { return self }
        return Table(
            columns: kept.map { columns[$0] }, rows: rows.map { row in kept.map { $0 < row.count ? row[$0] : .null } },
            footer: footer)
    }

    public mutating func append(_ row: [JSONValue]) {
        precondition(row.count == columns.count, "row width must match the columns")
        rows.append(row)
    }
}
