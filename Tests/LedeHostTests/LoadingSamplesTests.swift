import Foundation
import LedeCore
import Testing

@testable import LedeHost

@Suite("Loading the bundled sample articles")
struct LoadingSamplesTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../scripts/samples").standardized.path

    @Test("ten fictional samples load cleanly with full front matter")
    func samplesLoad() throws {
        let result = ArticleLoader(options: .init(home: nil)).load([Self.samples])
        #expect(result.diagnostics.isEmpty)
        #expect(result.articles.count == 10)
        for article in result.articles {
            #expect(!article.title.isEmpty)
            #expect(article.metadata("source") == "lede sample (fictional)")
            #expect(article.metadata("fictional") == "true")
            #expect(article.metadata("byline")?.hasPrefix("By ") == true)
            #expect(article.metadata("date") != nil)
            #expect(article.text.contains("(Lede Wire) —"), "dateline in \(article.title)")
            let words = article.text.split { $0 == " " || $0 == "\n" }.count
            #expect((250...500).contains(words), "\(words) words in \(article.title)")
        }
    }

    @Test("the press-conference sample has a president, an ally and a criticised leader")
    func pressConference() throws {
        let result = ArticleLoader(options: .init(home: nil)).load([Self.samples + "/02-*.txt"])
        let article = try #require(result.articles.first)
        for phrase in ["President Elena Marchetti", "Prime Minister Jonas Hartling", "President Voss", "news conference"] {
            #expect(article.text.contains(phrase))
        }
    }

    @Test("one sample has a quote running over paragraphs, closed only in the last")
    func multiParagraphQuote() throws {
        let result = ArticleLoader(options: .init(home: nil)).load([Self.samples + "/03-*.txt"])
        let paragraphs = try #require(result.articles.first).text.components(separatedBy: "\n\n")
        let opening = try #require(paragraphs.firstIndex { $0.hasSuffix(":") })
        let run = paragraphs[(opening + 1)...].prefix { $0.hasPrefix("\u{201C}") }
        #expect(run.count == 3)
        #expect(run.dropLast().allSatisfy { !$0.contains("\u{201D}") })
        #expect(run.last?.hasSuffix("\u{201D}") == true)
    }
}
