import LedeCore
import Testing

@Suite("SpanIndex")
struct SpanIndexTests {
    @Test("answers as a scan of every span does, nested and overlapping spans included")
    func agreesWithScan() {
        var generator = SeededGenerator(seed: 7)
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
