import LedeCore
import Testing

@testable import LedePlugins

@Suite("Lexicon: every word list declared once, without repeats or conflicts")
struct LexiconTests {
    @Test("no list repeats a word")
    func noDuplicates() {
        for list in Lexicon.allLists {
            #expect(list.duplicates.isEmpty, "'\(list.name)' repeats \(list.duplicates)")
        }
    }

    @Test("a selection holds only words of the lists it is drawn from")
    func selectionsHoldTheirSources() {
        for list in Lexicon.allLists {
            #expect(list.strays.isEmpty, "'\(list.name)' has \(list.strays), in none of its sources")
        }
    }

    @Test("lists that give a word different roles share none")
    func noConflicts() {
        for (first, second) in Lexicon.disjointLists {
            let shared = first.words.intersection(second.words).sorted()
            #expect(shared.isEmpty, "'\(first.name)' and '\(second.name)' share \(shared)")
        }
    }

    @Test("every list is checked once and has a name of its own")
    func listsAreNamed() {
        let names = Lexicon.allLists.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(Lexicon.allLists.allSatisfy { !$0.entries.isEmpty })
    }

    @Test("the checks catch a repeated word and a conflict")
    func checksCatchMistakes() {
        let repeated = WordList("test", ["said", "told", "said"])
        #expect(repeated.duplicates == ["said"])
        let stray = Lexicon.speechVerbs.selection("test selection", ["said", "sang-along"])
        #expect(stray.strays == ["sang-along"])
    }

    @Test("every speech cue has one kind")
    func cueKindsAreDistinct() {
        let kinds = [Lexicon.speechVerbs, Lexicon.listenerSpeechVerbs, Lexicon.namingVerbs, Lexicon.speechParticiples]
        #expect(kinds.map(\.entries.count).reduce(0, +) == QuoteLexicon.cues.count)
    }
}
