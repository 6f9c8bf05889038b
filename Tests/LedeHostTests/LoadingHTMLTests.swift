import Foundation
import LedeCore
import Testing

@testable import LedeHost

@Suite("Loading HTML: main text, metadata, encodings")
struct LoadingHTMLTests {
    let loader = ArticleLoader(options: .init(home: nil))

    func loadOne(_ name: String) throws -> Article {
        let result = loader.load([LoadingFixtures.path(name)])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.articles.first)
    }

    // MARK: Extraction

    @Test("div soup: the story's text, its quote and list; menus, shares, newsletter, related, comments dropped")
    func divSoup() throws {
        let article = try loadOne("div-soup.html")
        let paragraphs = article.text.components(separatedBy: "\n\n")
        #expect(paragraphs.first == "Council votes to keep the night buses")
        #expect(paragraphs.contains { $0.hasPrefix("Lowmere council voted on Tuesday") })
        #expect(paragraphs.contains("\"We listened, and we changed our minds,\" Vance said."))
        #expect(paragraphs.contains("Route N4: Station to the hospital"))
        #expect(paragraphs.last == "Route N4: Station to the hospital")
        for furniture in [
            "Home", "Contact us", "cookies", "Facebook Share", "Tweet", "By Oda", "morning briefing", "Bridge repairs",
            "Most read", "Weather", "First!", "All rights reserved",
        ] {
            #expect(!article.text.contains(furniture), "kept '\(furniture)'")
        }
    }

    @Test("comments are dropped even when they run longer than the article")
    func longComments() throws {
        let article = try loadOne("long-comments.html")
        #expect(article.text.contains("The island ferry will leave twenty minutes earlier"))
        #expect(article.text.contains("Commuters had asked"))
        for comment in ["blessing", "alarms", "survey was online", "evening return", "car deck", "142 comments"] {
            #expect(!article.text.contains(comment), "kept '\(comment)'")
        }
    }

    @Test("a page too small to score falls back to <article>, <main>, then <body>")
    func smallPages() {
        let main = HTMLReader.read("<body><p>Menu</p><main><p>Main text.</p></main></body>", warn: { _, _ in })
        #expect(main?.text == "Main text.")
        let article = HTMLReader.read("<nav>Home</nav><article><p>Short.</p></article>", warn: { _, _ in })
        #expect(article?.text == "Short.")
    }

    @Test("a paragraph that is a label and a link goes; one that is all link stays")
    func linkParagraphs() {
        let body = String(repeating: "<p>A long paragraph of the story, with commas, clauses, and more words in it.</p>", count: 5)
        let html = "<article>\(body)<p>Read also: <a href='/x'>Another story about something else</a></p>"
            + "<p><a href='/y'>The report the story is about</a></p></article>"
        let text = HTMLReader.read(html, warn: { _, _ in })?.text ?? ""
        #expect(!text.contains("Another story"))
        #expect(text.contains("The report the story is about"))
    }

    @Test("text inside <noscript> is used when the page has no other")
    func noscript() {
        let html = "<body><noscript><p>" + String(repeating: "The story is only here, in words, for readers without scripts. ", count: 6)
            + "</p></noscript></body>"
        #expect(HTMLReader.read(html, warn: { _, _ in })?.text.hasPrefix("The story is only here") == true)
    }

    @Test("JSON-LD articleBody stands in for a page built by script")
    func articleBodyFallback() {
        let story = String(repeating: "The council met again, and the vote was close. ", count: 12)
        let html = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Vote",
            "articleBody": "\(story)"}</script></head><body><div id="app">Loading…</div></body></html>
            """
        let article = HTMLReader.read(html, warn: { _, _ in })
        #expect(article?.title == "Vote")
        #expect(article?.text.hasPrefix("The council met again") == true)
    }

    @Test("the tokenizer stays linear on unclosed tags and attributes")
    func hostileInput() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = HTMLReader.read(String(repeating: "<a", count: 40_000), warn: { _, _ in })
            _ = HTMLReader.read(String(repeating: "<p class='x", count: 20_000), warn: { _, _ in })
            _ = HTMLReader.read("<script>" + String(repeating: "</scrip", count: 20_000), warn: { _, _ in })
        }
        #expect(elapsed < .seconds(2))
    }

    // MARK: Metadata

    @Test("metadata from JSON-LD: headline, date, authors, publisher; canonical URL")
    func linkedData() throws {
        let article = try loadOne("div-soup.html")
        #expect(article.title == "Council votes to keep the night buses")
        #expect(article.metadata("date") == "2026-02-11T18:30:00+00:00")
        #expect(article.metadata("author") == "Oda Brennan, Tom Asker")
        #expect(article.metadata("source") == "The Lowmere Post")
        #expect(article.metadata("url") == "https://lowmere.example/news/night-buses")
    }

    @Test("titles lose the site's name after a separator")
    func titleCleaning() {
        #expect(HTMLMetadata.cleanTitle("Dock strike ends | Example Gazette", site: "Example Gazette") == "Dock strike ends")
        #expect(HTMLMetadata.cleanTitle("Gazette - Dock strike ends", site: "Gazette") == "Dock strike ends")
        #expect(HTMLMetadata.cleanTitle("Dock strike ends – The Post", site: nil) == "Dock strike ends")
        #expect(HTMLMetadata.cleanTitle("Left - right: a debate that will not end", site: nil) == "Left - right: a debate that will not end")
    }

    @Test("a meta author loses 'By'; a profile URL is not a name; <html lang> is the language")
    func authorAndLanguage() throws {
        let article = try loadOne("bom.html")
        #expect(article.metadata("author") == "Pell Sorensen")
        #expect(article.metadata("language") == "en-GB")
        #expect(HTMLMetadata.personName("https://example.invalid/staff/pell") == nil)
    }

    // MARK: Encodings

    @Test("a byte-order mark is dropped and entities decoded")
    func byteOrderMark() throws {
        let article = try loadOne("bom.html")
        #expect(article.title == "Bom page")
        #expect(article.text == "A page that starts with a byte-order mark & says so.")
    }

    @Test("<meta charset=windows-1252> pages decode without a warning")
    func windows1252() throws {
        let article = try loadOne("cp1252.html")
        #expect(article.title == "Café Nord")
        #expect(article.text == "Café Nord serves crème brûlée \u{2013} \u{201C}every day\u{201D}.")
    }

    @Test("the charset a server names wins over none in the page")
    func servedCharset() throws {
        let bytes: [UInt8] = Array("<p>na".utf8) + [0xEF] + Array("ve</p>".utf8)
        let decoded = try SourceDecoder.decode(bytes, charset: "windows-1252")
        #expect(decoded.text == "<p>naïve</p>")
        #expect(decoded.replacements == 0)
    }

    // MARK: Folders

    @Test("folders skip README, LICENSE, CHANGELOG and hidden files, and count them; named, they load")
    func skippedFiles() {
        let folder = LoadingFixtures.path("project")
        let result = loader.load([folder])
        #expect(result.articles.map(\.title) == ["Story one"])
        #expect(result.skipped == 4)
        let named = loader.load([folder + "/README.md"])
        #expect(named.articles.map(\.title) == ["Read me"])
        #expect(named.skipped == 0)
    }
}
