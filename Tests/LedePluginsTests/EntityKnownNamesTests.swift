// Names a reader knows without being told. The sentences are made up; the names are of real,
// well-known people and companies, as the news uses them.
import LedeCore
import Testing

@testable import LedePlugins

@Suite("Entities: known names")
struct EntityKnownNamesTests {
    /// (text, label) of each span, in text order.
    static func spans(_ text: String, knownNames: KnownNames = .shared) throws -> [String] {
        let document = Document(Article(id: "t", title: "", text: text))
        let model = try #require(NERModel.shipped)
        let analysis = EntitiesPlugin.analysis(of: document, model: model, knownNames: knownNames)
        return analysis.spans.map { "\(document.text($0.span))/\($0.label.rawValue)" }
    }

    @Test("the shipped list is there and read whole")
    func shippedList() {
        #expect(!KnownNames.shared.isEmpty, "known-names.tsv was not found or read")
        #expect(KnownNames.shared.entries.count > 4000)
    }

    @Test("short modern sentences", arguments: [
        ("Trump praised Starmer and attacked Putin.", ["Trump/PERSON", "Starmer/PERSON", "Putin/PERSON"]),
        ("Elon Musk said Tesla would cut prices.", ["Elon Musk/PERSON", "Tesla/ORG"]),
        ("Apple sued Samsung in California.", ["Apple/ORG", "Samsung/ORG", "California/LOC"]),
        ("Starmer said the plan would work.", ["Starmer/PERSON"]),
        ("The president praised Starmer on Monday.", ["Starmer/PERSON"]),
        ("Musk quits White House role", ["Musk/PERSON", "White House/ORG"]),
    ])
    func modernSentences(text: String, expected: [String]) throws {
        #expect(try Self.spans(text) == expected)
    }

    @Test("an ordinary word is a name only where the text uses it as one")
    func ambiguousWords() throws {
        #expect(try Self.spans("She ate an apple. Apple pie was served after the speeches.") == [])
        let both = try Self.spans("Apple sued Samsung on Monday. Samsung later criticised Apple over the case.")
        #expect(both.filter { $0 == "Apple/ORG" }.count == 2, "one sense per document: \(both)")
    }

    @Test("a line in capitals matches names whatever their case; an ordinary word still needs a verb")
    func capitals() throws {
        let spans = try Self.spans("APPLE SUES SAMSUNG OVER PHONE DESIGN\n\nThe case opens in May.")
        #expect(spans.contains("APPLE/ORG") && spans.contains("SAMSUNG/ORG"), "\(spans)")
        #expect(try !Self.spans("APPLE PIE WINS COUNTY FAIR\n\nJudges loved it.").contains("APPLE/ORG"))
    }

    @Test("the mechanism, on a list of made-up names")
    func madeUpList() throws {
        let list = KnownNames(
            tsv: """
                # a comment
                Orvex\tORG\t
                Orvex Holdings\tORG\t
                Quill\tORG\ta
                Halvard Brenn\tPERSON\t
                bad line without a label
                Nobody\tPLANET\t
                """)
        #expect(list.entries.count == 4)
        // The longest name wins; a name inside a longer capitalised run is left to the recogniser.
        #expect(try Self.spans("Yesterday Orvex Holdings cut jobs.", knownNames: list).contains("Orvex Holdings/ORG"))
        #expect(try !Self.spans("The Orvex Tower Fund cut jobs.", knownNames: list).contains("Orvex/ORG"))
        // An ambiguous name needs a verb after it, or the name used so elsewhere in the text.
        #expect(try Self.spans("Quill announced a recall on Monday.", knownNames: list).contains("Quill/ORG"))
        #expect(try !Self.spans("A Quill of ink lay on the desk.", knownNames: list).contains("Quill/ORG"))
        // A known person is a person wherever the recogniser put it.
        #expect(try Self.spans("Halvard Brenn said prices would fall.", knownNames: list) == ["Halvard Brenn/PERSON"])
    }

    @Test("organisations are actors in stance")
    func organisationsInStance() throws {
        let analysis = try stanceAnalysis("Apple sued Samsung in California. Samsung criticised Apple over the lawsuit.")
        #expect(analysis.relation("Apple", "Samsung")?.polarity == .negative, "\(analysis.relations)")
        #expect(analysis.relation("Samsung", "Apple")?.polarity == .negative)
    }
}
