import Foundation
import LedeCore
import Testing

@testable import LedePlugins

@Suite("Quotes: odd inputs")
struct QuotesRobustnessTests {
    @Test("odd texts neither crash nor give spans outside the text", arguments: [
        "", " ", "\"", "“”", "\"\"", "“ ”", "''''", "“unclosed", "closed”", "\"a\" \"b", "“—” said", "said “",
        "“” he said.", "\n\n“\n\n”\n\n", "‘’‘’‘’", "“Only quotes.”", "“One.” “Two.” “Three.”",
        "— “x” —", "According to", "according to “", "He said: ", "a\u{301}“b\u{301}”c\u{301} he said",
    ])
    func odd(text: String) throws {
        let (document, analysis) = try QuotesTestSupport.analyze(text)
        for quote in analysis.quotes {
            #expect(quote.span.start >= 0 && quote.span.end <= document.scalars.count && quote.span.start <= quote.span.end)
            if let speaker = quote.speakerSpan { #expect(speaker.end <= document.scalars.count) }
        }
        _ = QuotesPlugin().encode(analysis, document: document)
    }

    @Test("an article of 10,000 quotes finishes quickly")
    func manyQuotes() throws {
        var text = ""
        for i in 0..<10_000 { text += "“Line \(i) is here,” Ada Brook said. " }
        let start = Date()
        let (_, analysis) = try QuotesTestSupport.analyze(text)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(analysis.quotes.filter { $0.kind == .speech }.count == 10_000)
    }

    @Test("an article of 10,000 unbalanced marks finishes quickly")
    func manyMarks() throws {
        let text = String(repeating: "“no end ", count: 10_000) + String(repeating: "\" ", count: 5_001)
        let start = Date()
        _ = try QuotesTestSupport.analyze(text)
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test("a text of quotes only keeps every quote, unattributed")
    func quotesOnly() throws {
        let (_, analysis) = try QuotesTestSupport.analyze("“First thing to say.”\n\n“Second thing to say.”")
        #expect(analysis.quotes.count == 2)
        #expect(analysis.quotes.allSatisfy { $0.speaker == nil })
    }

    @Test("empty quotes are skipped")
    func emptyQuotes() throws {
        let (_, analysis) = try QuotesTestSupport.analyze("He said “” and then \"\" again.")
        #expect(analysis.quotes.filter { $0.kind != .indirect }.isEmpty)
    }
}
