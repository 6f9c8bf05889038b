import Foundation

/// Turns a file's bytes into text: refuses binary data, honours a byte-order mark, replaces
/// invalid UTF-8 (with a warning naming the first bad line) unless an HTML head declares a
/// Latin-1 or Windows-1252 charset, and normalises line ends to `\n`.
enum SourceDecoder {
    /// Why bytes are not text.
    struct BinaryRefusal: Error, Sendable {
        var reason: String
    }

    struct Decoded: Sendable {
        var text: String
        /// How many invalid UTF-8 sequences were replaced by U+FFFD, and the line of the first.
        var replacements: Int
        var firstBadLine: Int?
    }

    /// How many leading bytes the binary check inspects.
    static let sniffLength = 64 * 1024

    /// - Parameter charset: the charset the source was served with (an HTTP `Content-Type`),
    ///   which wins over one the page declares.
    static func decode(_ bytes: [UInt8], charset: String? = nil) throws(BinaryRefusal) -> Decoded {
        if bytes.count >= 2, bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF {
            return Decoded(text: normaliseLineEnds(decodeUTF16(bytes)), replacements: 0, firstBadLine: nil)
        }
        try checkNotBinary(bytes)
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        // Line ends are normalised on the bytes (CR and LF are ASCII in every charset read here).
        let body = normaliseLineEnds(bytes[start...])
        let finish = { (text: String) in text }
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: finish(text), replacements: 0, firstBadLine: nil)
        }
        if let charset = charset?.lowercased() ?? declaredCharset(body), ["windows-1252", "iso-8859-1", "latin1", "latin-1", "us-ascii", "cp1252", "iso-8859-15"].contains(charset) {
            return Decoded(text: finish(decodeWindows1252(body)), replacements: 0, firstBadLine: nil)
        }
        let (count, line) = invalidSequences(body)
        return Decoded(text: finish(String(decoding: body, as: UTF8.self)), replacements: count, firstBadLine: line)
    }

    /// Refuses NUL bytes or a high share of control bytes in the first ``sniffLength`` bytes.
    static func checkNotBinary(_ bytes: [UInt8]) throws(BinaryRefusal) {
        let length = min(bytes.count, sniffLength)
        var controls = 0
        var sawNUL = false
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer[0..<length] where byte < 0x20 || byte == 0x7F {
                if byte == 0 {
                    sawNUL = true
                    return
                }
                if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B { controls += 1 }
            }
        }
        if sawNUL { throw BinaryRefusal(reason: "binary file (contains NUL bytes); not loaded") }
        if length > 0, controls * 10 > length {
            let share = controls * 100 / length
            throw BinaryRefusal(reason: "binary file (\(share)% control bytes); not loaded")
        }
    }

    /// Counts invalid UTF-8 sequences and finds the 1-based line of the first.
    static func invalidSequences(_ bytes: ArraySlice<UInt8>) -> (count: Int, firstLine: Int?) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var count = 0
        var line = 1
        var firstLine: Int?
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == 0x0A { line += 1 }
            case .error:
                count += 1
                if firstLine == nil { firstLine = line }
            case .emptyInput:
                break loop
            }
        }
        return (count, firstLine)
    }

    /// The charset an HTML or XML head declares (`<meta charset=…>`, `content="…; charset=…"`,
    /// `<?xml … encoding="…"?>`), lower-cased; only the first 8 KB are searched.
    static func declaredCharset(_ bytes: ArraySlice<UInt8>) -> String? {
        let head = String(decoding: bytes.prefix(8192), as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            guard let range = head.range(of: marker) else { continue }
            let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if !value.isEmpty { return String(value) }
        }
        return nil
    }

    /// Windows-1252, the superset of Latin-1 that pages labelled Latin-1 are really written in.
    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0 {
                scalars.append(HTMLEntities.windows1252[UInt32(byte)] ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    static func decodeUTF16(_ bytes: [UInt8]) -> String {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// `\r\n` and lone `\r` become `\n` in bytes of an ASCII-compatible charset.
    static func normaliseLineEnds(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard bytes.contains(0x0D) else { return bytes }
        var out = [UInt8](repeating: 0, count: bytes.count)
        let written = out.withUnsafeMutableBufferPointer { target in
            bytes.withUnsafeBufferPointer { source in
                var count = 0
                var i = 0
                while i < source.count {
                    let byte = source[i]
                    if byte == 0x0D {
                        target[count] = 0x0A
                        if i + 1 < source.count && source[i + 1] == 0x0A { i += 1 }
                    } else {
                        target[count] = byte
                    }
                    count += 1
                    i += 1
                }
                return count
            }
        }
        return out[0..<written]
    }

    /// `\r\n` and lone `\r` become `\n`, so offsets count one scalar per line end.
    static func normaliseLineEnds(_ text: String) -> String {
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(0x0D) }) ?? text.utf8.contains(0x0D) else {
            return text
        }
        // CR and LF are ASCII, so the work can be done on UTF-8 bytes.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }}
