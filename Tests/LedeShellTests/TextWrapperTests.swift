import LedeKit
import Testing

@testable import LedeShell

@Suite("Wrapping text at the terminal's width")
struct TextWrapperTests {
    @Test("lines break between words, never past the width; short lines and blank lines stay")
    func wraps() {
        let text = "The harbour board met on Tuesday and agreed nothing at all.\n\nShort line."
        let wrapped = TextWrapper.wrap(text, width: 20)
        #expect(wrapped == "The harbour board\nmet on Tuesday and\nagreed nothing at\nall.\n\nShort line.")
        #expect(wrapped.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 20 })
    }

    @Test("a word longer than the width is cut; wide characters count two cells")
    func longWordsAndWideCharacters() {
        #expect(TextWrapper.wrap("supercalifragilisticexpialidocious ok", width: 12) == "supercalifra\ngilisticexpi\nalidocious\nok")
        let wrapped = TextWrapper.wrap("東京都 大阪府 京都府 北海道", width: 14)
        #expect(wrapped.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 14 })
        #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == "東京都 大阪府 京都府 北海道")
    }
}

@Suite("Tables with very long cells")
struct LongCellTableTests {
    @Test("a 200,000-character cell lays out whole off a terminal, lines without trailing blanks", .timeLimit(.minutes(1)))
    func longCell() {
        let long = String(repeating: "context words ", count: 14_000) + "end"
        var table = Table(columns: [.init("n", alignment: .right), .init("context", wraps: true), .init("tail")])
        table.append([.int(1), .string(long), .string("x")])
        table.append([.int(22), .string("short"), .string("")])
        let out = TableLayout(table: table, width: nil, style: TerminalStyle(enabled: false)).render()
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5)
        #expect(lines[2].hasSuffix("end  x"))
        #expect(lines[3] == "22  short")
        #expect(lines.allSatisfy { $0.last != " " })
    }
}
