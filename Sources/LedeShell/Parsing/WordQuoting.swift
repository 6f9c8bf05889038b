/// Writes values as words of lede's command language, the inverse of ``CommandLineParser``: a
/// quoted value parses back as exactly one word equal to it. Nothing in the value takes effect:
/// no `$` is expanded, and `;`, `|`, `>`, `#`, quotes, backslashes and blanks are plain text.
///
/// Completion inserts titles and file names through it, and `record` writes commands with it.
enum WordQuoting {
    /// `value` unchanged when every character is plain, otherwise in single quotes (a `'` inside
    /// becomes `'\''`: close, escaped quote, reopen).
    static func quote(_ value: String) -> String {
        if !value.isEmpty && value.unicodeScalars.allSatisfy(isPlain) { return value }
        var out = String.UnicodeScalarView()
        out.append("'")
        for scalar in value.unicodeScalars {
            if scalar == "'" {
                out.append(contentsOf: "'\\''".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        out.append("'")
        return String(out)
    }

    /// Characters that mean nothing to the parser anywhere in a word: ASCII letters and digits,
    /// a few punctuation marks common in names and paths, and letters of other scripts.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || plainPunctuation.contains(scalar)
        }
        return scalar.properties.isAlphabetic
    }

    private static let plainPunctuation: Set<Unicode.Scalar> = ["-", "_", ".", "/", ":", "@", "%", "+", "=", ",", "~"]

    /// `commands` as one line that parses back to them, or nil when a word holds a line break (a
    /// script line cannot). A `| COMMAND` is written as it was typed: it is shell text, not words.
    static func line(_ commands: [ParsedCommand]) -> String? {
        var parts: [String] = []
        for (index, command) in commands.enumerated() {
            // `!COMMAND` is shell text to the end of the line: written as typed when nothing follows.
            if command.words.count == 2, command.words[0] == "!", index == commands.count - 1 {
                parts.append("! " + command.words[1])
                continue
            }
            var text = command.words.map(quote).joined(separator: " ")
            switch command.redirect {
            case nil: break
            case .write(let path): text += " > " + quote(path)
            case .append(let path): text += " >> " + quote(path)
            case .pipe(let shellCommand): text += " | " + shellCommand
            }
            parts.append(text)
        }
        let line = parts.joined(separator: "; ")
        return line.unicodeScalars.contains("\n") ? nil : line
    }
}
