import LedeCore

/// A sentence as lower-case UTF-8 bytes with straight apostrophes, for fast phrase tests
/// (Foundation's `String.contains` dominated the run time).
struct LowercaseText: Sendable {
    var bytes: [UInt8]

    /// At most `limit` scalars of `span`.
    init(_ document: Document, _ span: TextSpan, limit: Int = 400) {
        var bytes: [UInt8] = []
        let end = min(span.end, span.start + limit, document.scalars.count)
        bytes.reserveCapacity(max(0, end - span.start))
        for k in max(0, span.start)..<max(max(0, span.start), end) {
            var v = document.scalars[k].value
            if v >= 0x41 && v <= 0x5A { v += 32 }
            if v == 0x2019 || v == 0x2018 { v = 0x27 }
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if let scalar = Unicode.Scalar(v) {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        self.bytes = bytes
    }

    init(_ string: String) { bytes = Array(string.utf8) }

    func hasPrefix(_ needle: String) -> Bool {
        let n = needle.utf8
        guard n.count <= bytes.count else { return false }
        return zip(bytes, n).allSatisfy { $0 == $1 }
    }

    func hasSuffix(_ needle: String) -> Bool {
        let n = needle.utf8
        guard n.count <= bytes.count else { return false }
        return zip(bytes[(bytes.count - n.count)...], n).allSatisfy { $0 == $1 }
    }

    func contains(_ needle: String) -> Bool {
        ByteSearch.contains(bytes, Array(needle.utf8))
    }

    func contains(_ needle: [UInt8]) -> Bool {
        ByteSearch.contains(bytes, needle)
    }

    func hasPrefix(_ needle: [UInt8]) -> Bool {
        needle.count <= bytes.count && bytes[..<needle.count].elementsEqual(needle)
    }
}
