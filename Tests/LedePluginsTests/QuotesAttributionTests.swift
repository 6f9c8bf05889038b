import LedeCore
import Testing

@testable import LedePlugins

@Suite("Quotes: harder attributions")
struct QuotesAttributionTests {
    func direct(_ text: String) throws -> [Quote] {
        try QuotesTestSupport.analyze(text).1.quotes.filter { $0.kind != .indirect }
    }

    @Test("a transcript turn is its label's, not the sentence's before it")
    func transcriptLabels() throws {
        let quotes = try direct(
            "Partial transcript as follows:\n\n\"HOLLIS: Why did you vote against the bridge?\n\n"
                + "\"MARCHETTI: Because the tolls were never explained.\n\n\"HOLLIS: Thank you.")
        #expect(quotes.map(\.speakerMention) == ["HOLLIS", "MARCHETTI", "HOLLIS"])
        #expect(quotes.allSatisfy { $0.rule == "transcript-label" })
    }

    @Test("a weekday or month is never the speaker")
    func datesAreNotSpeakers() throws {
        let friday = try direct(
            "Ada Brook posted a string of messages early Friday saying the council had acted “in bad faith.”")
        #expect(friday.first?.speakerMention == "Ada Brook")
        let order = try direct("The toll was “speculative at best,” the order released Friday said.")
        #expect(order.first?.speakerMention == "the order released Friday")
    }

    @Test("a plural noun that looks like a cue is not one")
    func nounsAreNotCues() throws {
        let quotes = try direct(
            "Ada Brook says Tomas Reyes’s flurry of late-night posts about the bridge was “reckless, even for him.”")
        #expect(quotes.first?.speakerMention == "Ada Brook")
    }

    @Test("a participle after a main clause belongs to that clause's subject")
    func participleAfterMainClause() throws {
        let quotes = try direct("Reyes hammered the council, calling the plan a “slow disaster.”")
        #expect(quotes.first?.speakerMention == "Reyes")
        let adverb = try direct("Protesters filled the square, with Reyes reportedly yelling: “Open the bridge!”")
        #expect(adverb.first?.speakerMention == "Reyes")
    }

    @Test("a source that closes the sentence after a partial quote")
    func closingSource() throws {
        let comma = try direct("Councillors grew more \"open\" to tolls and more willing to vote, Brook said.")
        #expect(comma.first?.speakerMention == "Brook")
        let asSaid = try direct("The vote “is a coin toss,” as Reyes said.")
        #expect(asSaid.first?.speakerMention == "Reyes")
        let party = try direct("“They have nothing to fear,” Sen. Ann Dow (D-N.Y.) said Tuesday.")
        #expect(party.first?.speakerMention == "Sen. Ann Dow")
        let putsIt = try direct("As the Ledger's Ada Brook puts it, \"The council is out of ideas.\"")
        #expect(putsIt.first?.speaker?.hasSuffix("Brook") == true)
        let numbered = try direct("“She did not like that,” said a 2008 campaign veteran.")
        #expect(numbered.first?.speakerMention == "a 2008 campaign veteran")
        let aged = try direct("“He is a fine leader,” said the 46-year-old.")
        #expect(aged.first?.speakerMention == "the 46-year-old")
        let manner = try direct(
            "“We have had better weeks,” councillor Ada Brook, wearing a yellow scarf, said matter-of-factly.")
        #expect(manner.first?.speaker?.hasSuffix("Brook") == true)
    }

    @Test("'it' after an organisation's quote is that organisation")
    func itIsTheOrganisation() throws {
        let quotes = try direct(
            "\"The tolls will rise in March,\" said the Harbour Authority. \"Nobody will pay twice,\" it added.")
        #expect(quotes.count == 2)
        #expect(quotes.last?.speakerMention == "it")
        #expect(quotes.last?.speaker == quotes.first?.speaker)
        #expect(quotes.last?.speaker != nil)
    }

    @Test("a statement someone issued, and their statement quoted later, are theirs")
    func statements() throws {
        let quotes = try direct(
            "Senator Ada Brook, a Liberal from Kessa, issued a statement on the ruling. \"I am disappointed by this decision.\"\n\n"
                + "Brook's statement added: \"The port deserved better.\"")
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.speaker?.hasSuffix("Brook") == true })
    }
}
