import LedeCore
import Testing

@testable import LedeHost

/// Inputs that once made a reader super-linear (each took seconds to minutes). The sizes are
/// chosen so that the old code would take minutes and linear code takes milliseconds; the time
/// limit is the check.
@Suite("Loading stays linear in the input", .timeLimit(.minutes(1)))
struct LoadingLinearTimeTests {
    static func markdown(_ text: String) -> Article? { MarkdownReader.read(text, warn: { _, _ in }) }
    static func html(_ text: String) -> Article? { HTMLReader.read(text, warn: { _, _ in }) }

    // MARK: Markdown

    @Test("deeply nested brackets (each level once cost 1.6 times the one inside)")
    func nestedBrackets() {
        let text = String(repeating: "[", count: 60) + "x" + String(repeating: "]", count: 60) + "\n"
        #expect(Self.markdown(text)?.text == String(text.dropLast()))
        let links = String(repeating: "[", count: 60) + "x" + String(repeating: "](u)", count: 60) + "\n"
        #expect(Self.markdown("# Title\n\n" + links)?.text == "x")
    }

    @Test("many image openers without a closing parenthesis")
    func openImages() {
        let text = "# Title\n\n" + String(repeating: "![](", count: 200_000)
        #expect(Self.markdown(text)?.text == String(repeating: "![](", count: 200_000))
    }

    @Test("many brackets and angle brackets that never close")
    func unclosed() {
        for unit in ["[", "[a]", "<a", "[a](", "[a][", "*_"] {
            let text = "# Title\n\n" + String(repeating: unit, count: 100_000)
            #expect(Self.markdown(text) != nil)
        }
    }

    @Test("links nested in labels still come out as their labels")
    func nestedLinks() {
        #expect(MarkdownReader.inline("[[a](x) b](y) c") == "a b c")
        #expect(MarkdownReader.inline("![![img](a)](b)") == "img")
        #expect(MarkdownReader.inline("[*x*](u) [y][r] [z] (w)") == "x y [z] (w)")
        #expect(MarkdownReader.inline("[a <b>](u) <https://example.test>") == "a  https://example.test")
    }

    // MARK: HTML

    @Test("many tag openers that never close", arguments: ["<a", "<a ", "<a\n", "<a b", "</a", "<a b='", "<!-", "&"])
    func openTags(unit: String) {
        let text = "<p>" + String(repeating: unit, count: 100_000)
        _ = Self.html(text)
    }

    @Test("'<a' repeated, loaded as a file named .html and as one of unknown type")
    func repeatedOpeners() {
        let bytes = Array(String(repeating: "<a", count: 100_000).utf8)
        for format in [ArticleFormat.html, nil] {
            _ = ArticleLoader().read(bytes, path: "many.html", format: format)
        }
    }
}
