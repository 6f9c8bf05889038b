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

@Suite("Spreadsheet-safe CSV and TSV")
struct SpreadsheetSafeTests {
    @Test("text cells that would start a formula get a leading quote; numbers and other text do not")
    func neutralised() {
        var table = Table(columns: [.init("a"), .init("b"), .init("c")])
        table.append([.string("=SUM(A1)"), .double(-0.72), .string("plain")])
        table.append([.string("+1 call"), .string("@mention"), .string("-dash")])
        table.append([.string("\tx"), .int(-3), .string("a=b")])
        #expect(
            RecordFormatter.csv(table, safe: true)
                == "a,b,c\n'=SUM(A1),-0.72,plain\n'+1 call,'@mention,'-dash\n'\tx,-3,a=b\n")
        #expect(RecordFormatter.csv(table).contains("\n=SUM(A1),"))
        #expect(RecordFormatter.tsv(table, safe: true).hasPrefix("a\tb\tc\n'=SUM(A1)\t-0.72\tplain\n"))
    }
}
