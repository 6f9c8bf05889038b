import LedeCore
import Testing

@Suite("Quote-mark pairing")
struct QuotePairingTests {
    /// The passages of `text` as (quoted text, depth, closed) triples.
    func passages(_ text: String) -> [(text: String, depth: Int, closed: Bool)] {
        let document = Document(Article(id: "t", title: "", text: text))
        return QuotePairing.passages(in: document.scalars, paragraphs: document.paragraphs).map {
            (document.text($0.span), $0.depth, $0.isClosed)
        }
    }

    func texts(_ text: String) -> [String] { passages(text).map(\.text) }

    // MARK: - Styles

    @Test("pairs curly double quotes")
    func curly() {
        #expect(texts("She said “we will win” and left.") == ["“we will win”"])
    }

    @Test("pairs straight double quotes by their neighbours")
    func straight() {
        #expect(texts("\"We will win,\" she said. Then \"again\" later.") == ["\"We will win,\"", "\"again\""])
    }

    @Test("a straight closing mark closes a curly opening one")
    func mismatched() {
        #expect(texts("It found “no evidence\" at all.") == ["“no evidence\""])
    }

    @Test("single quotes inside double quotes are nested")
    func nested() {
        let found = passages("“He told me ‘never again’ twice,” she said.")
        #expect(found.map(\.text) == ["“He told me ‘never again’ twice,”", "‘never again’"])
        #expect(found.map(\.depth) == [0, 1])
    }

    @Test("straight single quotes pair; apostrophes do not")
    func apostrophes() {
        #expect(texts("They don't say 'maybe' in the Democrats' plan, it's the '90s.") == ["'maybe'"])
        #expect(texts("O’Brien’s rock ‘n’ roll isn’t quoted.").isEmpty)
    }

    @Test("inch and prime marks after digits are not quotes")
    func inches() {
        #expect(texts("He is 6' 2\" tall and the pipe is 3\" wide.").isEmpty)
        #expect(texts("A 5′10″ guard said “fine.”") == ["“fine.”"])
    }

    // MARK: - Paragraphs and recovery

    @Test("a quote over several paragraphs gives one open passage per paragraph")
    func multiParagraph() {
        let text = "“First part of it.\n\n“Second part of it.\n\n“Last part,” he said."
        let document = Document(Article(id: "t", title: "", text: text))
        let found = QuotePairing.passages(in: document.scalars, paragraphs: document.paragraphs)
        #expect(found.map { document.text($0.span) } == ["“First part of it.", "“Second part of it.", "“Last part,”"])
        #expect(found.map(\.isClosed) == [false, false, true])
        #expect(found.map(\.continuesFromPrevious) == [false, true, true])
        #expect(found.map(\.continuesToNext) == [true, true, false])
    }

    @Test("an unclosed mark costs only its own paragraph")
    func unbalanced() {
        let text = "He said “this never closes.\n\nShe said “this one does” later."
        #expect(texts(text) == ["“this never closes.", "“this one does”"])
    }

    @Test("a second opening mark ends a quote that lost its closing mark")
    func lostCloser() {
        #expect(texts("“One lost. “Two found,” he said.") == ["“One lost.", "“Two found,”"])
    }

    @Test("odd inputs neither crash nor stall", arguments: [
        "", "\"", "“", "”", "''''", "\"\"\"\"\"", "“”", "‘’’‘", "\n\n\"\n\n", String(repeating: "\"a\" ", count: 20_000),
        String(repeating: "“", count: 5_000), "a\u{301}\"b\u{301}\"",
    ])
    func odd(text: String) {
        let document = Document(Article(id: "t", title: "", text: text))
        let found = QuotePairing.passages(in: document.scalars, paragraphs: document.paragraphs)
        for passage in found {
            #expect(passage.span.start >= 0 && passage.span.end <= document.scalars.count)
            #expect(passage.span.start <= passage.span.end)
        }
    }

    @Test("empty quotes give an empty passage")
    func empty() {
        #expect(texts("He said \"\" and “” twice.") == ["\"\"", "“”"])
    }
}
