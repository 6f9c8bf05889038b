import LedeKit

/// Stance ties as a grid for a colour terminal: a row per source, a column per target, each cell
/// coloured by polarity and marked `+`, `−` or `±` (so the grid reads without colour too). Drawn
/// for tables with `source`, `target` and `polarity` columns (`stance matrix`), or `source`,
/// `relation` and `target` (`network`, its positive and negative ties).
enum PolarityGrid {
    static func render(_ table: Table) -> String? {
        let names = table.columns.map(\.name)
        guard let source = names.firstIndex(of: "source"), let target = names.firstIndex(of: "target") else { return nil }
        let polarityColumn = names.firstIndex(of: "polarity") ?? names.firstIndex(of: "relation")
        guard let polarityColumn else { return nil }
        var cells: [String: [String: String]] = [:]
        for row in table.rows {
            guard let from = row[source].stringValue, let to = row[target].stringValue,
                let polarity = row[polarityColumn].stringValue, polarity == "positive" || polarity == "negative"
            else { continue }
            let previous = cells[from]?[to]
            cells[from, default: [:]][to] = previous == nil || previous == polarity ? polarity : "mixed"
        }
        guard !cells.isEmpty else { return nil }
        let sources = cells.keys.sorted()
        let targets = Set(cells.values.flatMap(\.keys)).sorted()
        let width = sources.map { DisplayWidth.of($0) }.max() ?? 0
        var out = String(repeating: " ", count: width) + " "
        for k in targets.indices { out += pad(String(k + 1), 3) }
        out += "\n"
        for from in sources {
            out += from + String(repeating: " ", count: width - DisplayWidth.of(from)) + " "
            for to in targets {
                switch cells[from]?[to] {
                case "positive": out += "\u{1B}[48;5;25;97m + \u{1B}[0m"
                case "negative": out += "\u{1B}[48;5;166;97m − \u{1B}[0m"
                case "mixed": out += "\u{1B}[48;5;245;97m ± \u{1B}[0m"
                default: out += " · "
                }
            }
            out += "\n"
        }
        out += "\n" + targets.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ") + "\n"
        out += "rows: who takes the stance; columns: toward whom. + positive (blue), − negative (orange), ± both.\n"
        return out
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let space = max(0, width - text.count)
        return String(repeating: " ", count: space / 2) + text + String(repeating: " ", count: space - space / 2)
    }
}
