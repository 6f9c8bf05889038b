/// A forgiving HTML tokenizer: tags with attributes, text, and the raw text of `script`,
/// `style`, `title` and `textarea`. Comments, doctypes and processing instructions are dropped.
struct HTMLTokenizer {
    enum Token: Sendable {
        case text(String)
        case start(name: String, attributes: [(name: String, value: String)], selfClosing: Bool)
        case end(name: String)
    }

    static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "xmp"]

    private let s: [Unicode.Scalar]
    private var i = 0

    static func tokens(_ html: String) -> [Token] {
        var tokenizer = HTMLTokenizer(s: Array(html.unicodeScalars))
        return tokenizer.run()
    }

    private init(s: [Unicode.Scalar]) { self.s = s }

    private mutating func run() -> [Token] {
        var tokens: [Token] = []
        var text = String.UnicodeScalarView()
        func flushText() {
            if !text.isEmpty {
                tokens.append(.text(HTMLEntities.decode(String(text))))
                text = String.UnicodeScalarView()
            }
        }
        while i < s.count {
            let c = s[i]
            guard c == "<", i + 1 < s.count else {
                text.append(c)
                i += 1
                continue
            }
            let next = s[i + 1]
            if next == "!" || next == "?" {
                flushText()
                skipMarkupDeclaration()
            } else if next == "/" {
                guard i + 2 < s.count, s[i + 2].properties.isAlphabetic else {
                    text.append(c)
                    i += 1
                    continue
                }
                flushText()
                i += 2
                let name = readName()
                skip(past: ">")
                tokens.append(.end(name: name))
            } else if next.properties.isAlphabetic {
                flushText()
                i += 1
                let (name, attributes, selfClosing) = readTag()
                tokens.append(.start(name: name, attributes: attributes, selfClosing: selfClosing))
                if Self.rawTextElements.contains(name) && !selfClosing {
                    let raw = readRawText(until: name)
                    if !raw.isEmpty {
                        tokens.append(.text(name == "title" || name == "textarea" ? HTMLEntities.decode(raw) : raw))
                    }
                    tokens.append(.end(name: name))
                }
            } else {
                text.append(c)
                i += 1
            }
        }
        flushText()
        return tokens
    }

    private mutating func skipMarkupDeclaration() {
        if i + 3 < s.count, s[i + 2] == "-", s[i + 3] == "-" {
            i += 4
            while i < s.count {
                if s[i] == "-", i + 2 < s.count, s[i + 1] == "-", s[i + 2] == ">" {
                    i += 3
                    return
                }
                i += 1
            }
            return
        }
        skip(past: ">")
    }

    private mutating func skip(past mark: Unicode.Scalar) {
        while i < s.count && s[i] != mark { i += 1 }
        if i < s.count { i += 1 }
    }

    private mutating func readName() -> String {
        var name = String.UnicodeScalarView()
        while i < s.count, !isSpace(s[i]), s[i] != ">", s[i] != "/" {
            name.append(s[i])
            i += 1
        }
        return String(name).lowercased()
    }

    private mutating func readTag() -> (String, [(name: String, value: String)], Bool) {
        let name = readName()
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        while i < s.count {
            while i < s.count && isSpace(s[i]) { i += 1 }
            guard i < s.count else { break }
            if s[i] == ">" {
                i += 1
                break
            }
            if s[i] == "/" {
                selfClosing = true
                i += 1
                continue
            }
            var attribute = String.UnicodeScalarView()
            while i < s.count, !isSpace(s[i]), s[i] != ">", s[i] != "=", s[i] != "/" || attribute.isEmpty {
                attribute.append(s[i])
                i += 1
            }
            while i < s.count && isSpace(s[i]) { i += 1 }
            var value = String.UnicodeScalarView()
            if i < s.count, s[i] == "=" {
                i += 1
                while i < s.count && isSpace(s[i]) { i += 1 }
                if i < s.count, s[i] == "\"" || s[i] == "'" {
                    let quote = s[i]
                    i += 1
                    while i < s.count && s[i] != quote {
                        value.append(s[i])
                        i += 1
                    }
                    if i < s.count { i += 1 }
                } else {
                    while i < s.count, !isSpace(s[i]), s[i] != ">" {
                        value.append(s[i])
                        i += 1
                    }
                }
            }
            if !attribute.isEmpty {
                attributes.append((String(attribute).lowercased(), HTMLEntities.decode(String(value))))
            } else if i < s.count, s[i] != ">" {
                i += 1
            }
        }
        return (name, attributes, selfClosing)
    }

    private mutating func readRawText(until name: String) -> String {
        let closer = Array("</\(name)".unicodeScalars)
        let start = i
        while i < s.count {
            if s[i] == "<", i + closer.count <= s.count,
                zip(closer, s[i..<(i + closer.count)]).allSatisfy({ $0 == $1 || String($1).lowercased() == String($0) })
            {
                let raw = String(String.UnicodeScalarView(s[start..<i]))
                i += closer.count
                skip(past: ">")
                return raw
            }
            i += 1
        }
        return String(String.UnicodeScalarView(s[start..<s.count]))
    }

    private func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}"
    }
}
