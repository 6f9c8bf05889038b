/// Wraps running text at a width (in terminal cells) on word boundaries, keeping its own line
/// breaks; a word longer than the width is cut (``DisplayWidth/wrap(_:to:)`` for each line).
enum TextWrapper {
    static func wrap(_ text: String, width: Int) -> String {
        guard width >= 10 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            DisplayWidth.of(line) > width ? DisplayWidth.wrap(String(line), to: width).joined(separator: "\n") : String(line)
        }.joined(separator: "\n")
    }
}
