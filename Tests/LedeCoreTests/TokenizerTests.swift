import LedeCore
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
    // MARK: Abbreviations and initials

    @Test("keeps abbreviation dots inside their words")
    func abbreviations() {
        #expect(TextTestSupport.tokens("Mr. Ray met Gen. Tull and Acme Inc. staff in the U.S. today.")
            == ["Mr.", "Ray", "met", "Gen.", "Tull", "and", "Acme", "Inc.", "staff", "in", "the", "U.S.", "today", "."])
        #expect(TextTestSupport.tokens("Ray Tull Jr. and J. K. Doe") == ["Ray", "Tull", "Jr.", "and", "J.", "K.", "Doe"])
        #expect(TextTestSupport.tokens("at 5 p.m. on Dec. 3") == ["at", "5", "p.m.", "on", "Dec.", "3"])
    }

    @Test("keeps a party and state label whole: `(D-N.Y.)`")
    func partyAndState() {
        #expect(TextTestSupport.tokens("Sen. Ann Dow (D-N.Y.) said it. Rep. Bo Lee (R-S.C.) agreed.")
            == ["Sen.", "Ann", "Dow", "(", "D-N.Y.", ")", "said", "it", ".", "Rep.", "Bo", "Lee", "(", "R-S.C.", ")", "agreed", "."])
    }

    @Test("takes `No.` as an abbreviation only before a number")
    func numberAbbreviations() {
        #expect(TextTestSupport.tokens("No. 10 said no.") == ["No.", "10", "said", "no", "."])
    }

    @Test("splits a trailing full stop from an ordinary word")
    func finalStop() {
        #expect(TextTestSupport.tokens("It fell.") == ["It", "fell", "."])
    }

    // MARK: Numbers

    @Test("keeps decimals, thousands, dates and times whole")
    func numbers() {
        #expect(TextTestSupport.tokens("3.5% of 1,200 on 1996-08-30 at 10:30 in the 1990s")
            == ["3.5", "%", "of", "1,200", "on", "1996-08-30", "at", "10:30", "in", "the", "1990s"])
        #expect(TextTestSupport.tokens("It rose 3.") == ["It", "rose", "3", "."])
    }

    // MARK: Apostrophes, clitics, hyphens

    @Test("splits a possessive the same way in running and tokenised text")
    func possessives() {
        #expect(TextTestSupport.tokens("Trump's aide") == ["Trump", "'s", "aide"])
        #expect(TextTestSupport.tokens("Trump’s aide") == ["Trump", "’s", "aide"])
        #expect(TextTestSupport.tokens("Trump 's aide") == ["Trump", "'s", "aide"])
        #expect(TextTestSupport.tokens("don't O'Brien") == ["don't", "O'Brien"])
    }

    @Test("keeps a quote mark apart from the word it opens")
    func quoteMarks() {
        #expect(TextTestSupport.tokens("'so-called' “plan”") == ["'", "so-called", "'", "“", "plan", "”"])
        #expect(TextTestSupport.tokens("\"sure\"") == ["\"", "sure", "\""])
    }

    @Test("joins hyphenated words and letter-number codes")
    func hyphens() {
        #expect(TextTestSupport.tokens("short-lived F-16 U.S.-Russia AT&T")
            == ["short-lived", "F-16", "U.S.", "-", "Russia", "AT&T"])
    }

    // MARK: Punctuation

    @Test("keeps ellipses and repeated marks together")
    func ellipses() {
        #expect(TextTestSupport.tokens("Well... no… what?!") == ["Well", "...", "no", "…", "what", "?", "!"])
    }

    // MARK: Offsets

    @Test("gives Unicode-scalar offsets, with combining marks inside words")
    func scalarOffsets() {
        let text = "“e\u{301}te\u{301}” Zoë 👍🏽 said"
        let document = TextTestSupport.document(text)
        let words = document.tokens.map { document.text($0) }
        #expect(words.contains("e\u{301}te\u{301}"))
        #expect(words.contains("said"))
        let said = document.tokens.last
        #expect(said?.end == text.unicodeScalars.count)
    }

    @Test("never crashes on odd input", arguments: ["", " ", "\n\n", "...", "'", "\u{301}", "\u{0}\u{7F}", "'s", "A.", "—"])
    func oddInput(_ text: String) {
        let document = TextTestSupport.document(text)
        for token in document.tokens {
            #expect(token.start >= 0 && token.end <= document.scalars.count && token.length > 0)
        }
    }
}
