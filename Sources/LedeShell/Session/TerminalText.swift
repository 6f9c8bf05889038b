/// Makes text safe to print: control characters and ANSI escape sequences never reach the terminal.
enum TerminalText {
    static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            switch s.value {
            case 0x0A, 0x09: out.append(s)
            case 0x1B:
                // Drop an escape sequence: ESC [ … final byte, or ESC and one character.
                if let next = scalars.next(), next == "[" || next == "]" {
                    while let c = scalars.next() {
                        if next == "[" && c.value >= 0x40 && c.value <= 0x7E { break }
                        if next == "]" && (c.value == 0x07 || c.value == 0x9C) { break }
                    }
                }
            case 0..<0x20, 0x7F, 0x80..<0xA0: continue
            default: out.append(s)
            }
        }
        return String(out)
    }
}
