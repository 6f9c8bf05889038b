/// Wraps running text at a width (in terminal cells) on word boundaries, keeping its own line
/// breaks; a word longer than the width is cut.
enum TextWrapper {
    static func wrap(_ text: String, width: Int) -> String {
        guard width >= 10 else { return text }
        var out: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard DisplayWidth.of(line) > width else {
                out.append(line)
                continue
            }
            var current = ""
            var currentWidth = 0
            for word in line.split(separator: " ", omittingEmptySubsequences: true) {
                var word = Substring(word)
                var wordWidth = DisplayWidth.of(word)
                if currentWidth > 0 && currentWidth + 1 + wordWidth > width {
                    out.append(Substring(current))
                    current = ""
                    currentWidth = 0
                }
                while wordWidth > width {
                    let head = DisplayWidth.prefix(String(word), fitting: width)
                    out.append(head)
                    word = word.dropFirst(head.count)
                    wordWidth = DisplayWidth.of(word)
                }
                if currentWidth > 0 {
                    current += " "
                    currentWidth += 1
                }
                current += word
                currentWidth += wordWidth
            }
            out.append(Substring(current))
        }
        return out.joined(separator: "\n")
    }
}
