/// A half-open range of Unicode-scalar offsets into an article's text.
public struct TextSpan: Sendable, Hashable, Comparable, Codable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}

/// Spans, for asking in O(log n) whether any of them contains a given span: sorted by start, with
/// the furthest end reached so far at each position.
public struct SpanIndex: Sendable {
    private let starts: [Int]
    private let furthestEnd: [Int]

    public init(_ spans: [TextSpan]) {
        let sorted = spans.sorted()
        starts = sorted.map(\.start)
        var furthest = Int.min
        furthestEnd = sorted.map { span in
            furthest = max(furthest, span.end)
            return furthest
        }
    }

    /// Whether one of the spans contains `span` (starts at or before it and ends at or after it).
    public func anyContains(_ span: TextSpan) -> Bool {
        // The spans starting at or before `span.start` are a prefix; one of them reaches far enough
        // exactly when the furthest end in that prefix does.
        let prefix = starts.partitionPoint { $0 <= span.start }
        return prefix > 0 && furthestEnd[prefix - 1] >= span.end
    }
}
