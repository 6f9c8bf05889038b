import LedeCore
import Testing

@testable import LedePlugins

@Suite("Quotes: speakers")
struct QuotesSpeakerTests: QuoteLookup {
    @Test("a named organisation speaks")
    func organisation() throws {
        let q = try quote("“The talks are over,” the Kremlin said.", containing: "talks are over")
        #expect(q.speakerMention == "the Kremlin")
        #expect(q.speaker?.hasSuffix("Kremlin") == true)
    }

    @Test("a surname joins the full name used earlier")
    func surname() throws {
        let text = "“We are ready,” said Marta Olsen.\n\nLater, “we are still ready,” Olsen said."
        let q = try quote(text, containing: "still ready")
        #expect(q.speakerMention == "Olsen")
        #expect(q.speaker == "Marta Olsen")
    }

    @Test("a pronoun goes to the subject of the sentence before")
    func pronounSubject() throws {
        let text = "“Stop the trains,” Ada Brook said.\n\nTomas Reyes disagreed with the plan. “They must run,” he said."
        let q = try quote(text, containing: "They must run")
        #expect(q.speakerMention == "he")
        #expect(q.speaker == "Tomas Reyes")
    }

    @Test("a pronoun goes to the last speaker when nothing nearer fits")
    func pronounLastSpeaker() throws {
        let text = "“Stop the trains,” said Mr. Tomas Reyes.\n\n“They cost too much,” he added."
        let q = try quote(text, containing: "cost too much")
        #expect(q.speakerMention == "he")
        #expect(q.speaker == "Tomas Reyes")
    }

    @Test("a pronoun of the wrong gender is not forced on a speaker")
    func pronounGender() throws {
        let text = "“Stop the trains,” said Mr. Tomas Reyes.\n\n“They cost too much,” she added."
        let q = try quote(text, containing: "cost too much")
        #expect(q.speakerMention == "she")
        #expect(q.speaker == nil)
    }

    @Test("an appositive keeps the name as the mention")
    func appositive() throws {
        let q = try quote("Hugh Hill, a doctor in Leeds, said: “The ward is full.”", containing: "ward is full")
        #expect(q.speakerMention == "Hugh Hill")
        #expect(q.speaker == "Hugh Hill")
    }

    @Test("a role noun is the mention; with no entity behind it the speaker stays unknown")
    func roleNoun() throws {
        let q = try quote("“We will not yield,” the prime minister said.", containing: "not yield")
        #expect(q.speakerMention == "the prime minister")
    }

    @Test("a described speaker is never forced onto a name")
    func description() throws {
        let text = "Ada Brook opened the bridge. “It looks fragile,” a White House spokeswoman said."
        let q = try quote(text, containing: "looks fragile")
        #expect(q.speakerMention == "a White House spokeswoman")
        #expect(q.speaker == nil)
    }

    @Test("'who said' goes to the name before it")
    func relativePronoun() throws {
        let q = try quote("The vote was led by Ada Brook, who said “the town has spoken.”", containing: "town has spoken")
        #expect(q.speakerMention == "who")
        #expect(q.speaker == "Ada Brook")
    }

    @Test("a quote with no cue anywhere near stays unattributed")
    func unattributed() throws {
        let q = try quote("The report ran to ninety pages.\n\n“Every page was checked twice by the clerks.”\n\nIt was late.", containing: "Every page")
        #expect(q.speaker == nil)
        #expect(q.speakerMention == nil)
    }
}

@Suite("speakers: the articles cell")
struct SpeakerArticleListTests {
    @Test("a few articles are listed whole; many give the first five and the count")
    func articleList() {
        #expect(QuotesPlugin.articleList(["1", "4", "9"]) == "1, 4, 9")
        #expect(QuotesPlugin.articleList((1...5).map(String.init)) == "1, 2, 3, 4, 5")
        #expect(QuotesPlugin.articleList((1...2418).map(String.init)) == "1, 2, 3, 4, 5, … (2,418 articles)")
        #expect(QuotesPlugin.articleList((1...6).map(String.init)) == "1, 2, 3, 4, 5, … (6 articles)")
    }
}
