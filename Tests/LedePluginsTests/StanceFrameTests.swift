// Relations from coordinated verbs, relative clauses and object pronouns. Every text here is made
// up.
import LedeCore
import Testing

@testable import LedePlugins

@Suite("Stance: coordinated, relative and pronoun frames")
struct StanceFrameTests {
    @Test("coordinated verbs share their subject", arguments: ["praised", "met"])
    func coordinatedVerbs(first: String) throws {
        let analysis = try stanceAnalysis("Tomas Reyes \(first) Ileana Costa and attacked Dragan Voss.")
        let relation = try #require(analysis.relation("Reyes", "Voss"), "\(analysis.relations)")
        #expect(relation.polarity == .negative)
        #expect(analysis.relation("Costa", "Voss") == nil, "the object of the first verb is not the second's subject")
        if first == "praised" { #expect(analysis.relation("Reyes", "Costa")?.polarity == .positive) }
    }

    @Test("a relative clause's verb has the name it hangs on as its subject")
    func relativeClause() throws {
        let analysis = try stanceAnalysis("Dragan Voss, who has criticised Ileana Costa, stayed silent on Monday.")
        #expect(analysis.relation("Voss", "Costa")?.polarity == .negative, "\(analysis.relations)")
    }

    @Test("an object pronoun is never the verb's own subject; it goes to the person before who fits")
    func objectPronoun() throws {
        let analysis = try stanceAnalysis("Angela Brandt met Pierre Lemaire in Paris. Olaf Berger praised him.")
        #expect(analysis.relation("Berger", "Lemaire")?.polarity == .positive, "\(analysis.relations)")
        #expect(analysis.relation("Berger", "Brandt") == nil)
    }

    @Test("`attacked` before a person is a stance; before a convoy it is an event")
    func attackedPerson() throws {
        #expect(try stanceAnalysis("Tomas Reyes attacked Dragan Voss in a speech.").relation("Reyes", "Voss")?.polarity == .negative)
        #expect(try stanceAnalysis("Gunmen attacked the convoy near Kallisto.").relations.isEmpty)
    }

    @Test("what follows `but` outweighs a naming frame before it")
    func butTurnsTheJudgement() throws {
        let turned = try stanceAnalysis(
            "Gillian Moss described Tomas Reyes as \"very nice\", but later said she was \"very upset\" by his remarks.")
        #expect(turned.relation("Moss", "Reyes")?.polarity == .negative, "\(turned.relations)")
        let kept = try stanceAnalysis("Gillian Moss described Tomas Reyes as \"very nice\" after the meeting.")
        #expect(kept.relation("Moss", "Reyes")?.polarity == .positive)
    }

    @Test("coordinated subjects each hold the stance")
    func coordinatedSubjects() throws {
        let two = try stanceAnalysis("Ileana Costa and Dragan Voss criticised Marek Halloran on Monday.")
        #expect(two.relation("Costa", "Halloran")?.polarity == .negative, "\(two.relations)")
        #expect(two.relation("Voss", "Halloran")?.polarity == .negative)
        let three = try stanceAnalysis("Ileana Costa, Tomas Reyes and Dragan Voss praised Marek Halloran.")
        for source in ["Costa", "Reyes", "Voss"] { #expect(three.relation(source, "Halloran")?.polarity == .positive, "\(source)") }
        let meeting = try stanceAnalysis("After talks with Ileana Costa and Dragan Voss criticised Marek Halloran.")
        #expect(meeting.relation("Costa", "Halloran") == nil, "a name after `with` is no subject: \(meeting.relations)")
        let appositive = try stanceAnalysis("The head of Orvex Holdings, Ileana Costa, criticised Marek Halloran.")
        #expect(appositive.relation("Orvex Holdings", "Halloran") == nil, "\(appositive.relations)")
    }

    @Test("a call to account in a quote, about a pronoun, is a negative stance")
    func callToAccount() throws {
        let analysis = try stanceAnalysis(
            "Tomas Reyes was heard insulting a voter on Tuesday. Dragan Voss said: \"He was caught on tape saying it, and he will have to answer for that.\"")
        #expect(analysis.relation("Voss", "Reyes")?.polarity == .negative, "\(analysis.relations)")
        let plain = try stanceAnalysis(
            "Tomas Reyes was heard talking to a voter on Tuesday. Dragan Voss said: \"He was caught on tape saying it.\"")
        #expect(plain.relation("Voss", "Reyes") == nil, "\(plain.relations)")
    }

    @Test("a pronoun in another speaker's quote is the story's main person, not a passer-by named once just before")
    func quotePronounProtagonist() throws {
        let analysis = try stanceAnalysis(
            "Tomas Reyes was heard insulting a voter on Tuesday. Reyes later apologised. Aides said Reyes would stay on. "
                + "Marek Halloran, a retired judge, said the matter was closed. "
                + "Dragan Voss said: \"He was caught on tape saying it, and he will have to answer for that.\"")
        #expect(analysis.relation("Voss", "Reyes")?.polarity == .negative, "\(analysis.relations)")
        #expect(analysis.relation("Voss", "Halloran") == nil)
    }
}
