import LedeCore
import Testing

@testable import LedePlugins

@Suite("VADER rules")
struct StanceVaderTests {
    let scorer = VaderScorer()

    func compound(_ text: String) -> Double {
        let document = Document(Article(id: "t", title: "", text: text))
        let words = SentenceWords(document, tokens: 0..<document.tokens.count)
        return scorer.score(
            words.words, allCaps: words.allCaps, exclamations: words.exclamations, questions: words.questions
        ).compound
    }

    @Test("the lexicon loads")
    func lexiconLoads() {
        #expect(VaderLexicon.shared.valence.count > 7_000)
        #expect((VaderLexicon.shared.valence["good"] ?? 0) > 1)
    }

    @Test("a plain positive and a plain negative sentence")
    func plain() {
        #expect(compound("The plan is good.") > 0.3)
        #expect(compound("The plan is bad.") < -0.3)
        #expect(compound("The plan is on the table.") == 0)
    }

    @Test("negation flips a valence: 'not good', 'isn't good', 'never good'")
    func negation() {
        #expect(compound("The plan is not good.") < 0)
        #expect(compound("The plan isn't good.") < 0)
        #expect(compound("The plan isn’t good.") < 0)
        #expect(compound("The plan was never good.") < 0)
        #expect(compound("The plan is not bad.") > 0)
    }

    @Test("boosters strengthen and softeners weaken")
    func boosters() {
        #expect(compound("The plan is very good.") > compound("The plan is good."))
        #expect(compound("The plan is slightly good.") < compound("The plan is good."))
    }

    @Test("capitals and exclamation marks add emphasis")
    func emphasis() {
        #expect(compound("The plan is GOOD, he said.") > compound("The plan is good, he said."))
        #expect(compound("The plan is good!!") > compound("The plan is good."))
    }

    @Test("'but' weighs the clause after it more: contrast")
    func contrast() {
        #expect(compound("The food was good, but the service was terrible.") < 0)
        #expect(compound("The service was terrible, but the food was great.") > 0)
    }

    @Test("'least' negates unless 'at least'")
    func least() {
        let scorer = VaderScorer()
        let negated = scorer.score(["the", "least", "good"], allCaps: [false, false, false]).compound
        let atLeast = scorer.score(["at", "least", "good"], allCaps: [false, false, false]).compound
        #expect(negated < 0)
        #expect(atLeast > 0)
    }

    @Test("topic words score nothing when neutralised")
    func topicWords() {
        let neutral = VaderScorer(neutralTopics: true)
        #expect(neutral.score(["the", "war", "killed", "many"], allCaps: [false, false, false, false]).compound == 0)
        #expect(scorer.score(["the", "war", "killed", "many"], allCaps: [false, false, false, false]).compound < 0)
    }

    @Test("odd input never crashes")
    func oddInput() {
        #expect(compound("") == 0)
        #expect(compound("!!! ??? ...") == 0)
        #expect(!compound("no").isNaN)
    }
}
