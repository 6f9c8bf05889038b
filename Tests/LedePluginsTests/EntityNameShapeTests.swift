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

    /// `EntityShapeRepair` on the given spans of `text` (token ranges and labels).
    static func repaired(_ text: String, _ spans: [(Range<Int>, EntityLabel)]) throws -> [String] {
        let document = Document(Article(id: "t", title: "", text: text))
        let gazetteer = try #require(NERModel.shipped).gazetteer
        let repaired = EntityShapeRepair.repair(
            spans.map { ($0.0, NERTag.index(of: $0.1)) }, document: document, words: document.lowercaseTokens,
            gazetteer: gazetteer)
        return repaired.map {
            let span = TextSpan(document.tokens[$0.tokens.lowerBound].start, document.tokens[$0.tokens.upperBound - 1].end)
            return "\(document.text(span))/\(NERTag.labels[$0.label].rawValue)"
        }
    }

    @Test("a possessive inside a name keeps the name whole")
    func possessiveInsideName() throws {
        // Tokens: The 0, Vaskar 1, People 2, 's 3, Army 4, fired 5.
        #expect(
            try Self.repaired("The Vaskar People's Army fired.", [(1..<3, .miscellaneous), (3..<5, .organization)])
                == ["Vaskar People's Army/ORG"])
        // Tokens: at 0, Ashby 1, 's 2, Park 3.
        #expect(try Self.repaired("at Ashby's Park", [(2..<4, .organization)]) == ["Ashby's Park/ORG"])
        #expect(try Self.repaired("the Vaskar People's Army fired", [(1..<5, .organization)]) == ["Vaskar People's Army/ORG"])
        #expect(try Self.spans("The Vaskar People's Army fired shells on Tuesday, officials said.").allSatisfy { !$0.0.hasPrefix("'s") })
    }

    @Test("a name ending in an organisation's head word is an organisation; a league stays MISC")
    func organisationHeads() throws {
        // Tokens: the 0, Global 1, Seed 2, Organization 3, met 4.
        #expect(try Self.repaired("the Global Seed Organization met", [(1..<4, .miscellaneous)]) == ["Global Seed Organization/ORG"])
        #expect(try Self.repaired("the Northern Cup League met", [(1..<4, .miscellaneous)]) == ["Northern Cup League/MISC"])
    }

    @Test("a storm's name is MISC")
    func storms() throws {
        // Tokens: Hurricane 0, Delphine 1, struck 2.
        #expect(try Self.repaired("Hurricane Delphine struck.", [(1..<2, .location)]) == ["Delphine/MISC"])
    }

    @Test("a given name and another word, with no organisation word, is a person")
    func personShape() throws {
        // Tokens: runner 0, Faith 1, Kiptanui 2, won 3.
        #expect(try Self.repaired("runner Faith Kiptanui won", [(1..<3, .organization)]) == ["Faith Kiptanui/PERSON"])
        #expect(try Self.repaired("the Faith Kiptanui Foundation", [(1..<4, .organization)]) == ["Faith Kiptanui Foundation/ORG"])
        #expect(try Self.repaired("in FAITH KIPTANUI", [(1..<3, .organization)]) == ["FAITH KIPTANUI/ORG"], "capitals tell nothing")
        #expect(try Self.repaired("at Grace Road", [(1..<3, .location)]) == ["Grace Road/LOC"], "places are left alone")
    }

    @Test("a name opens with no number and ends with no link word or mark; an event keeps its year")
    func trimmedEnds() throws {
        // Tokens: the 0, 1979 1, Harbour 2, Wall 3, protest 4.
        #expect(try Self.repaired("the 1979 Harbour Wall protest", [(1..<4, .organization)]) == ["Harbour Wall/ORG"])
        #expect(try Self.repaired("the 1998 Harbour Cup final", [(1..<4, .miscellaneous)]) == ["1998 Harbour Cup/MISC"])
        // Tokens: Vessa 0, Motor 1, Corp 2, of 3, Ostria 4.
        #expect(try Self.repaired("Vessa Motor Corp of Ostria", [(0..<4, .organization)]) == ["Vessa Motor Corp/ORG"])
        // Tokens: Free 0, Kallisto 1, ! 2.
        #expect(try Self.repaired("Free Kallisto!", [(0..<3, .organization)]) == ["Free Kallisto/ORG"])
        // Tokens: A 0, $ 1, 5 2.
        #expect(try Self.repaired("A$ 5", [(0..<2, .miscellaneous)]) == ["A$/MISC"])
    }

    @Test("a one-word name right before an organisation's name ending in its head word is part of it")
    func organisationTakesTheWordBefore() throws {
        // Tokens: the 0, Orla 1, Brandt 2, Institute 3, said 4.
        #expect(
            try Self.repaired("the Orla Brandt Institute said", [(1..<2, .person), (2..<4, .organization)])
                == ["Orla Brandt Institute/ORG"])
        // Tokens: Vaskar 0, Harbour 1, Partners 2.
        #expect(try Self.repaired("Vaskar Harbour Partners", [(0..<1, .location), (1..<3, .organization)]) == ["Vaskar Harbour Partners/ORG"])
        // Tokens: Vaskar 0, Harbour 1, Lights 2: no head word, two names.
        #expect(try Self.repaired("Vaskar Harbour Lights", [(0..<1, .location), (1..<3, .organization)]).count == 2)
    }

    @Test("the town after `mayor of` or `residents of` is a place")
    func townAfterMayor() throws {
        for text in ["Ines Corda, mayor of Porto, opened the bridge on Monday.", "Residents of Porto protested on Friday."] {
            let porto = try Self.spans(text).filter { $0.0 == "Porto" }
            #expect(porto.map(\.1) == [.location], "\(text): \(porto)")
        }
    }

    @Test("a name after a kin noun is a person's; a one-word name before `De Bilde` is its given name")
    func kinAndCapitalisedParticles() throws {
        // Tokens: his 0, mother 1, Nurbika 2, Tamayeva 3, said 4.
        #expect(try Self.repaired("his mother Nurbika Tamayeva said", [(2..<4, .organization)]) == ["Nurbika Tamayeva/PERSON"])
        #expect(try Self.repaired("the firm Nurbika Tamayeva said", [(2..<4, .organization)]) == ["Nurbika Tamayeva/ORG"])
        // Tokens: Gilles 0, De 1, Bilde 2, scored 3.
        #expect(try Self.repaired("Gilles De Bilde scored", [(0..<1, .organization), (1..<3, .person)]) == ["Gilles De Bilde/PERSON"])
        // Tokens: Porto 0, De 1, Bilde 2: a place stays apart.
        #expect(try Self.repaired("Porto De Bilde", [(0..<1, .location), (1..<3, .person)]).count == 2)
    }

    @Test("an untagged given name no list knows joins the surname after it; an ordinary word does not")
    func unknownGivenName() throws {
        // Tokens: Novak 0, Vasquero 1, lost 2.
        #expect(try Self.repaired("Novak Vasquero lost in four sets.", [(1..<2, .person)]) == ["Novak Vasquero/PERSON"])
        // Tokens: Yesterday 0, Vasquero 1: `yesterday` is written in lower case in the article too.
        #expect(
            try Self.repaired("Yesterday Vasquero lost. He said yesterday was hard.", [(1..<2, .person)]) == ["Vasquero/PERSON"])
        // Tokens: President 0, Vasquero 1: a title stays outside.
        #expect(try Self.repaired("President Vasquero spoke.", [(1..<2, .person)]) == ["Vasquero/PERSON"])
    }
}
