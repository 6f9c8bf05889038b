/// A forgiving HTML tokenizer over UTF-8 bytes, in one linear pass: start tags with the
/// attributes lede reads, end tags, text as byte ranges (decoded only when used), and the raw
/// text of `script`, `style`, `title`, `textarea` and `xmp`. Comments, doctypes and
/// processing instructions are dropped.
///
/// Every loop moves the cursor forward, and no position is read twice by a nested loop, so the
/// time is linear in the input whatever it holds (unclosed tags, `<a` repeated, stray quotes).
struct HTMLTokenizer {
    enum Token {
        case text(Range<Int>)
        case start(name: String, kind: ElementKind, attributes: [HTMLDocument.Attribute], selfClosing: Bool)
        case end(name: String)
    }

    static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "xmp"]
    /// Attributes the reader uses; the rest are skipped without being copied.
    static let keptAttributes: Set<String> = [
        "id", "class", "role", "hidden", "aria-hidden", "style", "property", "name", "content", "rel", "href",
        "datetime", "itemprop", "type", "lang", "charset", "http-equiv", "itemtype",
    ]

    static let longestKeptAttribute = keptAttributes.map(\.utf8.count).max() ?? 0

    private let s: UnsafeBufferPointer<UInt8>
    private var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { s = bytes }

    /// Calls `emit` with each token in document order.
    mutating func run(_ emit: (Token) -> Void) {
        let n = s.count
        var textStart = 0
        func flush(_ end: Int) {
            if end > textStart { emit(.text(textStart..<end)) }
        }
        while i < n {
            guard s[i] == 0x3C, i + 1 < n else {  // '<'
                i += 1
                continue
            }
            let next = s[i + 1]
            if next == 0x21 || next == 0x3F {  // '!' '?'
                flush(i)
                skipMarkupDeclaration()
                textStart = i
            } else if next == 0x2F {  // '/'
                guard i + 2 < n, Self.isLetter(s[i + 2]) else {
                    i += 1
                    continue
                }
                flush(i)
                i += 2
                let name = readName()
                skip(past: 0x3E)
                emit(.end(name: name))
                textStart = i
            } else if Self.isLetter(next) {
                flush(i)
                i += 1
                let (name, attributes, selfClosing) = readTag()
                let kind = ElementKind(name: name)
                emit(.start(name: name, kind: kind, attributes: attributes, selfClosing: selfClosing))
                if !selfClosing && kind.contains(.rawText) {
                    let raw = readRawText(until: name)
                    if !raw.isEmpty { emit(.text(raw)) }
                    emit(.end(name: name))
                }
                textStart = i
            } else {
                i += 1
            }
        }
        flush(n)
    }

    private mutating func skipMarkupDeclaration() {
        if i + 3 < s.count, s[i + 2] == 0x2D, s[i + 3] == 0x2D {  // "<!--"
            i += 4
            while i < s.count {
                if s[i] == 0x2D, i + 2 < s.count, s[i + 1] == 0x2D, s[i + 2] == 0x3E {
                    i += 3
                    return
                }
                i += 1
            }
            return
        }
        skip(past: 0x3E)
    }

    private mutating func skip(past mark: UInt8) {
        while i < s.count && s[i] != mark { i += 1 }
        if i < s.count { i += 1 }
    }

    private mutating func readName() -> String {
        let start = i
        while i < s.count, !Self.isSpace(s[i]), s[i] != 0x3E, s[i] != 0x2F { i += 1 }
        return Self.lowercased(s[start..<min(i, start + 64)])
    }

    private mutating func readTag() -> (String, [HTMLDocument.Attribute], Bool) {
        let name = readName()
        var attributes: [HTMLDocument.Attribute] = []
        var selfClosing = false
        while i < s.count {
            while i < s.count && Self.isSpace(s[i]) { i += 1 }
            guard i < s.count else { break }
            if s[i] == 0x3E {
                i += 1
                break
            }
            if s[i] == 0x2F {
                selfClosing = true
                i += 1
                continue
            }
            selfClosing = false
            let nameStart = i
            while i < s.count, !Self.isSpace(s[i]), s[i] != 0x3E, s[i] != 0x3D, s[i] != 0x2F || i == nameStart {
                i += 1
            }
            let nameEnd = i
            while i < s.count && Self.isSpace(s[i]) { i += 1 }
            var value = i..<i
            if i < s.count, s[i] == 0x3D {
                i += 1
                while i < s.count && Self.isSpace(s[i]) { i += 1 }
                if i < s.count, s[i] == 0x22 || s[i] == 0x27 {
                    let quote = s[i]
                    i += 1
                    let start = i
                    while i < s.count && s[i] != quote { i += 1 }
                    value = start..<i
                    if i < s.count { i += 1 }
                } else {
                    let start = i
                    while i < s.count, !Self.isSpace(s[i]), s[i] != 0x3E { i += 1 }
                    value = start..<i
                }
            }
            if nameEnd > nameStart {
                // Most attributes (`data-*`, `srcset`, event handlers) are not kept: skip them
                // before making a string of the name.
                let length = nameEnd - nameStart
                if length > Self.longestKeptAttribute || length >= 5 && s[nameStart] | 0x20 == 0x64 && s[nameStart + 4] == 0x2D {
                    continue
                }
                let attributeName = Self.lowercased(s[nameStart..<nameEnd])
                // Links' addresses are long and many; only `<link>` (canonical) needs one.
                if Self.keptAttributes.contains(attributeName) && (attributeName != "href" || name == "link") {
                    let raw = String(decoding: UnsafeBufferPointer(rebasing: s[value]), as: UTF8.self)
                    attributes.append(HTMLDocument.Attribute(name: attributeName, value: raw))
                }
            } else if i < s.count, s[i] != 0x3E {
                i += 1
            }
        }
        return (name, attributes, selfClosing)
    }

    /// The bytes up to the matching end tag (case-insensitive); the cursor moves past it.
    private mutating func readRawText(until name: String) -> Range<Int> {
        let closer = Array(name.utf8)
        let start = i
        while i < s.count {
            if s[i] == 0x3C, i + 1 < s.count, s[i + 1] == 0x2F, i + 2 + closer.count <= s.count {
                var matches = true
                for (offset, byte) in closer.enumerated() where s[i + 2 + offset] | 0x20 != byte {
                    matches = false
                    break
                }
                if matches {
                    let end = i
                    i += 2 + closer.count
                    skip(past: 0x3E)
                    return start..<end
                }
            }
            i += 1
        }
        return start..<s.count
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C }

    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    static func lowercased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return bytes.count
        } 
    }
}
