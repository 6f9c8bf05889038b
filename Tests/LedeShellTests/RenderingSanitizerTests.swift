import LedeHost
import LedeKit
import Testing

@testable import LedeHost
@testable import LedeShell

@Suite("Rendering: terminal sanitising")
struct RenderingSanitizerTests {
    @Test("ANSI CSI, OSC and other escape sequences are removed")
    func escapes() {
        #expect(TerminalSanitizer.sanitize("\u{1B}[31mred\u{1B}[0m text") == "red text")
        #expect(TerminalSanitizer.sanitize("a\u{1B}[2J\u{1B}[Hb") == "ab")
        #expect(TerminalSanitizer.sanitize("\u{1B}]0;owned\u{07}title") == "title")
        #expect(TerminalSanitizer.sanitize("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\") == "link")
        #expect(TerminalSanitizer.sanitize("\u{1B}Pdevice\u{1B}\\ok") == "ok")
        #expect(TerminalSanitizer.sanitize("x\u{1B}(By\u{1B}7z") == "xyz")
        #expect(TerminalSanitizer.sanitize("\u{9B}31mC1\u{9D}osc\u{9C}!") == "C1!")
        #expect(TerminalSanitizer.sanitize("trailing\u{1B}") == "trailing")
        #expect(TerminalSanitizer.sanitize("\u{1B}[") == "")
    }

    @Test("control characters are removed; newlines kept or flattened; tabs become spaces")
    func controls() {
        #expect(TerminalSanitizer.sanitize("a\u{07}b\u{08}c\rd\u{0}e\u{7F}f\u{85}g") == "abcdefg")
        #expect(TerminalSanitizer.sanitize("one\ntwo\tthree") == "one\ntwo three")
        #expect(TerminalSanitizer.sanitize("one\ntwo", whitespace: .singleLine) == "one two")
        #expect(TerminalSanitizer.sanitize("plain «text» — ok ©") == "plain «text» — ok ©")
        #expect(TerminalSanitizer.sanitize("") == "")
    }

    @Test("every format strips escapes from article text")
    func allFormats() {
        let table = Table(
            columns: [.init("quote\u{1B}[1m")], rows: [["\u{1B}]0;pwned\u{07}Hello \u{1B}[31mworld\u{1B}[0m\u{07}"]],
            footer: "\u{1B}[5mfooter")
        for format in OutputFormat.allCases {
            let out = OutputRenderer(format: format).render(.table(table))
            #expect(!out.contains("\u{1B}"), "\(format)")
            #expect(!out.contains("\u{07}"), "\(format)")
            #expect(out.contains("Hello world") || out.contains("Hello \\u001b"), "\(format)")
        }
        let text = OutputRenderer(format: .table).render(.text("\u{1B}[2Jcleared\u{1B}]2;x\u{07}"))
        #expect(text == "cleared\n")
    }

    @Test("diagnostics print as one clean line")
    func diagnostics() {
        let diagnostic = LoadDiagnostic(.warning, path: "bad\u{1B}[2Jname\n.txt", line: 4, "oops")
        #expect(diagnostic.description == "badname .txt:4: warning: oops")
    }
}

extension RenderingSanitizerTests {
    @Test("bidirectional overrides are removed, other Unicode kept")
    func bidi() {
        #expect(TerminalSanitizer.sanitize("abc\u{202E}fed\u{202C}") == "abcfed")
        #expect(TerminalSanitizer.sanitize("\u{2067}שלום\u{2069} 👍🏽 e\u{301}") == "שלום 👍🏽 e\u{301}")
    }
}
