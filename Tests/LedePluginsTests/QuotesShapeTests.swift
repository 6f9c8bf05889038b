import LedeCore
import Testing

@testable import LedePlugins

@Suite("Quotes: every news shape")
struct QuotesShapeTests {
    func only(_ text: String) throws -> (LedeCore.Document, Quote) {
        let (document, analysis) = try QuotesTestSupport.analyze(text)
        let direct = analysis.quotes.filter { $0.kind != .indirect }
        try #require(direct.count == 1, "expected one quote, got \(direct.count)")
        return (document, direct[0])
    }

    @Test("reads a trailing 'X said' quote")
    func speakerSaid() throws {
        let (_, quote) = try only("“We will rebuild the bridge,” Mayor Ada Brook said on Monday.")
        #expect(quote.speakerMention == "Mayor Ada Brook")
        #expect(quote.speaker?.hasSuffix("Brook") == true)
        #expect(quote.cue == "said")
        #expect(quote.kind == .speech)
    }

    @Test("reads a trailing 'said X' quote")
    func saidSpeaker() throws {
        let (_, quote) = try only("\"The figures do not add up,\" said Tomas Reyes, a budget analyst.")
        #expect(quote.speakerMention == "Tomas Reyes")
        #expect(quote.rule == "said-speaker")
    }

    @Test("reads 'X said: \"…\"'")
    func colonBefore() throws {
        let (document, quote) = try only("Ada Brook said: “The bridge opens in May.”")
        #expect(document.text(quote.span) == "“The bridge opens in May.”")
        #expect(quote.speakerMention == "Ada Brook")
        #expect(quote.rule == "cue-before")
    }

    @Test("reads 'X said that \"…\"'")
    func saidThat() throws {
        let (_, quote) = try only("Ada Brook said that “nobody will pay a toll.”")
        #expect(quote.speakerMention == "Ada Brook")
        #expect(quote.cue == "said")
    }

    @Test("gives both halves of a split quote to the speaker")
    func split() throws {
        let (document, analysis) = try QuotesTestSupport.analyze("“The bridge is safe,” she said. “It will carry trams too.”")
        let direct = analysis.quotes.filter { $0.kind == .speech }
        #expect(direct.map { document.text($0.span) } == ["“The bridge is safe,”", "“It will carry trams too.”"])
        #expect(direct.map(\.speakerMention) == ["she", "she"])
        #expect(direct.last?.rule == "same-paragraph")
    }

    @Test("follows a quote across paragraphs")
    func multiParagraph() throws {
        let text = "Ada Brook said the work was nearly done.\n\n“We started in winter.\n\n“We finish in spring,” Brook said."
        let (document, analysis) = try QuotesTestSupport.analyze(text)
        let direct = analysis.quotes.filter { $0.kind == .speech }
        #expect(direct.map { document.text($0.span) } == ["“We started in winter.", "“We finish in spring,”"])
        #expect(direct.allSatisfy { $0.speaker == "Ada Brook" })
    }

    @Test("reads 'according to X'")
    func accordingTo() throws {
        let (_, quote) = try only("According to the harbour master, “the tide will not wait for anyone.”")
        #expect(quote.speakerMention == "the harbour master")
        #expect(quote.cue == "according to")
        #expect(quote.speaker == nil)
    }

    @Test("reads a dash byline")
    func dash() throws {
        let (_, quote) = try only("“Build it once and build it well.” — Commissioner Lena Starks")
        #expect(quote.speakerMention == "Commissioner Lena Starks")
        #expect(quote.rule == "dash")
    }

    @Test("reads a quote introduced by the previous paragraph's colon")
    func colonParagraph() throws {
        let text = "Ada Brook put it plainly:\n\n“Nobody crosses until the inspectors sign off.”"
        let (_, quote) = try only(text)
        #expect(quote.speakerMention == "Ada Brook")
        #expect(quote.rule == "colon-intro")
    }

    @Test("reads a headline quote")
    func headline() throws {
        let (_, quote) = try only("Brook: “The bridge is safe”\n\nThe mayor spoke on Monday.")
        #expect(quote.speakerMention == "Brook")
        #expect(quote.rule == "colon-name")
    }

    @Test("a short name after a work's noun is a title even in a quoted paragraph; a few title-case words credited only to the sentence's subject too")
    func titlesWithSpeakersAround() throws {
        let text = "\"We kept filming,\" Ana Ruiz said. Ruiz makes this clear in her new documentary \"13th.\" "
            + "Mr. Okoro is also taking part in \"Harbour Voters Day\" this week."
        let (_, analysis) = try QuotesTestSupport.analyze(text)
        #expect(analysis.quotes.map(\.kind) == [.speech, .title, .title], "\(analysis.quotes)")
    }

    @Test("labels scare quotes and titles, and keeps them out of the batch")
    func scareAndTitle() throws {
        let text = "The so-called “peace plan” was mocked on “Meet the Neighbours” and in “Harbour Lights” by critics."
        let (document, analysis) = try QuotesTestSupport.analyze(text)
        #expect(analysis.quotes.map(\.kind) == [.scare, .title, .title])
        guard case .array(let items) = QuotesPlugin().encode(analysis, document: document) else {
            Issue.record("encode did not give a list")
            return
        }
        #expect(items.isEmpty)
    }

    @Test("labels a partial quote inside reported speech")
    func partial() throws {
        let (_, quote) = try only("The minister called the delay a “personal insult” to the town.")
        #expect(quote.kind == .partial)
        #expect(quote.speakerMention == "The minister")
        #expect(quote.cue == "called")
    }
}
