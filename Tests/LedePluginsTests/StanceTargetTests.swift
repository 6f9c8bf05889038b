import LedeCore
import Testing

@testable import LedePlugins

@Suite("Target-conditioned polarity")
struct StanceTargetTests {
    let classifier = TargetPolarityClassifier()

    func polarity(_ text: String, _ target: String, occurrence: Int = 0) throws -> Polarity {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(target.unicodeScalars)
        var found: [Int] = []
        if scalars.count >= needle.count {
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
                found.append(start)
            }
        }
        let start = try #require(found.count > occurrence ? found[occurrence] : nil)
        let span = TextSpan(start, start + needle.count)
        let document = Document(Article(id: "t", title: "", text: text, target: span))
        return classifier.classify(document, target: span).polarity
    }

    @Test("the shipped model loads")
    func modelLoads() throws {
        let model = try #require(TargetPolarityModel.shared)
        #expect(model.featureCount > 1_000)
    }

    @Test("praise is positive toward its object, an attack negative toward its own")
    func sameSentenceTwoTargets() throws {
        let text = "Mayor Halvorsen praised Councillor Brandt for her courage and attacked Governor Okafor as a liar."
        #expect(try polarity(text, "Brandt") == .positive)
        #expect(try polarity(text, "Okafor") == .negative)
    }

    @Test("clear negative and positive sentences about a person")
    func clearCases() throws {
        #expect(try polarity("Critics said Delacroix was corrupt, incompetent and dishonest.", "Delacroix") == .negative)
        #expect(try polarity("Colleagues described Nakamura as brilliant, generous and kind.", "Nakamura") == .positive)
    }

    @Test("a factual sentence is neutral")
    func neutralFact() throws {
        #expect(try polarity("Ferreira arrived in Lisbon on Tuesday.", "Ferreira") == .neutral)
    }

    @Test("topic words alone do not flip a polarity: war, killed, crisis")
    func topicWordsAlone() throws {
        #expect(try polarity("Ferreira arrived in Lisbon on Tuesday.", "Ferreira") == .neutral)
        #expect(try polarity("Ferreira arrived in Lisbon on Tuesday to discuss the war.", "Ferreira") == .neutral)
        #expect(try polarity("Ferreira arrived in Lisbon on Tuesday to discuss the crisis.", "Ferreira") == .neutral)
    }

    @Test("the batch output carries target polarity, score and evidence")
    func batchJSON() throws {
        let text = "Senator Varga condemned the scheme as a disgrace."
        let span = TextSpan(8, 13)
        let document = Document(Article(id: "t", title: "", text: text, target: span))
        let analysis = StanceAnalysis(target: classifier.classify(document, target: span))
        let json = StancePlugin().encode(analysis, document: document)
        let target = try #require(json["target"])
        #expect(target["text"]?.stringValue == "Varga")
        #expect(["positive", "negative", "neutral"].contains(target["polarity"]?.stringValue ?? ""))
        #expect(target["evidence"]?.stringValue == text)
        #expect(target["score"]?.doubleValue != nil)
    }

    @Test("odd targets never crash: punctuation, whole text, empty text")
    func oddTargets() {
        for (text, span) in [("!!!", TextSpan(0, 1)), ("Hello there", TextSpan(0, 11)), ("“ ”", TextSpan(0, 1))] {
            let document = Document(Article(id: "t", title: "", text: text, target: span))
            _ = classifier.classify(document, target: span)
        }
    }
}
