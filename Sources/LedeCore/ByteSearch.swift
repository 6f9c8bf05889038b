/// Finding a short byte string in another: the word lists lede checks sentences against.
public enum ByteSearch {
    /// Whether `needle` occurs in `haystack` (an empty needle always does).
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

/// Several byte strings looked for at once: one pass over the text, trying at each byte only the
/// needles that start with it.
public struct ByteNeedles: Sendable {
    private let byFirstByte: [[[UInt8]]]
    /// Whether some needle starts with the byte: most bytes of a text are passed over on this.
    private let starts: [Bool]

    public init(_ needles: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for needle in needles where !needle.isEmpty {
            let bytes = Array(needle.utf8)
            buckets[Int(bytes[0])].append(bytes)
        }
        byFirstByte = buckets
        starts = buckets.map { !$0.isEmpty }
    }

    /// Whether any needle occurs in `haystack`.
    public func anyOccurs(in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { h in
            for i in 0..<h.count where starts[Int(h[i])] {
                for needle in byFirstByte[Int(h[i])] where needle.count <= h.count - i {
                    var j = 1
                    while j < needle.count && h[i + j] == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
            }
            return false
        }
    }
}
