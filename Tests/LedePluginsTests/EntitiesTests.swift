import Foundation
import LedeCore
import LedeHost
import LedeKit
import Testing

@testable import LedePlugins

@Suite("Entities")
struct EntitiesTests {
    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name).txt")
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func analysis(_ text: String) throws -> (EntityAnalysis, Document) {
        let document = Document(Article(id: "t", title: "", text: text))
        let model = try #require(NERModel.shipped)
        return (EntitiesPlugin.analysis(of: document, model: model), document)
    }

    static func entity(_ name: String, in analysis: EntityAnalysis) -> Entity? {
        analysis.entities.first { $0.canonical == name }
    }

    // MARK: The press conference article

    @Test("finds the people, organisations and places of a press-conference article")
    func pressConference() throws {
        let (analysis, _) = try Self.analysis(try Self.fixture("entities-press-conference"))
        for name in ["Donald Trump", "Vladimir Putin", "Keir Starmer"] {
            #expect(Self.entity(name, in: analysis)?.label == .person, "\(name)")
        }
        for name in ["Kremlin", "White House"] {
            #expect(Self.entity(name, in: analysis)?.label == .organization, "\(name)")
        }
        for name in ["U.S.", "Russia", "UK", "London", "Moscow", "Washington", "Ukraine", "Europe"] {
            #expect(Self.entity(name, in: analysis)?.label == .location, "\(name)")
        }
    }

    @Test("groups surname, honorific and role mentions with the full name")
    func grouping() throws {
        let (analysis, _) = try Self.analysis(try Self.fixture("entities-press-conference"))
        let trump = try #require(Self.entity("Donald Trump", in: analysis))
        #expect(trump.mentions.filter { $0.text == "Trump" }.count >= 3)
        #expect(trump.roles == ["U.S. President"])
        #expect(trump.gender == .male)
        let putin = try #require(Self.entity("Vladimir Putin", in: analysis))
        let roles = putin.mentions.filter { $0.kind == .role }.map(\.text)
        #expect(roles == ["the Kremlin leader", "the Russian leader"])
        #expect(putin.roles == ["Russian President"])
        let starmer = try #require(Self.entity("Keir Starmer", in: analysis))
        #expect(starmer.roles == ["UK Prime Minister"])
        let (seconded, _) = try Self.analysis("UK Prime Minister Keir Starmer spoke. Later, Prime Minister Starmer left.")
        #expect(Self.entity("Keir Starmer", in: seconded)?.roles == ["UK Prime Minister"])
        #expect(starmer.mentions.count == 2)
        #expect(starmer.gender == .male)
    }

    @Test("encodes every name span for batch mode")
    func encoding() throws {
        let text = "Vladimir Putin met officials in Moscow."
        let (analysis, document) = try Self.analysis(text)
        let json = EntitiesPlugin().encode(analysis, document: document)
        let first = try #require(json.arrayValue?.first)
        #expect(first["start"]?.intValue == 0)
        #expect(first["end"]?.intValue == 14)
        #expect(first["label"]?.stringValue == "PERSON")
        #expect(first["entity"]?.stringValue == "Vladimir Putin")
    }

    // MARK: Text shapes

    @Test("reads all-capitals headlines and tokenised text alike")
    func caseAndTokenisation() throws {
        let (caps, capsDocument) = try Self.analysis("PUTIN SNUBS TRUMP AS MOSCOW TALKS FAIL\nPutin spoke in Moscow.")
        let capsNames = caps.spans.map { capsDocument.text($0.span) }
        #expect(capsNames.contains("MOSCOW"))
        let (plain, plainDocument) = try Self.analysis("Trump's aide flew to Moscow.")
        let (tokenised, tokenisedDocument) = try Self.analysis("Trump 's aide flew to Moscow .")
        #expect(plain.spans.map { plainDocument.text($0.span) } == tokenised.spans.map { tokenisedDocument.text($0.span) })
    }

    @Test("never crashes on odd text", arguments: ["", "   ", "...", "\"", "Mr.", "the the the", String(repeating: "A ", count: 3000)])
    func oddText(_ text: String) throws {
        let (analysis, document) = try Self.analysis(text)
        for item in analysis.spans { #expect(item.span.end <= document.scalars.count) }
    }
}
