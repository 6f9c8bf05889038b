import LedeCore
import Testing

@Suite("SpanIndex")
struct SpanIndexTests {
    @Test("answers as a scan of every span does, nested and overlapping spans included")
    func agreesWithScan() {
        var generator = SplitMix(seed: 7)
        for _ in 0..<200 {
            let spans = (0..<Int(generator.next() % 12)).map { _ -> TextSpan in
                let start = Int(generator.next() % 60)
                return TextSpan(start, start + Int(generator.next() % 20))
            }
            let index = SpanIndex(spans)
            for _ in 0..<40 {
                let start = Int(generator.next() % 70)
                let probe = TextSpan(start, start + Int(generator.next() % 10))
                #expect(index.anyContains(probe) == spans.contains { $0.contains(probe) }, "\(spans) \(probe)")
            }
        }
    }

    @Test("no spans contain nothing")
    func empty() {
        #expect(!SpanIndex([]).anyContains(TextSpan(0, 0)))
    }
}

/// A small deterministic generator, so a failure replays.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
