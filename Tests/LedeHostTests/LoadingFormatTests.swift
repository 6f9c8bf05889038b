import Foundation
import LedeCore
import Testing

@testable import LedeHost

@Suite("Loading article formats")
struct LoadingFormatTests {
    let loader = ArticleLoader(options: .init(home: nil))

    func loadOne(_ name: String) throws -> (Article, LoadResult) {
        let result = loader.load([LoadingFixtures.path(name)])
        let article = try #require(result.articles.first)
        return (article, result)
    }

    // MARK: Plain text

    @Test("reads front matter into title and metadata, body after the fence")
    func frontMatter() throws {
        let (article, result) = try loadOne("front-matter.txt")
        #expect(result.diagnostics.isEmpty)
        #expect(article.title == "Harbour board approves night ferry trial")
        #expect(article.text.hasPrefix("PORTO VELHO (Lede Wire) — The harbour board"))
        #expect(article.text.hasSuffix("said board chair Ilse Marchetti."))
        #expect(article.metadata("date") == "2026-03-14")
        #expect(article.metadata("byline") == "By Tomas Verhoeven")
        #expect(article.metadata("fictional") == "true")
        #expect(article.metadata("path") == LoadingFixtures.path("front-matter.txt"))
        #expect(article.metadata.map(\.key) == ["date", "source", "byline", "fictional", "path"])
        #expect(article.id == "", "ids are left for the session to assign")
    }

    @Test("without front matter the first line is the title")
    func firstLineTitle() throws {
        let (article, result) = try loadOne("no-front-matter.txt")
        #expect(result.diagnostics.isEmpty)
        #expect(article.title == "Council delays the tram vote again")
        #expect(article.text.hasPrefix("The city council put off"))
        #expect(!article.text.hasSuffix("\n"))
    }

    @Test("line ends are normalised to \\n")
    func crlf() throws {
        let (article, _) = try loadOne("crlf.txt")
        #expect(article.title == "Bridge reopens after repairs")
        #expect(article.text == "The old bridge reopened on Wednesday.\nTraffic was light, officials said.")
    }

    // MARK: Markdown

    @Test("markdown: first heading is the title, markup stripped, soft lines joined")
    func markdown() throws {
        let (article, result) = try loadOne("article.md")
        #expect(result.diagnostics.isEmpty)
        #expect(article.title == "Ministers trade barbs over the budget")
        #expect(article.metadata("date") == "2026-02-02")
        let paragraphs = article.text.components(separatedBy: "\n\n")
        #expect(
            paragraphs.first
                == "Finance Minister Oksana Braga said on Monday that the plan was balanced, and that critics had misread it.")
        #expect(paragraphs.contains("Reaction"))
        #expect(paragraphs.contains("\"It is a budget for nobody,\" said opposition leader Dev Castellan."))
        #expect(paragraphs.contains("first item with code"))
        #expect(paragraphs.contains("a chart"))
        #expect(!article.text.contains("https://"))
        #expect(article.text.contains("snake_case_names and 2 * 3 stay as written; so does R&D."))
    }

    // MARK: HTML

    @Test("html: main text from <article>, chrome and scripts dropped, entities decoded")
    func html() throws {
        let (article, result) = try loadOne("article.html")
        #expect(result.diagnostics.isEmpty)
        #expect(article.title == "Dock strike ends after \u{201C}long nights\u{201D} of talks")
        let paragraphs = article.text.components(separatedBy: "\n\n")
        #expect(
            paragraphs == [
                "Dock strike ends after \u{201C}long nights\u{201D} of talks",
                "Dock workers in Valmora voted to end their strike on Sunday, union leader Petra Lind said.",
                "\u{201C}We got most of what we asked for,\u{201D} Lind told reporters \u{2014} & she smiled.",
                "Employers' spokesman Aldo Ferran called the deal \u{201C}fair\u{201D}.",
                "He left early.",
                "Pay rises of 4%",
                "Shorter shifts at night",
            ])
        for chrome in ["Home", "Site header", "Related", "Share this", "Copyright", "hidden", "tracking", "color"] {
            #expect(!article.text.contains(chrome))
        }
        #expect(article.metadata("url") == "https://example.invalid/dock-strike")
        #expect(article.metadata("date") == "2026-04-01T09:00:00Z")
        #expect(article.metadata("source") == "Example Gazette")
        #expect(article.metadata("author") == "Mara Quill")
    }

    @Test("html entities: named, decimal, hex, Windows-1252 range, invalid and unknown")
    func entities() {
        #expect(HTMLEntities.decode("a &amp; b &lt;c&gt; &quot;d&quot; &eacute;") == "a & b <c> \"d\" é")
        #expect(HTMLEntities.decode("&#8212; &#x2014; &#X2014;") == "— — —")
        #expect(HTMLEntities.decode("&#150; &#147;x&#148;") == "– “x”")
        #expect(HTMLEntities.decode("&#0; &#xD800; &#99999999;") == "\u{FFFD} \u{FFFD} \u{FFFD}")
        #expect(HTMLEntities.decode("&bogus; & &; a&b &copy2026") == "&bogus; & &; a&b ©2026")
    }

    @Test("html without <article> uses <main>, then <body>; the <title> is the fallback title")
    func htmlFallbacks() {
        let main = HTMLReader.read(
            "<html><head><title>Page</title></head><body><p>Menu</p><main><p>Main text.</p></main></body></html>",
            warn: { _, _ in })
        #expect(main?.title == "Page")
        #expect(main?.text == "Main text.")
        let body = HTMLReader.read("<p>First para<p>Second para", warn: { _, _ in })
        #expect(body?.text == "First para\n\nSecond para")
        #expect(body?.title == "First para")
    }

    @Test("deeply nested html does not exhaust the stack")
    func deepHTML() {
        let html = String(repeating: "<div>", count: 100_000) + "deep" + String(repeating: "</div>", count: 100_000)
        #expect(HTMLReader.read(html, warn: { _, _ in })?.text == "deep")
    }

    // MARK: JSON

    @Test("json array: text/body/content fields, id kept, a record without text reported")
    func jsonArray() throws {
        let path = LoadingFixtures.path("articles.json")
        let result = loader.load([path])
        #expect(result.articles.map(\.id) == ["wire-1", "", "42"])
        #expect(result.articles.map(\.text) == ["The coastal rail link opened on Friday.", "Body field text.", "Content field text.\nSecond line."])
        #expect(result.articles[0].metadata.map(\.key) == ["url", "date", "source", "author", "path"])
        #expect(result.articles[2].title == "Content field text.")
        #expect(result.diagnostics.map(\.description) == ["\(path): warning: item 3: no 'text', 'body' or 'content' field; skipped"])
    }

    @Test("json object: one article")
    func jsonObject() throws {
        let (article, result) = try loadOne("single.json")
        #expect(result.diagnostics.isEmpty)
        #expect(article.title == "Single object")
        #expect(article.text == "One article in one object.")
    }

    @Test("jsonl: a broken line is reported by number and the rest is loaded")
    func jsonlBrokenLine() {
        let path = LoadingFixtures.path("broken.jsonl")
        let result = loader.load([path])
        #expect(result.articles.map(\.id) == ["j1", "j2", "j6"])
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics.map(\.line) == [3, 5])
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(result.diagnostics[0].description.hasPrefix("\(path):3: warning: not valid JSON"))
        #expect(result.diagnostics[1].description == "\(path):5: warning: no 'text', 'body' or 'content' field; line skipped")
    }

    @Test("an unknown extension is read by its content")
    func sniffing() throws {
        let (article, _) = try loadOne("notes.data")
        #expect(article.text == "Article from a file with an unknown extension.")
        #expect(ArticleFormat.sniff("<!DOCTYPE html><p>x") == .html)
        #expect(ArticleFormat.sniff("{\"text\": \"a\"}\n{\"text\": \"b\"}\n") == .jsonl)
        #expect(ArticleFormat.sniff("{\n  \"text\": \"a\"\n}") == .json)
        #expect(ArticleFormat.sniff("---\ntitle: x\n---\nbody") == .text)
        #expect(ArticleFormat.sniff("# Heading\n\nbody") == .markdown)
    }

    @Test("stdin is read for '-' and its format sniffed")
    func standardInput() {
        let jsonl = Data("{\"id\": \"s1\", \"text\": \"From stdin.\"}\n".utf8)
        let result = loader.load(["-"], stdin: { jsonl })
        #expect(result.articles.map(\.id) == ["s1"])
        #expect(result.articles.first?.metadata("path") == "-")
        let empty = loader.load(["-"], stdin: { nil })
        #expect(empty.articles.isEmpty)
        #expect(empty.diagnostics.map(\.description) == ["-: warning: empty file; nothing loaded"])
    }
}

extension LoadingFormatTests {
    @Test("markdown: setext headings, code fences, ordered lists, rules, inline html, autolinks, escapes")
    func markdownBlocks() throws {
        let (article, _) = try loadOne("setext.md")
        #expect(article.title == "Port reopens")
        #expect(
            article.text.components(separatedBy: "\n\n") == [
                "The port reopened on Monday.",
                "Second heading",
                "code line one\n  code line two",
                "First step",
                "Second step",
                "Inline html and a https://example.invalid/auto link, *not emphasis*.",
            ])
    }

    @Test("html declaring windows-1252 is decoded from it without a warning")
    func latin1HTML() throws {
        let (article, result) = try loadOne("latin1.html")
        #expect(result.diagnostics.isEmpty)
        #expect(article.title == "Café owners \u{201C}win\u{201D} appeal")
        #expect(article.text == "The café may open on Sundays \u{2013} a judge said.")
    }

    @Test("json: an object with an 'articles' array; a non-object item is reported")
    func jsonWrapper() {
        let path = LoadingFixtures.path("wrapped.json")
        let result = loader.load([path])
        #expect(result.articles.map(\.title) == ["Wrapped one", "Wrapped two"])
        #expect(result.diagnostics.map(\.description) == ["\(path): warning: item 3: not a JSON object; skipped"])
    }

    @Test("json: a broken document names the line where parsing stopped")
    func jsonBroken() throws {
        let path = LoadingFixtures.path("broken.json")
        let result = loader.load([path])
        #expect(result.articles.isEmpty)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.line == 4)
        #expect(diagnostic.description.hasPrefix("\(path):4: error: not valid JSON ("))
    }
}
