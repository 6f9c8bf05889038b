// Document-level entity rules: places the article shows, dateline agencies, diacritics, names that
// run together, title prefixes, one sense per document.
import LedeCore
import Testing

@testable import LedePlugins

@Suite("Entities: places the article shows to be places")
struct EntityCountriesTests {
    static func words(_ text: String) -> [String] {
        text.lowercased().split(separator: " ").map(String.init)
    }

    static func labels(_ text: String, _ names: [(String, EntityLabel)]) -> [String: EntityLabel] {
        let words = Self.words(text)
        var mentions: [NameMention] = []
        var used = Set<Int>()
        for (name, label) in names {
            let lowered = name.lowercased()
            guard let at = words.indices.first(where: { words[$0] == lowered && !used.contains($0) }) else { continue }
            used.insert(at)
            mentions.append(
                NameMention(
                    tokens: at..<at + 1, span: TextSpan(at, at + 1), label: NERTag.index(of: label), text: name,
                    words: [lowered]))
        }
        EntityCountries.relabel(&mentions, words: words)
        var result: [String: EntityLabel] = [:]
        for mention in mentions { result[mention.text] = NERTag.labels[mention.label] }
        return result
    }

    @Test("a state's holdings and an appositive capital make places")
    func context() {
        let found = Self.labels(
            "the statement was issued in Ostria 's capital , Kallisto , on Monday",
            [("Ostria", .organization), ("Kallisto", .person)])
        #expect(found["Ostria"] == .location)
        #expect(found["Kallisto"] == .location)
        // A company's capital is its shares.
        let company = Self.labels("a stake in Gazprom 's capital was sold", [("Gazprom", .organization)])
        #expect(company["Gazprom"] == .organization)
    }

    @Test("a nationality the article names makes its country a place, unless it is another country's")
    func demonyms() {
        let found = Self.labels(
            "Maranthia said the Maranthian fleet would sail", [("Maranthia", .person), ("Maranthian", .miscellaneous)])
        #expect(found["Maranthia"] == .location)
        #expect(found["Maranthian"] == .miscellaneous)
        let agency = Self.labels("Belga reported that Belgian police closed the road", [("Belga", .organization), ("Belgian", .miscellaneous)])
        #expect(agency["Belga"] == .organization)
    }

    @Test("a person's surname stays a person")
    func surnames() {
        var mentions = [
            NameMention(tokens: 0..<2, span: TextSpan(0, 2), label: NERTag.index(of: .person), text: "Ana Caldera", words: ["ana", "caldera"]),
            NameMention(tokens: 7..<8, span: TextSpan(7, 8), label: NERTag.index(of: .person), text: "Caldera", words: ["caldera"]),
        ]
        EntityCountries.relabel(&mentions, words: Self.words("Ana Caldera spoke . the republic of Caldera was named"))
        #expect(mentions[1].label == NERTag.index(of: .person))
    }
}

extension EntityGroupingTests {
    @Test("a one-word organisation joins the one organisation it begins or ends")
    func organisationShortForms() {
        let groups = Self.groups([
            Self.mention("Noordkade Logistics", .organization, at: 0), Self.mention("European Commission", .organization, at: 4),
            Self.mention("Noordkade", .organization, at: 9), Self.mention("Commission", .organization, at: 14),
            Self.mention("Party", .organization, at: 18), Self.mention("Labour Party", .organization, at: 22),
        ])
        #expect(groups == [["Noordkade Logistics", "Noordkade"], ["European Commission", "Commission"], ["Party"], ["Labour Party"]])
    }
}

extension EntitiesTests {
    @Test("the agency in a dateline's brackets is an organisation wherever it is named")
    func datelineAgency() throws {
        let (analysis, _) = try Self.analysis(
            "LISBON (Lede Wire) — Talks on fishing quotas ended on Sunday without a deal.\n\n"
                + "Okafor told Lede Wire that the offer stood.")
        let agency = try #require(Self.entity("Lede Wire", in: analysis))
        #expect(agency.label == .organization)
        #expect(agency.mentions.count == 2)
    }

    @Test("the dateline's place stays a place when the same words name a team later on")
    func datelinePlace() throws {
        let text = "BASEBALL - LEAGUE RESULTS .\nKESSA CITY 1996-08-30\nResults of games played on Thursday:\n"
            + "PORTVALE 4 KESSA CITY 1\nKESSA CITY 6 DUNMORE 2\nKESSA CITY 3 LINDHOLM 2\n"
        let (analysis, document) = try Self.analysis(text)
        let place = try #require(document.furniture.datelinePlace)
        let labels = analysis.entities.flatMap { entity in entity.mentions.map { ($0.span, entity.label) } }
        let dateline = try #require(labels.first { place.contains($0.0.start) })
        #expect(dateline.1 == .location)
    }
}

extension EntitiesTests {
    @Test("a name with diacritics matches the name lists written without them")
    func diacriticsInNames() throws {
        let (analysis, _) = try Self.analysis(
            "Deputy Fisheries Secretary Inês Valadares praised both delegations. \"The gap is small,\" Valadares said.")
        let person = try #require(Self.entity("Inês Valadares", in: analysis))
        #expect(person.label == .person)
        #expect(person.mentions.count == 2)
        #expect(NERTokenInfo.fold(0xEA) == 0x65)  // ê → e
        #expect(NERTokenInfo.fold(0xF7) == 0xF7)  // ÷ stays
    }
}

extension EntitiesTests {
    @Test("an organisation's name that runs on into a person's is two names")
    func organisationThenPerson() throws {
        let (analysis, _) = try Self.analysis(
            "After the leak, the chief executive of the Refugee Council Enver Solomon told reporters the plan was rushed.")
        #expect(Self.entity("Enver Solomon", in: analysis)?.label == .person)
        #expect(Self.entity("Refugee Council", in: analysis)?.label == .organization)
        let (whole, _) = try Self.analysis("Shares on the Chicago Board Options Exchange rose on Monday.")
        #expect(whole.entities.map(\.canonical).contains("Chicago Board Options Exchange"))
    }
}

extension EntitiesTests {
    @Test("a title's first word is not a name of its own")
    func titlePrefix() throws {
        let (analysis, _) = try Self.analysis("Shadow Home Secretary Yvette Cooper said the scheme had come too late.")
        #expect(!analysis.entities.contains { $0.canonical == "Shadow" })
        #expect(Self.entity("Yvette Cooper", in: analysis)?.roles == ["Shadow Home Secretary"])
    }
}

extension EntitiesTests {
    @Test("a one-word name found once is the same name where it stands alone elsewhere")
    func oneSensePerDocument() throws {
        let text = "The talks in Lisbon ended without a deal. The minister blamed her Vestmark counterpart for the delay. "
            + "\"We will not sign numbers we cannot check,\" the Vestmark minister said."
        let (analysis, _) = try Self.analysis(text)
        if let vestmark = Self.entity("Vestmark", in: analysis) {
            #expect(vestmark.mentions.count == 2)
        } else {
            Issue.record("Vestmark was not found at all")
        }
        let (calendar, _) = try Self.analysis("Sheffield Wednesday won. The match was on a Wednesday night.")
        #expect(!calendar.entities.contains { $0.canonical == "Wednesday" && $0.mentions.count == 2 })
    }
}
