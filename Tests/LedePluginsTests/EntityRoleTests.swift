import LedeCore
import Testing

@testable import LedePlugins

@Suite("Entity roles and gender")
struct EntityRoleTests {
    static func analysis(_ text: String) throws -> EntityAnalysis {
        let model = try #require(NERModel.shipped)
        return EntitiesPlugin.analysis(of: Document(Article(id: "t", title: "", text: text)), model: model)
    }

    static func roleMentions(_ entity: Entity?) -> [String] {
        entity?.mentions.filter { $0.kind == .role }.map(\.text) ?? []
    }

    @Test("reads a role from an appositive and resolves a later role phrase")
    func appositive() throws {
        let analysis = try Self.analysis(
            "Keir Starmer, the British prime minister, met officials on Monday. The British prime minister said little.")
        let starmer = analysis.entities.first { $0.canonical == "Keir Starmer" }
        #expect(starmer?.roles == ["British prime minister"])
        #expect(Self.roleMentions(starmer) == ["the British prime minister", "The British prime minister"])
    }

    @Test("resolves a possessive role phrase through the country's demonym")
    func possessive() throws {
        let analysis = try Self.analysis(
            "French President Marie Dufour arrived on Monday. France's president then spoke to reporters.")
        let dufour = analysis.entities.first { $0.canonical == "Marie Dufour" }
        #expect(Self.roleMentions(dufour) == ["France's president"])
    }

    @Test("reads a role before a comma and a place after the name")
    func roleBeforeCommaAndPlaceAfter() throws {
        let analysis = try Self.analysis(
            "Foreign Minister Marie Dufour of France met Germany's foreign minister, Karl Weber, on Monday. "
                + "France's foreign minister said the talks went well. The German minister disagreed.")
        let dufour = analysis.entities.first { $0.canonical == "Marie Dufour" }
        let weber = analysis.entities.first { $0.canonical == "Karl Weber" }
        #expect(Self.roleMentions(dufour) == ["France's foreign minister"])
        #expect(weber?.roles == ["Germany's foreign minister"])
        #expect(Self.roleMentions(weber) == ["Germany's foreign minister", "The German minister"])
    }

    @Test("leaves an ambiguous role phrase unresolved")
    func ambiguous() throws {
        let analysis = try Self.analysis(
            "U.S. President Donald Trump called Russian President Vladimir Putin. The president was angry.")
        #expect(analysis.entities.allSatisfy { Self.roleMentions($0).isEmpty })
    }

    @Test("guesses gender from honorifics, given names and pronouns")
    func gender() throws {
        let analysis = try Self.analysis(
            "Mrs. Hale met John Porter in Leeds. Later, Kiri Rudd said she would stay.")
        #expect(analysis.entities.first { $0.canonical == "Hale" }?.gender == .female)
        #expect(analysis.entities.first { $0.canonical == "John Porter" }?.gender == .male)
        #expect(analysis.entities.first { $0.canonical == "Kiri Rudd" }?.gender == .female)
    }
}
