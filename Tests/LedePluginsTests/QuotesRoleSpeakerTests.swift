// Speakers given by a role or a description: a role noun goes to the person the article gave
// that role, someone speaking for another is not that other, and a participle before a noun is
// not a cue. Every text here is made up.
import LedeCore
import Testing

@testable import LedePlugins

@Suite("Quotes: speakers given by a role")
struct QuotesRoleSpeakerTests: QuoteLookup {
    @Test("a role noun goes to the person a possessive named with a described role", arguments: [
        ("Norway's climate minister, Eirik Haugland, welcomed the study. The minister said: \"This is a wake-up call.\"", "wake-up"),
        ("Iceland's chief fisheries negotiator, Eirik Haugland, left early. \"We will be back,\" the negotiator said.", "be back"),
    ])
    func possessiveRole(text: String, fragment: String) throws {
        let q = try quote(text, containing: fragment)
        #expect(q.speaker == "Eirik Haugland", "\(q)")
    }

    @Test("`its president, NAME,` gives the role; `the president` later is that person")
    func organisationsOfficer() throws {
        let text = "The Harbour Workers Union held a rally. Its president, Silvia Brandt, said the talks had failed.\n\n\"We will strike,\" the president said."
        let q = try quote(text, containing: "We will strike")
        #expect(q.speaker == "Silvia Brandt")
    }

    @Test("a role phrase with the name in apposition speaks as that name")
    func appositiveName() throws {
        let text = "Silverdune said it would appeal. Its managing director, Craig Holloway, called the ruling \"hasty and wrong\"."
        let q = try quote(text, containing: "hasty and wrong")
        #expect(q.speaker == "Craig Holloway")
    }

    @Test("a synonym of the stated role refers to the same person")
    func roleSynonym() throws {
        let text = "The walkout was led by Ambassador Teuila Faleolo of Moana Tasi.\n\n\"Bring us the money,\" the envoy said."
        let q = try quote(text, containing: "Bring us the money")
        #expect(q.speaker == "Teuila Faleolo")
    }

    @Test("someone speaking for a named person is not that person", arguments: [
        ("Prime Minister Tomas Reyes faced questions. A spokesman for Reyes said: \"Mr Reyes has apologised.\"", "apologised"),
        ("Mayor Ines Corda was away. \"The mayor is on holiday,\" said an aide to Corda.", "on holiday"),
        ("Tomas Reyes stayed silent. A source close to Reyes said: \"He is furious.\"", "furious"),
    ])
    func agent(text: String, fragment: String) throws {
        let q = try quote(text, containing: fragment)
        #expect(q.speaker == nil, "\(q)")
        #expect(q.speakerMention != nil, "the description stays as the mention: \(q)")
    }

    @Test("a participle after a determiner describes a noun and is no cue")
    func participleAdjective() throws {
        let q = try quote("Sabine Kugler called the promised interconnector \"a good idea with a long road ahead\".", containing: "good idea")
        #expect(q.speaker == "Sabine Kugler")
        #expect(q.cue == "called")
    }
}

@Suite("Quotes: coordinated cues and pronoun agreement")
struct QuotesAgreementTests: QuoteLookup {
    static let text = """
        Labour's Shadow Home Secretary Yvette Moor said her party had backed the idea "for months", and said it was "damning that the office is not doing this already".

        She continued: "Labour has a plan to clear the cases."
        """

    @Test("a cue after `and` shares the subject of the cue before it")
    func coordinatedCue() throws {
        let q = try quote(Self.text, containing: "damning")
        #expect(q.speaker == "Yvette Moor", "\(q)")
    }

    @Test("`she` goes to a woman, never to the organisation quoted last")
    func pronounNeedsAPerson() throws {
        let q = try quote(Self.text, containing: "plan to clear")
        #expect(q.speaker == "Yvette Moor", "\(q)")
    }
}

@Suite("Quotes: kinds from the sentence around the marks")
struct QuotesKindTests: QuoteLookup {
    @Test("a few words in marks in a sentence with no speech word are scare quotes")
    func scare() throws {
        let text = "The board will drop the interview to \"streamline\" processing for five nationalities."
        #expect(try quote(text, containing: "streamline").kind == .scare)
    }

    @Test("a few words in marks near a speech word stay a partial quote")
    func partialNearCue() throws {
        let text = "Ileana Costa said the plan was \"dead on arrival\" and left."
        #expect(try quote(text, containing: "dead on arrival").kind == .partial)
    }

    @Test("a whole sentence in marks is speech even when its cue is far")
    func sentenceIsSpeech() throws {
        let text = "Ileana Costa said in a long statement issued on Monday evening after the vote: \"It is clear that we have a situation in our towns that nobody can ignore any longer.\""
        #expect(try quote(text, containing: "It is clear").kind == .speech)
    }

    @Test("a publication that `reports:` speaks the paragraph after it; an opening adverb is not the speaker's name", arguments: [
        ("Donors gave less this year. The Harbour Ledger reports:\n\n\"Without this network, the campaign is being made to change.\"", "Without this network", "Harbour Ledger"),
        ("Kallisto tested a missile. Even Ostria, the region's only ally, said it was \"deeply troubled\" by the test.", "deeply troubled", "Ostria"),
    ])
    func speakerAroundTheCue(text: String, fragment: String, speaker: String) throws {
        let q = try quote(text, containing: fragment)
        #expect(q.speaker == speaker, "\(q)")
    }

    @Test("a cue inside a relative clause does not make `who` the speaker", arguments: [
        ("Marta Ilves, the head of the league, told a student who argued that few would turn out that \"your vote is your voice\".", "your vote", "Marta Ilves"),
        ("Senator Marta Ilves waved the grievance away, saying anyone who complains about the lighting \"is not fit to lead\".", "not fit", "Marta Ilves"),
        ("Tomas Reyes was accused of shortchanging a builder who said he was owed money, saying, \"We paid what the work was worth.\"", "We paid", "Tomas Reyes"),
    ])
    func relativeClauseCue(text: String, fragment: String, speaker: String) throws {
        let q = try quote(text, containing: fragment)
        #expect(q.speaker == speaker, "\(q)")
    }

    @Test("numbers belong to a described speaker", arguments: [
        ("Families were angry. \"We were promised answers,\" said 9/11 widow Terry Stroud.", "promised answers", "Terry Stroud"),
        ("Ivana Trent spoke next. The 41-year-old father of two answered, \"Fathers can take leave too.\"", "Fathers can", nil),
    ])
    func numbersInDescriptions(text: String, fragment: String, speaker: String?) throws {
        let q = try quote(text, containing: fragment)
        #expect(q.speaker == speaker, "\(q)")
        #expect(q.cue != nil, "the cue is found: \(q)")
    }

    @Test("`he'd` is a pronoun; `in the past` is no speaker")
    func contractionsAndTimePhrases() throws {
        let asked = try quote(
            "Tomas Reyes spoke to supporters on Friday. Reyes said later he'd told his \"team\" to look into the fees.",
            containing: "team")
        #expect(asked.speaker == "Tomas Reyes", "\(asked)")
        let past = try quote(
            "Dragan Voss, who in the past has called Reyes \"a reckless gambler\", stayed away.", containing: "reckless")
        #expect(past.speakerMention != "the past", "\(past)")
        #expect(past.speaker == "Dragan Voss", "\(past)")
    }
}
