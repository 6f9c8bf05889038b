import Testing

@testable import LedeCore

@Suite("Strings from scalars")
struct ScalarTextTests {
    @Test("every UTF-8 length, clamped ranges, and a mapping", arguments: ["plain", "é ß", "日本語", "😀 x", "", "A\u{301}"])
    func roundTrip(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(ScalarText.string(scalars, 0..<scalars.count) == text)
        #expect(ScalarText.string(scalars, -3..<(scalars.count + 5)) == text)
        #expect(ScalarText.string(scalars, 0..<scalars.count, folding: .lowercase) == String(
            String.UnicodeScalarView(scalars.map { $0.value >= 0x41 && $0.value <= 0x5A ? Unicode.Scalar($0.value + 32)! : $0 })))
    }

    @Test("a part of the text, an empty range and one past the end")
    func parts() {
        let scalars = Array("Ürümqi Tower".unicodeScalars)
        #expect(ScalarText.string(scalars, 0..<6) == "Ürümqi")
        #expect(ScalarText.string(scalars, 4..<4) == "")
        #expect(ScalarText.string(scalars, 20..<30) == "")
    }
}
