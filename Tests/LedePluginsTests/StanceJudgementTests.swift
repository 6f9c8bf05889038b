import LedeCore
import Testing

@testable import LedePlugins

@Suite("Stance: judgements, pronouns in quotes, places")
struct StanceJudgementTests {
    @Test("a naming verb takes the polarity of what its object is called")
    func namingFrames() throws {
        let praise = try stanceAnalysis(
            "Mira Holt, speaking to reporters after the debate, described Tomas Crane as being \"very nice\".")
        let positive = try #require(praise.relation("Holt", "Crane"))
        #expect(positive.polarity == .positive)
        #expect(positive.evidence.first?.rule == "naming-frame")

        let scorn = try stanceAnalysis("Mira Holt called Tomas Crane a disgraceful bigot on Monday.")
        #expect(scorn.relation("Holt", "Crane")?.polarity == .negative)

        let negated = try stanceAnalysis("Mira Holt called Tomas Crane not a decent man at all.")
        #expect(negated.relation("Holt", "Crane")?.polarity != .positive)

        // A neutral label is no stance.
        let plain = try stanceAnalysis("Mira Holt called Tomas Crane a candidate from the north.")
        #expect(plain.relation("Holt", "Crane") == nil)
    }

    @Test("a pronoun inside a quote is the person the text was about")
    func pronounInQuote() throws {
        let analysis = try stanceAnalysis(
            "Mira Holt asked Tomas Crane about the new tolls. Afterwards, Crane said: \"She is a disgraceful, bigoted liar and a terrible neighbour.\"")
        let relation = try #require(analysis.relation("Crane", "Holt"))
        #expect(relation.polarity == .negative)
        #expect(relation.evidence.first?.rule == "quote")
    }

    @Test("a place a speaker merely mentions is no target of the model's reading")
    func placesNeedAFrame() throws {
        let analysis = try stanceAnalysis(
            "\"As the home of modern air travel, Seattle would be a wonderful and fitting home,\" Governor Ada Quill said.")
        #expect(analysis.relation("Quill", "Seattle") == nil)
    }

    @Test("the agent before an appositive, and not the agent's own 'his'")
    func appositiveAgent() throws {
        let analysis = try stanceAnalysis(
            "Prime Minister Tomas Crane, the governing party's candidate, accused his challenger, Senator Mira Holt, "
                + "of promising voters a fairy tale.")
        let relation = try #require(analysis.relation("Crane", "Holt"))
        #expect(relation.polarity == .negative)
        #expect(relation.evidence.first?.rule == "verb-frame")
    }

    @Test("clear evidence both ways is two relations, not a neutral average")
    func mixedView() throws {
        let analysis = try stanceAnalysis(
            "Tomas Crane accused Mira Holt of lying about the budget. Later in the debate, Crane praised Holt for her work.")
        let both = analysis.relations.filter { $0.source.hasSuffix("Crane") && $0.target.hasSuffix("Holt") }
        #expect(both.map(\.polarity) == [.negative, .positive])
        #expect(both.allSatisfy { $0.evidence.count == 1 })
    }

    @Test("tone reads nothing from a dateline, and an official's accusation is not about their country")
    func toneSkipsDatelineAndOfficials() throws {
        let analysis = try stanceAnalysis(
            "LISBON (Harbour Wire) — Talks ended on Sunday with Maranthia's foreign minister accusing her rival "
                + "of walking away. Maranthia had offered cuts.")
        #expect(!analysis.tone.contains { $0.entity == "LISBON" || $0.entity == "Harbour Wire" })
        let maranthia = try #require(analysis.tone.first { $0.entity == "Maranthia" })
        #expect(maranthia.evidence.allSatisfy { !$0.text.contains("accusing") })
    }

    @Test("tone covers a country that acts, not the town a story is set in")
    func toneOfPlaces() throws {
        let analysis = try stanceAnalysis(
            "The talks were held in Kessa on Monday. Ostria cut supplies through the pipeline again. "
                + "Officials met in Kessa once more on Tuesday, and Ostria said the repairs would take weeks.")
        #expect(analysis.tone.contains { $0.entity == "Ostria" })
        #expect(!analysis.tone.contains { $0.entity == "Kessa" })
    }
}
