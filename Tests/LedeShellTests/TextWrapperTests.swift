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
