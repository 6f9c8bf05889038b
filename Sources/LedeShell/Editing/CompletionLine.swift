/// The text before the cursor, read the way ``CommandLineParser`` reads a line, as far as
/// completion needs: the finished words of the command being typed and the word under the cursor,
/// both as typed and as what it means once quotes and backslashes are taken away.
struct CompletionLine: Equatable {
    /// What the word under the cursor is.
    enum Position: Equatable {
        /// A command name (no words yet) or one of its arguments.
        case argument
        /// The file after `>` or `>>`.
        case redirectTarget
        /// Shell text after `|`, a comment, or text after a redirection's file: nothing to complete.
        case nothing
    }

    /// The finished words of the current command (after the last `;`), unquoted.
    var words: [String] = []
    /// The word under the cursor as typed; a completion replaces exactly this text.
    var partialText = ""
    /// What the word under the cursor means (`'my fi` means `my fi`).
    var partialValue = ""
    var position = Position.argument

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var raw = String.UnicodeScalarView()
        var value = String.UnicodeScalarView()
        var inWord = false
        var quote: Unicode.Scalar?
        func endWord() {
            if inWord {
                if position == .argument { words.append(String(value)) } else { position = .nothing }
            }
            raw = String.UnicodeScalarView()
            value = String.UnicodeScalarView()
            inWord = false
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if position == .nothing {
                // Shell text or a comment runs on; an unquoted `;` after shell text starts a command.
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "'" || c == "\"" {
                    quote = c
                } else if c == ";" {
                    words = []
                    position = .argument
                }
                continue
            }
            if let q = quote {
                raw.append(c)
                if c == q {
                    quote = nil
                } else if q == "\"" && c == "\\" && i < scalars.count && "\"\\$`".unicodeScalars.contains(scalars[i]) {
                    raw.append(scalars[i])
                    value.append(scalars[i])
                    i += 1
                } else {
                    value.append(c)
                }
                continue
            }
            switch c {
            case " ", "\t", "\r", "\n":
                endWord()
            case ";":
                endWord()
                words = []
                position = .argument
            case "|":
                endWord()
                position = .nothing
            case ">":
                endWord()
                if i < scalars.count && scalars[i] == ">" { i += 1 }
                position = .redirectTarget
            case "#" where !inWord:
                endWord()
                position = .nothing
                quote = nil
                // A comment runs to the end of the line, `;` included.
                i = scalars.count
            case "'", "\"":
                quote = c
                raw.append(c)
                inWord = true
            case "\\":
                raw.append(c)
                if i < scalars.count {
                    raw.append(scalars[i])
                    value.append(scalars[i])
                    i += 1
                }
                inWord = true
            default:
                raw.append(c)
                value.append(c)
                inWord = true
            }
        }
        partialText = String(raw)
        partialValue = String(value)
    }
}
