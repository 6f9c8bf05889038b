/// Makes article-derived text safe to write to a terminal: removes ANSI escape sequences (CSI,
/// OSC, DCS and other `ESC` sequences, and their 8-bit C1 forms) and every other control
/// character (and bidirectional overrides), so a hostile article cannot move the cursor, retitle
/// the window, reorder or hide text.
public enum TerminalSanitizer {
    /// What happens to line ends and tabs.
    public enum Whitespace: Sendable {
        /// Keep `\n`; a tab becomes a space (multi-line text).
        case keepNewlines
        /// `\n` and tabs become a space (a table cell or a single line).
        case singleLine
    }

    /// `text` with escape sequences and control characters removed.
    public static func sanitize(_ text: String, whitespace: Whitespace = .keepNewlines) -> String {
        guard needsWork(text) else { return text }
        var out = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            switch scalar.value {
            case 0x0A:
                out.append(whitespace == .keepNewlines ? "\n" : " ")
            case 0x09:
                out.append(" ")
            case 0x1B:
                pending = skipEscape(after: pending, &iterator)
            case 0x9B:
                pending = skipControlSequence(from: pending, &iterator)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                pending = skipString(from: pending, &iterator)
            case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `text` has anything to remove (the common case is a fast no).
    static func needsWork(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
            || isBidiControl(scalar.value)
        {
            return true
        }
        return false
    }

    /// Bidirectional embeddings, overrides and isolates, which can make a terminal show text in
    /// an order other than the one it has.
    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Skips what follows an `ESC`; returns the first scalar after the sequence.
    private static func skipEscape(
        after next: Unicode.Scalar?, _ iterator: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        guard let next else { return nil }
        switch next {
        case "[": return skipControlSequence(from: iterator.next(), &iterator)
        case "]", "P", "X", "^", "_": return skipString(from: iterator.next(), &iterator)
        default:
            // ESC, intermediates (0x20–0x2F), then one final character.
            var current: Unicode.Scalar? = next
            while let c = current, (0x20...0x2F).contains(c.value) { current = iterator.next() }
            return current == nil ? nil : iterator.next()
        }
    }

    /// Skips CSI parameters and intermediates up to and including the final byte (0x40–0x7E).
    private static func skipControlSequence(
        from first: Unicode.Scalar?, _ iterator: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        var current = first
        while let c = current {
            if (0x40...0x7E).contains(c.value) { return iterator.next() }
            // A stray character that cannot be part of a sequence ends it and is kept.
            if !(0x20...0x3F).contains(c.value) { return c }
            current = iterator.next()
        }
        return nil
    }

    /// Skips an OSC/DCS/SOS/PM/APC string up to BEL, `ESC \` or the 8-bit ST.
    private static func skipString(
        from first: Unicode.Scalar?, _ iterator: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        var current = first
        while let c = current {
            switch c.value {
            case 0x07, 0x9C: return iterator.next()
            case 0x1B:
                let after = iterator.next()
                return after == "\\" ? iterator.next() : after
            default: current = iterator.next()
            }
        }
        return nil
    }
}
