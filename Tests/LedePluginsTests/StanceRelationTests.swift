import LedeCore
import LedeHost
import LedeKit
import Testing

@testable import LedePlugins

/// Runs the stance plugin with the built-in plugins as its dependencies.
func stanceAnalysis(_ text: String) throws -> StanceAnalysis {
    let document = Document(Article(id: "t", title: "", text: text))
    let cache = AnalysisCache(plugins: BuiltinPlugins.all)
    return try StancePlugin().analyze(document, context: cache.context)
}

extension StanceAnalysis {
    func relation(_ source: String, _ target: String) -> StanceRelation? {
        relations.first { NameMatch.matches(source, $0.source) && NameMatch.matches(target, $0.target) }
    }
}

@Suite("Stance relations")
struct StanceRelationTests {
    // MARK: Verb frames

    @Test("an active verb frame: 'X criticised Y' is X → Y negative")
    func activeNegative() throws {
        let analysis = try stanceAnalysis("Governor Ellen Marsh criticised Mayor Tobias Crane over the budget.")
        let relation = try #require(analysis.relation("Marsh", "Crane"))
        #expect(relation.polarity == .negative)
        #expect(relation.evidence.first?.rule == "verb-frame")
        #expect(relation.evidence.first?.text.contains("criticised") == true)
        #expect(analysis.relation("Crane", "Marsh") == nil)
    }

    @Test("positive verb frames: praised, backed, thanked")
    func activePositive() throws {
        for verb in ["praised", "backed", "thanked"] {
            let analysis = try stanceAnalysis("Senator Ada Quill \(verb) Judge Omar Velde after the hearing.")
            let relation = try #require(analysis.relation("Quill", "Velde"), "verb \(verb)")
            #expect(relation.polarity == .positive, "verb \(verb)")
        }
    }

    @Test("'accused … of' and 'condemned' are negative")
    func accusedOf() throws {
        let analysis = try stanceAnalysis(
            "Minister Lena Orlova accused Director Paul Hendry of hiding the report. Hendry condemned Orlova for the leak.")
        #expect(analysis.relation("Orlova", "Hendry")?.polarity == .negative)
        #expect(analysis.relation("Hendry", "Orlova")?.polarity == .negative)
    }

    @Test("a passive frame: 'Y was criticised by X' is X → Y")
    func passive() throws {
        let analysis = try stanceAnalysis("Chancellor Rudi Amsel was sharply criticised by Senator Mara Kell on Monday.")
        let relation = try #require(analysis.relation("Kell", "Amsel"))
        #expect(relation.polarity == .negative)
        #expect(relation.evidence.first?.rule == "passive-frame")
        #expect(analysis.relation("Amsel", "Kell") == nil)
    }

    @Test("a nominal frame: 'X's support for Y'")
    func nominal() throws {
        let analysis = try stanceAnalysis("Mayor Ines Corda's support for Governor Pavel Ruml surprised her party.")
        let relation = try #require(analysis.relation("Corda", "Ruml"))
        #expect(relation.polarity == .positive)
        #expect(relation.evidence.first?.rule == "nominal-frame")
    }

    @Test("a pronoun agent resolves to the person named before it")
    func pronounAgent() throws {
        let analysis = try stanceAnalysis(
            "Mayor Ines Corda spoke on Tuesday. She praised Governor Pavel Ruml for his patience.")
        #expect(analysis.relation("Corda", "Ruml")?.polarity == .positive)
    }

    @Test("a modifier or a noun is no verb frame: 'with attacking style', 'received support from'")
    func notAVerb() throws {
        let analysis = try stanceAnalysis(
            "Vostok United started with attacking style with Pavel Rusin up front. "
                + "Councillor Ada Quill received support from Mayor Tobias Crane.")
        #expect(analysis.relation("Vostok", "Rusin") == nil)
        #expect(analysis.relation("Quill", "Crane") == nil)
    }

    @Test("an unnamed 'I' is nobody's stance: 'I'm disappointed that NASA…' gives no relation from a nearby name")
    func opaqueSubject() throws {
        let analysis = try stanceAnalysis(
            "While the Harbour Museum was a favourite, I'm disappointed that the Ministry of Transport rejected it.")
        #expect(analysis.relation("Harbour Museum", "Ministry of Transport") == nil)
    }

    // MARK: Negation and evidence

    @Test("a negated frame is no stance: 'did not criticise'")
    func negatedFrame() throws {
        let analysis = try stanceAnalysis("Governor Ellen Marsh did not criticise Mayor Tobias Crane at the meeting.")
        #expect(analysis.relation("Marsh", "Crane") == nil)
    }

    @Test("every relation carries evidence of its own polarity")
    func evidenceAlways() throws {
        let analysis = try stanceAnalysis(StanceFixtures.pressConference)
        #expect(!analysis.relations.isEmpty)
        for relation in analysis.relations {
            #expect(!relation.evidence.isEmpty)
            #expect(relation.evidence.allSatisfy { $0.polarity == relation.polarity })
        }
    }

    @Test("a topic word alone makes no relation and no polar tone")
    func topicWords() throws {
        let analysis = try stanceAnalysis(
            "Governor Ellen Marsh visited the town where the war killed hundreds. Marsh spoke about the crisis.")
        #expect(analysis.relations.isEmpty)
    }

    // MARK: The press-conference article

    @Test("the press conference: Trump → Putin negative, Starmer → Russia negative, Trump and Starmer aligned")
    func pressConference() throws {
        let analysis = try stanceAnalysis(StanceFixtures.pressConference)
        let trumpPutin = try #require(analysis.relation("Trump", "Putin"))
        #expect(trumpPutin.polarity == .negative)
        #expect(analysis.relation("Starmer", "Russia")?.polarity == .negative)
        let aligned = analysis.alignments.first {
            Set([$0.first, $0.second].map { $0.split(separator: " ").last.map(String.init) ?? "" })
                == ["Trump", "Starmer"]
        }
        #expect(aligned?.aligned == true)
        #expect(analysis.relation("Putin", "Trump") == nil)
    }

    @Test("the quoted 'Putin has let me down' is evidence for Trump → Putin")
    func quoteEvidence() throws {
        let analysis = try stanceAnalysis(StanceFixtures.pressConference)
        let relation = try #require(analysis.relation("Trump", "Putin"))
        #expect(relation.evidence.contains { $0.rule == "quote" && $0.text.contains("Putin has let me down") })
    }

    @Test("a quote's speaker holds no stance toward himself and 'we' quotes make no relation")
    func quoteSpeakerOnly() throws {
        let analysis = try stanceAnalysis(StanceFixtures.pressConference)
        #expect(analysis.relations.allSatisfy { $0.source != $0.target })
    }

    @Test("tone keeps quoted voices apart and shows evidence for a polar tone")
    func tone() throws {
        let analysis = try stanceAnalysis(StanceFixtures.pressConference)
        let putin = try #require(analysis.tone.first { $0.entity.hasSuffix("Putin") })
        #expect(putin.authorCounts.reduce(0, +) + putin.quotedCounts.reduce(0, +) >= 2)
        for tone in analysis.tone where tone.polarity != .neutral { #expect(!tone.evidence.isEmpty) }
    }

    @Test("output is deterministic")
    func deterministic() throws {
        let first = try stanceAnalysis(StanceFixtures.pressConference)
        let second = try stanceAnalysis(StanceFixtures.pressConference)
        #expect(first == second)
    }
}

enum StanceFixtures {
    /// A fictional press-conference report written for these tests.
    static let pressConference = """
        U.S. President Donald Trump sharply criticised Russian President Vladimir Putin on Thursday, saying the \
        Kremlin leader had gone back on his word over a ceasefire. The comments came at a joint news conference \
        in Washington with British Prime Minister Keir Starmer.
        Standing next to Starmer, Trump said, "Putin has let me down," adding that the Russian leader had \
        promised him a deal that never arrived. Trump accused Putin of "playing games" with the negotiations.
        Starmer condemned Russia for its continued strikes on Ukrainian cities. He echoed Trump's frustration and \
        praised the president for his candour. "We are united on this," Starmer said.
        The Kremlin has not yet responded. Analysts said the war has left thousands dead and the crisis shows no \
        sign of ending.
        Starmer's support for Ukraine has been steady since the start of the conflict, and he thanked Trump for \
        keeping sanctions in place.
        """
}
