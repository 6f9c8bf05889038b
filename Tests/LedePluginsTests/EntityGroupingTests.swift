import LedeCore
import Testing

@testable import LedePlugins

@Suite("Entity grouping")
struct EntityGroupingTests {
    static func mention(_ text: String, _ label: EntityLabel, at start: Int) -> NameMention {
        let words = text.lowercased().split(separator: " ").map(String.init)
        return NameMention(
            tokens: start..<start + words.count, span: TextSpan(start * 10, start * 10 + text.count),
            label: NERTag.index(of: label), text: text, words: words)
    }

    static func groups(_ mentions: [NameMention]) -> [[String]] {
        var copy = mentions
        return EntityGrouper.group(&copy).map { $0.map { copy[$0].text } }
    }

    @Test("joins a surname to the one full name it ends")
    func surname() {
        let groups = Self.groups([
            Self.mention("Donald Trump", .person, at: 0), Self.mention("Trump", .person, at: 5),
            Self.mention("Keir Starmer", .person, at: 9), Self.mention("Trump", .person, at: 20),
        ])
        #expect(groups == [["Donald Trump", "Trump", "Trump"], ["Keir Starmer"]])
    }

    @Test("keeps an ambiguous surname apart")
    func ambiguousSurname() {
        let groups = Self.groups([
            Self.mention("George Bush", .person, at: 0), Self.mention("Jeb Bush", .person, at: 5),
            Self.mention("Bush", .person, at: 9),
        ])
        #expect(groups == [["George Bush"], ["Jeb Bush"], ["Bush"]])
    }

    @Test("joins a first name only when no surname matches")
    func firstName() {
        let groups = Self.groups([Self.mention("Hillary Clinton", .person, at: 0), Self.mention("Hillary", .person, at: 4)])
        #expect(groups == [["Hillary Clinton", "Hillary"]])
    }

    @Test("joins an acronym to the organisation it abbreviates")
    func acronym() {
        let groups = Self.groups([Self.mention("United Nations", .organization, at: 0), Self.mention("UN", .organization, at: 4)])
        #expect(groups == [["United Nations", "UN"]])
    }

    @Test("makes a name's labels agree and treats a known surname as a person")
    func labels() {
        var mentions = [
            Self.mention("Vladimir Putin", .person, at: 0), Self.mention("Putin", .location, at: 4),
            Self.mention("Moscow", .location, at: 8), Self.mention("Moscow", .location, at: 12),
            Self.mention("Moscow", .organization, at: 16),
        ]
        EntityGrouper.harmoniseLabels(&mentions)
        #expect(mentions.map(\.label) == [0, 0, 2, 2, 2])
    }

    @Test("makes a short name a person when its last word is one")
    func shortNameByLastWord() {
        var mentions = [Self.mention("Ada Brook", .organization, at: 0), Self.mention("Brook", .person, at: 9)]
        EntityGrouper.harmoniseLabels(&mentions)
        #expect(mentions.map(\.label) == [0, 0])
        #expect(Self.groups(mentions) == [["Ada Brook", "Brook"]])
    }

    @Test("merges a two-word name split into two labels, but not across a line or after MISC")
    func splitNames() {
        let document = Document(Article(id: "t", title: "", text: "Sunda Air\nLionfly Russian Koh"))
        let person = NERTag.index(of: .person)
        let organization = NERTag.index(of: .organization)
        let misc = NERTag.index(of: .miscellaneous)
        let merged = EntitiesPlugin.mergeSplitNames(
            [(0..<1, organization), (1..<2, person), (2..<3, person), (3..<4, misc), (4..<5, person)],
            document: document)
        #expect(merged.map(\.tokens) == [0..<2, 2..<3, 3..<4, 4..<5])
        #expect(merged.first?.label == organization)
    }

    @Test("picks the fullest person name as canonical")
    func canonical() {
        let mentions = [Self.mention("Trump", .person, at: 0), Self.mention("Donald Trump", .person, at: 3)]
        #expect(EntityGrouper.canonical([0, 1], mentions) == "Donald Trump")
    }
}
