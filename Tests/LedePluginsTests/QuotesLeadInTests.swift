import LedeCore
import Testing

@testable import LedePlugins

/// Lead-ins without a plain `said`: colons, commas, inverted and embedded cues.
@Suite("Quotes: lead-ins and embedded cues")
struct QuotesLeadInTests: QuoteLookup {
    @Test("a colon-ended lead-in in the quote's own sentence names its subject")
    func colonLeadIn() throws {
        let q = try quote(
            "Mayor Ada Brook thanked the crowd. She then turned to the harbour workers: “We are going to win this.”",
            containing: "win this")
        #expect(q.speakerMention == "She")
        #expect(q.speaker == "Ada Brook")
    }

    @Test("after an introductory clause, the name between two commas is the subject")
    func nameBetweenCommas() throws {
        let q = try quote(
            "After winning Kessa, Gov. Tomas Rell (R-KS), said, “We are going all the way.”", containing: "all the way")
        #expect(q.speaker == "Tomas Rell")
        let appositive = try quote("Hugh Vale, a doctor in Leeds, said: “It is over.”", containing: "It is over")
        #expect(appositive.speaker == "Hugh Vale")
    }

    @Test("'is quoted as saying', 'it read' and 'reads an editorial' are cues")
    func unusualCues() throws {
        let quoted = try quote("“We will carry the county,” Braddock is quoted as saying.", containing: "carry the county")
        #expect(quoted.speakerMention == "Braddock")
        let sign = try quote("Dora lifted a sign of her own. “Harbour first,” it read.", containing: "Harbour first")
        #expect(sign.speakerMention == "it")
        let editorial = try quote(
            "The mayor has been under fire. “Brook must answer,” reads a Wednesday editorial in The Kessa Herald.",
            containing: "must answer")
        #expect(editorial.speakerMention?.hasPrefix("a Wednesday editorial") == true)
    }

    @Test("an inverted speaker runs up to the quote; a later clause's subject is not it")
    func invertedSpeakerIsTight() throws {
        let q = try quote(
            "Wilma Stroud praised the plan and said the young senator can “bring order” to the capital.", containing: "bring order")
        #expect(q.speaker == "Wilma Stroud")
    }

    @Test("a cue after 'until' or 'because' has a speaker of its own")
    func subordinateClause() throws {
        let q = try quote(
            "Hal Sims says he was “torn about the whole thing” until Brook said she was running.", containing: "torn about")
        #expect(q.speaker == "Hal Sims")
    }

    @Test("a pronoun never resolves to a word inside a quote")
    func pronounSkipsQuotedWords() throws {
        let text = "“After that day, the council acted,” Mira Sand said.\n\n“No one should feel what we felt,” she continued."
        let q = try quote(text, containing: "No one should")
        #expect(q.speaker == "Mira Sand")
    }

    @Test("the object of a preposition before a colon is not the speaker")
    func prepositionBeforeColon() throws {
        let q = try quote(
            "Jon Heller explained the plan to the newspaper Kessa Dagblad: “The families stay together.”",
            containing: "families stay")
        #expect(q.speaker == "Jon Heller")
    }

    @Test("'found that' reports a finding")
    func foundThat() throws {
        let q = try quote("In 2014, Pell Research found that “most voters want the ferry back.”", containing: "ferry back")
        #expect(q.speakerMention == "Pell Research")
    }

    @Test("a common word set off at the start of a sentence is not its subject")
    func sentenceAdverbOpener() throws {
        let text = "Indeed, the plan was criticised as “a waste of money” by some. Critics indeed agreed."
        let q = try quote(text, containing: "waste of money")
        #expect(q.speaker != "Indeed")
    }

    @Test("nouns that look like cues are not ('giving states more power', 'reminds him of', 'said any')")
    func cueLookalikes() throws {
        let states = try quote(
            "Miller said he hopes the bill can be “a real improvement,” giving states more power.", containing: "real improvement")
        #expect(states.speakerMention == "Miller")
        let reminds = try quote(
            "Starr said the case reminds him of an old book, explaining, “It is a tragedy.”", containing: "a tragedy")
        #expect(reminds.speakerMention == "Starr")
        let any = try quote(
            "Judge Ona Pell called it careless. She said any “reasonable clerk” would have known.", containing: "reasonable clerk")
        #expect(any.speakerMention != "any")
    }

    @Test("'last week' between the speaker and the cue is skipped")
    func lastWeek() throws {
        let q = try quote(
            "Senator Dara Finch (D-Kessa) last week said the mayor “never saw the memo.”", containing: "never saw")
        #expect(q.speaker?.hasSuffix("Finch") == true)
    }

    @Test("a fragment inside a later sentence of the paragraph belongs to that sentence's subject")
    func fragmentInLaterSentence() throws {
        let text = "“It is not our role to take sides,” Nils Zander said. On Monday, Mayor Ada Brook was unhappy "
            + "that the paper “has lost its way” and left the stage."
        let q = try quote(text, containing: "lost its way")
        #expect(q.speaker == "Ada Brook")
    }

    @Test("'in Town, State,' stays in the introduction; an unmarked dateline is not the subject")
    func introductionsAndDatelines() throws {
        let town = try quote(
            "Speaking at a town hall in Salem, New Kessa, Mayor Ada Brook went after Hal Sims, calling him “a quitter.”",
            containing: "a quitter")
        #expect(town.speaker == "Ada Brook")
        let dateline = try quote(
            "LISBON (Lede Wire) – Minister Ines Vala took a swipe at the plan, saying that “delay will do more harm than good.”",
            containing: "more harm")
        #expect(dateline.speaker == "Ines Vala")
    }

    @Test("a town and its state close an appositive; the subject opens it")
    func townAndState() throws {
        let meeting = try quote(
            "Brook, at a harbour forum in Dunmore, Kessa, said she would “fix the ferry by spring.”", containing: "fix the ferry")
        #expect(meeting.speakerMention == "Brook")
        let age = try quote(
            "Cory Vance, 22, of Flint, Mich., said he had not given up on “a convention surprise.”", containing: "convention surprise")
        #expect(age.speaker == "Cory Vance")
    }

    @Test("participle and adverb introductions are skipped to reach the subject")
    func introductionsSkipped() throws {
        let reading = try quote(
            "Reading from a prepared text, Hal Sims repeatedly pronounced the group's name “Hummus” as if it were food.",
            containing: "Hummus")
        #expect(reading.speaker == "Hal Sims")
        let given = try quote(
            "Given her past remarks on the harbour, Ada Brook was asked about her plan to keep “outsiders” away.",
            containing: "outsiders")
        #expect(given.speaker != "Given")
    }

    @Test("infinitives, coordinated verbs and 'speaking to' lead back to the subject")
    func subjectsBehindVerbs() throws {
        let infinitive = try quote(
            "In the excerpt, the author wrote about the house. He went on to say, “The harbour had a temper.”",
            containing: "had a temper")
        #expect(infinitive.speakerMention == "He")
        let coordinated = try quote(
            "When asked by The Kessa Herald if Brook would hold a press conference, he laughed and said, “We will see.”",
            containing: "We will see")
        #expect(coordinated.speakerMention == "he")
        let listener = try quote(
            "Another intelligence source speaking to Kessa News said, “The files were never secure.”", containing: "never secure")
        #expect(listener.speakerMention == "Another intelligence source")
        let venue = try quote(
            "Ada Brook responded to the question on Facebook writing, “I have talked about this for years.”", containing: "for years")
        #expect(venue.speaker == "Ada Brook")
    }

    @Test("'footage of X saying' names X; 'barked' and 'retaliated' are cues")
    func footageAndManner() throws {
        let footage = try quote(
            "The ad uses footage of Mayor Ada Brook asking, “Why aren't we fifty points ahead?”", containing: "fifty points")
        #expect(footage.speaker == "Ada Brook")
        let barked = try quote(
            "Nils Zander lost his temper on air. “Are you kidding me?” Zander barked.", containing: "kidding me")
        #expect(barked.speakerMention == "Zander")
    }

    @Test("'according to' beside another cue names the relay; the speaker stays the one who spoke")
    func relayedQuotes() throws {
        let text = "“Do not stage protests on the floor,” Nils Zander said, according to Kessa News. “It matters to me.”\n\n"
            + "According to the pool report, Mayor Ada Brook said: “We stand with you.” “We will not forget,” Dora Vale said."
        let first = try quote(text, containing: "protests on the floor")
        #expect(first.speaker == "Nils Zander")
        #expect(first.via == "Kessa News")
        #expect(try quote(text, containing: "matters to me").via == "Kessa News")
        let pool = try quote(text, containing: "stand with you")
        #expect(pool.speaker == "Ada Brook")
        #expect(pool.via == "the pool report")
        #expect(try quote(text, containing: "not forget").via == nil)
        let direct = try quote("“Prices will rise,” according to Kessa News.", containing: "Prices will rise")
        #expect(direct.via == nil)
    }
}
