/// How many terminal columns text takes: East Asian wide and fullwidth characters and emoji
/// count two, combining marks and zero-width characters none.
enum DisplayWidth {
    static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    static func of(_ character: Character) -> Int {
        if character.isASCII { return 1 }
        guard let first = character.unicodeScalars.first else { return 0 }
        let properties = first.properties
        if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark
            || properties.generalCategory == .format || first.value == 0x200B
        {
            return 0
        }
        if isWide(first.value) || (properties.isEmojiPresentation && first.value >= 0x1F000) { return 2 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && properties.isEmoji { return 2 }
        return 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `text` that fits in `width` columns.
    static func prefix(_ text: String, fitting width: Int) -> Substring {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = of(text[index])
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return text[..<end]
    }

    /// `text` cut to `width` columns with `…` at the end when it did not fit.
    static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        return String(prefix(text, fitting: width - 1)).trimmingSpaces + "…"
    }

    /// Word-wraps `text` into lines of at most `width` columns, breaking long words.
    static func wrap(_ text: String, to width: Int) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var piece = String(word)
            var pieceWidth = of(piece)
            if lineWidth > 0 && lineWidth + 1 + pieceWidth <= width {
                line += " " + piece
                lineWidth += 1 + pieceWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while pieceWidth > width {
                let head = prefix(piece, fitting: width)
                guard !head.isEmpty else { break }
                lines.append(String(head))
                piece = String(piece[head.endIndex...])
                pieceWidth = of(piece)
            }
            line = piece
            lineWidth = pieceWidth
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
