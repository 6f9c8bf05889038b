/// Decodes HTML character references: the named entities news pages use, and decimal and hex
/// numeric references (with the HTML5 mapping of 128–159 to Windows-1252 and U+FFFD for invalid
/// code points). Unknown names are left as written.
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            guard c == "&", let (decoded, next) = reference(scalars, at: i) else {
                out.append(c)
                i += 1
                continue
            }
            out.append(contentsOf: decoded.unicodeScalars)
            i = next
        }
        return String(out)
    }

    /// The reference starting at the `&` at `start`: its text and the index after it.
    static func reference(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        guard i < s.count else { return nil }
        if s[i] == "#" {
            i += 1
            var radix: UInt32 = 10
            if i < s.count, s[i] == "x" || s[i] == "X" {
                radix = 16
                i += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while i < s.count, let d = digit(s[i], radix: radix) {
                value = min(value &* radix &+ d, 0x11_0000)
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            if i < s.count, s[i] == ";" { i += 1 }
            return (String(Character(numeric(value))), i)
        }
        var name = ""
        while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]), name.unicodeScalars.count < 32 {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        guard !name.isEmpty else { return nil }
        let hasSemicolon = i < s.count && s[i] == ";"
        if let value = named[name], hasSemicolon || legacyWithoutSemicolon.contains(name) {
            return (value, hasSemicolon ? i + 1 : i)
        }
        if let value = named[name.lowercased()], hasSemicolon {
            return (value, i + 1)
        }
        // `&copy2026`: a legacy name directly followed by more letters or digits.
        for legacy in legacyWithoutSemicolon.sorted(by: { $0.count > $1.count }) where name.hasPrefix(legacy) {
            if let value = named[legacy] { return (value, start + 1 + legacy.unicodeScalars.count) }
        }
        return nil
    }

    /// Names browsers also accept without the closing `;` (only the common ones).
    static let legacyWithoutSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    static func digit(_ c: Unicode.Scalar, radix: UInt32) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x41...0x46 where radix == 16: return c.value - 0x41 + 10
        case 0x61...0x66 where radix == 16: return c.value - 0x61 + 10
        default: return nil
        }
    }

    static func numeric(_ value: UInt32) -> Unicode.Scalar {
        if (0x80...0x9F).contains(value), let mapped = windows1252[value] { return mapped }
        if value == 0 || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}", 0x86: "\u{2020}",
        0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}", 0x8B: "\u{2039}", 0x8C: "\u{0152}",
        0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}",
        0x96: "\u{2013}", 0x97: "\u{2014}", 0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}",
        0x9C: "\u{0153}", 0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]

    /// Named references; `nbsp` becomes a plain space, which is what article text wants.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ",
        "thinsp": " ", "shy": "", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "", "rlm": "",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{00B7}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "bdquo": "\u{201E}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
        "prime": "\u{2032}", "Prime": "\u{2033}", "dagger": "\u{2020}", "Dagger": "\u{2021}", "permil": "\u{2030}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "deg": "\u{00B0}", "plusmn": "\u{00B1}",
        "times": "\u{00D7}", "divide": "\u{00F7}", "frac12": "\u{00BD}", "frac14": "\u{00BC}", "frac34": "\u{00BE}",
        "sup1": "\u{00B9}", "sup2": "\u{00B2}", "sup3": "\u{00B3}", "micro": "\u{00B5}", "para": "\u{00B6}",
        "sect": "\u{00A7}", "cent": "\u{00A2}", "pound": "\u{00A3}", "euro": "\u{20AC}", "yen": "\u{00A5}",
        "curren": "\u{00A4}", "iexcl": "\u{00A1}", "iquest": "\u{00BF}", "ordf": "\u{00AA}", "ordm": "\u{00BA}",
        "not": "\u{00AC}", "macr": "\u{00AF}", "acute": "\u{00B4}", "cedil": "\u{00B8}", "uml": "\u{00A8}",
        "larr": "\u{2190}", "rarr": "\u{2192}", "uarr": "\u{2191}", "darr": "\u{2193}", "minus": "\u{2212}",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ",
        "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í",
        "Icirc": "Î", "Iuml": "Ï", "ETH": "Ð", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô",
        "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü",
        "Yacute": "Ý", "THORN": "Þ", "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã",
        "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê",
        "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï", "eth": "ð", "ntilde": "ñ",
        "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø", "ugrave": "ù",
        "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "thorn": "þ", "yuml": "ÿ", "OElig": "Œ",
        "oelig": "œ", "Scaron": "Š", "scaron": "š", "Yuml": "Ÿ", "fnof": "ƒ", "circ": "ˆ", "tilde": "˜",
        "Alpha": "Α", "Beta": "Β", "Gamma": "Γ", "Delta": "Δ", "Omega": "Ω", "alpha": "α", "beta": "β",
        "gamma": "γ", "delta": "δ", "epsilon": "ε", "lambda": "λ", "mu": "μ", "pi": "π", "sigma": "σ",
        "omega": "ω", "infin": "∞", "ne": "≠", "le": "≤", "ge": "≥", "asymp": "≈", "hearts": "♥", "star": "☆",
    ]
}
