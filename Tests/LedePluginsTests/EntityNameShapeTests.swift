// Name shapes a reader never gets wrong: surnames with particles, organisations whose names run
// through `of` and `for`, a party's member. Every text here is made up.
import LedeCore
import Testing

@testable import LedePlugins

@Suite("Entities: name shapes")
struct EntityNameShapeTests {
    /// (text, label, canonical name) of each span, in text order.
    static func spans(_ text: String) throws -> [(String, EntityLabel, String)] {
        let (analysis, document) = try EntitiesTests.analysis(text)
        return analysis.spans.map { (document.text($0.span), $0.label, analysis.entities[$0.entity].canonical) }
    }

    @Test("a surname with a particle joins the full name it ends", arguments: [
        ("Ms. de Vries said the plan had failed. Sanne de Vries is a lawyer in Delft. De Vries left early.", "Sanne de Vries"),
        ("Jurgen von der Aa arrived on Monday. Von der Aa said the talks would go on.", "Jurgen von der Aa"),
    ])
    func particleSurnames(text: String, canonical: String) throws {
        let people = try Self.spans(text).filter { $0.1 == .person }
        #expect(people.count >= 2, "\(people)")
        #expect(people.allSatisfy { $0.2 == canonical }, "\(people)")
    }

    @Test("a particle name takes in the person's name before it, never a name of another kind")
    func particlesStopAtOtherNames() {
        let document = Document(Article(id: "t", title: "", text: "Nuno da Silva met Porto da Costa in May."))
        let words = document.lowercaseTokens
        let person = NERTag.index(of: .person)
        let location = NERTag.index(of: .location)
        // Tokens: Nuno 0, da 1, Silva 2, met 3, Porto 4, da 5, Costa 6.
        let spans = EntitiesPlugin.extendOverParticles(
            [(0..<1, person), (2..<3, person), (4..<5, location), (6..<7, person)], document: document, words: words)
        #expect(spans.map(\.tokens) == [0..<3, 4..<5, 5..<7], "\(spans)")
        #expect(spans.map(\.label) == [person, location, person])
    }

    @Test("a surname's article is optional: `Hamdan` is `Tarek al-Hamdan`")
    func arabicArticle() {
        var mentions = [EntityGroupingTests.mention("Tarek al-Hamdan", .person, at: 0), EntityGroupingTests.mention("Hamdan", .person, at: 5)]
        let groups = EntityGrouper.group(&mentions).map { $0.map { mentions[$0].text } }
        #expect(groups == [["Tarek al-Hamdan", "Hamdan"]])
    }

    @Test("two people who share a surname with a particle stay apart from it")
    func ambiguousParticleSurname() {
        var mentions = [
            EntityGroupingTests.mention("Sanne de Vries", .person, at: 0), EntityGroupingTests.mention("Pieter de Vries", .person, at: 5),
            EntityGroupingTests.mention("de Vries", .person, at: 10),
        ]
        let groups = EntityGrouper.group(&mentions).map { $0.map { mentions[$0].text } }
        #expect(groups == [["Sanne de Vries"], ["Pieter de Vries"], ["de Vries"]])
    }

    @Test("an organisation's name runs through `for the` and `of`")
    func organisationWithPrepositions() throws {
        let found = try Self.spans("The Joint Council for the Welfare of Fishermen said it would appeal the ruling.")
        #expect(found.map(\.0) == ["Joint Council for the Welfare of Fishermen"], "\(found)")
        #expect(found.first?.1 == .organization)
    }

    @Test("an organisation's name stops before a title, a person and a weekday")
    func organisationStops() throws {
        let found = try Self.spans("The Ministry of Defence Secretary Alan Brandt resigned.")
        #expect(!found.contains { $0.0.contains("Secretary") || ($0.1 == .organization && $0.0.contains("Brandt")) }, "\(found)")
        let weekday = try Self.spans("The Harbour Council of Maresby on Thursday fined the Ministry for Tuesday's delay.")
        #expect(!weekday.contains { $0.0.contains("Thursday") || $0.0.contains("Tuesday") }, "\(weekday)")
    }

    @Test("a party's member is one name")
    func partyMember() throws {
        let found = try Self.spans("The Liberal Democrat leader spoke to reporters in Leeds.")
        #expect(found.first?.0 == "Liberal Democrat", "\(found)")
    }
}
