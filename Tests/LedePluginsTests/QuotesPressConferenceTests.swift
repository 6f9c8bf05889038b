import LedeCore
import Testing

@testable import LedePlugins

@Suite("Quotes: the press-conference article")
struct QuotesPressConferenceTests {
    @Test("'Putin has let me down' is Trump's speech")
    func letMeDown() throws {
        let (document, analysis) = try QuotesTestSupport.analyze(try QuotesTestSupport.fixture("press-conference.txt"))
        let quote = try #require(QuotesTestSupport.quote(analysis, document, containing: "Putin has let me down"))
        #expect(quote.kind == .speech)
        #expect(quote.speakerMention == "Trump")
        #expect(quote.speaker?.hasSuffix("Trump") == true)
        #expect(quote.cue == "said")
    }

    @Test("'breaking promises' is Trump's partial quote")
    func breakingPromises() throws {
        let (document, analysis) = try QuotesTestSupport.analyze(try QuotesTestSupport.fixture("press-conference.txt"))
        let quote = try #require(QuotesTestSupport.quote(analysis, document, containing: "breaking promises"))
        #expect(quote.kind == .partial)
        #expect(quote.speaker?.hasSuffix("Trump") == true)
        #expect(quote.cue == "accused")
    }

    @Test("the indirect 'stressing that …' is Starmer's, through 'He'")
    func stressing() throws {
        let (document, analysis) = try QuotesTestSupport.analyze(try QuotesTestSupport.fixture("press-conference.txt"))
        let quote = try #require(
            analysis.quotes.first { $0.kind == .indirect && document.text($0.span).contains("peace requires credible commitments") })
        #expect(quote.speakerMention == "He")
        #expect(quote.speaker?.hasSuffix("Starmer") == true)
        #expect(quote.cue == "stressing")
    }

    @Test("the analyst's quote has the mention 'one analyst' and no named speaker")
    func analyst() throws {
        let (document, analysis) = try QuotesTestSupport.analyze(try QuotesTestSupport.fixture("press-conference.txt"))
        let quote = try #require(QuotesTestSupport.quote(analysis, document, containing: "the whole world hears it"))
        #expect(quote.speakerMention == "one analyst")
        #expect(quote.speaker == nil)
    }

    @Test("the batch list holds the direct quotes only")
    func batch() throws {
        let (document, analysis) = try QuotesTestSupport.analyze(try QuotesTestSupport.fixture("press-conference.txt"))
        guard case .array(let items) = QuotesPlugin().encode(analysis, document: document) else {
            Issue.record("encode did not give a list")
            return
        }
        let kinds = items.compactMap { $0["kind"]?.stringValue }
        #expect(!kinds.contains("indirect"))
        #expect(items.contains { $0["text"]?.stringValue == "“Putin has let me down,”" })
        for item in items {
            for key in ["start", "end", "text", "speaker", "speaker_mention", "cue", "kind", "rule", "confidence"] {
                #expect(item[key] != nil, "missing \(key)")
            }
        }
    }
}
