import LedeHost
import LedeKit

/// Lays a ``Table`` out for people: aligned columns separated by two spaces, a header with a
/// rule under it, fitted to a terminal width by wrapping the columns marked `wraps` and then
/// truncating the widest others with `…`. Cells are sanitised for the terminal.
struct TableLayout {
    static let gap = 2
    /// Wrapping columns are not squeezed below this many columns (or their header).
    static let minimumWrapWidth = 16
    /// Other columns are not truncated below this many columns (or their header, if shorter).
    static let minimumTruncatedWidth = 6

    var table: Table
    /// The terminal width; nil for no limit.
    var width: Int?
    var style: TerminalStyle

    func render() -> String {
        let columns = table.columns
        guard !columns.isEmpty else { return footerLines().joined() }
        let headers = columns.map { TerminalSanitizer.sanitize($0.name, whitespace: .singleLine) }
        let cells = table.rows.map { row in
            columns.indices.map { index in
                index < row.count ? TerminalSanitizer.sanitize(row[index].displayText, whitespace: .singleLine) : ""
            }
        }
        let widths = fittedWidths(headers: headers, cells: cells)
        var out = ""
        out += line(headers.enumerated().map { [DisplayWidth.truncate($1, to: widths[$0])] }, widths: widths, decorate: style.bold)
        out += line(widths.map { [String(repeating: "-", count: $0)] }, widths: widths, decorate: style.dim)
        for row in cells {
            let parts = row.enumerated().map { index, cell -> [String] in
                columns[index].wraps
                    ? DisplayWidth.wrap(cell, to: widths[index]) : [DisplayWidth.truncate(cell, to: widths[index])]
            }
            out += line(parts, widths: widths, decorate: { $0 })
        }
        return out + footerLines().joined()
    }

    private func footerLines() -> [String] {
        guard let footer = table.footer, !footer.isEmpty else { return [] }
        return [style.dim(TerminalSanitizer.sanitize(footer, whitespace: .singleLine)) + "\n"]
    }

    /// One logical row, possibly several physical lines when a cell wrapped.
    private func line(_ parts: [[String]], widths: [Int], decorate: (String) -> String) -> String {
        let height = parts.map(\.count).max() ?? 1
        var out = ""
        for lineIndex in 0..<height {
            var text = ""
            for (index, cellLines) in parts.enumerated() {
                let cell = lineIndex < cellLines.count ? cellLines[lineIndex] : ""
                let last = index == parts.count - 1
                let right = table.columns[index].alignment == .right
                // A left-aligned last cell needs no padding: trailing blanks are trimmed anyway.
                let padding = last && !right ? "" : String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(cell)))
                if index > 0 { text += String(repeating: " ", count: Self.gap) }
                let shown = table.columns[index].emphasized ? style.highlight(cell) : cell
                text += right ? padding + shown : shown + padding
            }
            // Trailing blanks go, counted in bytes (a Character at a time is slow on long lines).
            let bytes = text.utf8
            var end = bytes.endIndex
            while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
            out += decorate(String(text[..<end])) + "\n"
        }
        return out
    }

    /// Natural column widths, shrunk to fit ``width``: wrapping columns first, then the widest
    /// of the others, each down to its minimum. A table that still does not fit overflows.
    func fittedWidths(headers: [String], cells: [[String]]) -> [Int] {
        var widths = headers.map { DisplayWidth.of($0) }
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        guard let limit = width else { return widths }
        let total = { widths.reduce(0, +) + Self.gap * (widths.count - 1) }
        let columns = table.columns
        let minimum = headers.indices.map { index in
            columns[index].wraps
                ? min(widths[index], max(Self.minimumWrapWidth, DisplayWidth.of(headers[index])))
                : min(widths[index], max(Self.minimumTruncatedWidth, min(DisplayWidth.of(headers[index]), 12)))
        }
        // Wrapping columns give up space first, the widest first.
        for wrapsFirst in [true, false] {
            while total() > limit {
                let candidates = widths.indices.filter { columns[$0].wraps == wrapsFirst && widths[$0] > minimum[$0] }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] || widths[$0] == widths[$1] && $0 > $1 })
                else { break }
                let others = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? minimum[widest]
                let excess = total() - limit
                let target = max(minimum[widest], max(others, widths[widest] - excess))
                widths[widest] = target == widths[widest] ? widths[widest] - 1 : target
            }
        }
        return widths
    }
}

/// Bold and dim, or nothing when colour is off.
struct TerminalStyle: Sendable {
    var enabled: Bool

    func bold(_ text: String) -> String { enabled && !text.isEmpty ? "\u{1B}[1m" + text + "\u{1B}[0m" : text }
    func highlight(_ text: String) -> String { enabled && !text.isEmpty ? "\u{1B}[1;33m" + text + "\u{1B}[0m" : text }
    func dim(_ text: String) -> String { enabled && !text.isEmpty ? "\u{1B}[2m" + text + "\u{1B}[0m" : text }
}
