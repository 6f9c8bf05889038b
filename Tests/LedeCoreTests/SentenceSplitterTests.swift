import LedeCore
import Testing

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    // MARK: Abbreviations

    @Test("does not end a sentence at titles, initials or company suffixes")
    func abbreviations() {
        let text = "Mr. Ray met Gen. Tull Jr. of Acme Inc. on Monday. J. K. Doe was there."
        #expect(TextTestSupport.sentences(text)
            == ["Mr. Ray met Gen. Tull Jr. of Acme Inc. on Monday.", "J. K. Doe was there."])
    }

    @Test("ends a sentence at an abbreviation followed by a sentence opener")
    func abbreviationAtEnd() {
        let text = "Talks moved to the U.S. The next day, U.S. officials left."
        #expect(TextTestSupport.sentences(text) == ["Talks moved to the U.S.", "The next day, U.S. officials left."])
    }

    @Test("keeps decimals and ellipses inside a sentence")
    func decimalsAndEllipses() {
        let text = "Shares rose 3.5 percent... and then fell. Nobody knew why… The end."
        #expect(TextTestSupport.sentences(text)
            == ["Shares rose 3.5 percent... and then fell.", "Nobody knew why…", "The end."])
    }

    // MARK: Quotes

    @Test("keeps a closing quote after the full stop with its sentence")
    func closingQuote() {
        #expect(TextTestSupport.sentences("He said: \"We are done.\" Then he left.")
            == ["He said: \"We are done.\"", "Then he left."])
        #expect(TextTestSupport.sentences("She said, “It let me down.” Aides agreed.")
            == ["She said, “It let me down.”", "Aides agreed."])
    }

    @Test("does not end at ? or ! inside a quote followed by its attribution")
    func questionInsideQuote() {
        #expect(TextTestSupport.sentences("“Why now?” he asked. “Never!” Bell shouted. Silence followed.")
            == ["“Why now?” he asked.", "“Never!” Bell shouted.", "Silence followed."])
        #expect(TextTestSupport.sentences("\"Why now?\" she asked.") == ["\"Why now?\" she asked."])
    }

    @Test("starts a sentence at an opening straight quote")
    func openingQuote() {
        #expect(TextTestSupport.sentences("He left. \"We are done,\" she said.")
            == ["He left.", "\"We are done,\" she said."])
    }

    // MARK: Lines and headlines

    @Test("ends a headline at its line break")
    func headlines() {
        let text = "PUTIN SNUBS TALKS AS ENVOYS GATHER\nMoscow Says No To Summit\nThe Kremlin declined. Envoys waited."
        #expect(TextTestSupport.sentences(text)
            == ["PUTIN SNUBS TALKS AS ENVOYS GATHER", "Moscow Says No To Summit", "The Kremlin declined.", "Envoys waited."])
    }

    @Test("gives every sentence a paragraph and covers every token once")
    func coverage() {
        let document = TextTestSupport.document("One. Two?\n\nThree! \"Four.\"\n\nFive")
        #expect(document.sentences.map(\.paragraph) == [0, 0, 1, 1, 2])
        #expect(document.sentences.flatMap { Array($0.tokens) } == Array(document.tokens.indices))
        #expect(document.sentenceIndex(containing: document.sentences[3].span.start) == 3)
    }

    @Test("handles tokenised text, one sentence per line")
    func tokenisedText() {
        let text = "Ray Tull 's side won 3-1 .\nU.S. officials said no ."
        #expect(TextTestSupport.sentences(text) == ["Ray Tull 's side won 3-1 .", "U.S. officials said no ."])
    }
}
