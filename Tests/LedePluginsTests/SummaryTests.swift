import Foundation
import LedeCore
import LedeHost
import LedeKit
import LedeKitTesting
import Testing

@testable import LedePlugins

/// Reads a fixture written for these tests from `Fixtures/`.
func summaryFixture(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
}

func summaryAnalysis(_ text: String, id: String = "t1") throws -> (Document, SummaryAnalysis) {
    let document = Document(Article(id: id, title: "", text: text))
    let cache = AnalysisCache(plugins: [AnyPlugin(SummaryPlugin())])
    return (document, try SummaryPlugin().analyze(document, context: cache.context))
}

@Suite("Summary boilerplate filters")
struct SummaryBoilerplateTests {
    // MARK: Exclusions in a page with every kind of clutter

    func exclusions(_ text: String) throws -> [String: SummaryExclusion?] {
        let (document, analysis) = try summaryAnalysis(text)
        var result: [String: SummaryExclusion?] = [:]
        for candidate in analysis.candidates { result[document.text(candidate.span)] = candidate.exclusion }
        return result
    }

    @Test("a byline never enters")
    func byline() throws {
        let found = try exclusions(summaryFixture("summary-bridge.txt"))
        #expect(found["By Jane Writer, Staff Reporter"] == .byline)
    }

    @Test("a dateline is trimmed off the first sentence")
    func dateline() throws {
        let (document, analysis) = try summaryAnalysis(summaryFixture("summary-bridge.txt"))
        let texts = analysis.candidates.map { document.text($0.span) }
        #expect(texts.contains { $0.hasPrefix("The city council of Riverton voted") })
        #expect(!texts.contains { $0.contains("(Lede News)") })
        let (millDocument, mill) = try summaryAnalysis(summaryFixture("summary-mill.txt"))
        #expect(millDocument.text(mill.candidates[0].span).hasPrefix("Fire crews spent the night"))
    }

    @Test("photo credits, Read more, Sign up and questions to the reader never enter")
    func clutter() throws {
        let found = try exclusions(summaryFixture("summary-bridge.txt"))
        #expect(found["Photo: the Harbor Bridge at dusk (Getty Images)"] == .photoCredit)
        #expect(found["Read more: How Riverton built its bridges"] == .boilerplate)
        #expect(found["What do you think about the bridge closure?"] == .boilerplate)
        #expect(found["Sign up for our daily newsletter to get the latest news from Riverton."] == .boilerplate)
    }

    @Test("a question in the story's voice never enters")
    func question() throws {
        let found = try exclusions("The vote was close. Will the bridge ever open again? Nobody on the council could say.")
        #expect(found["Will the bridge ever open again?"] == .question)
    }

    @Test("an unattributed quote-only sentence never enters")
    func unattributedQuote() throws {
        let found = try exclusions(summaryFixture("summary-bridge.txt"))
        #expect(found["\"We cannot put lives at risk on that bridge.\""] == .unattributedQuote)
    }

    @Test("a caption run into the next sentence is cut off")
    func runInCaption() throws {
        let (document, analysis) = try summaryAnalysis(summaryFixture("summary-mill.txt"))
        let texts = analysis.candidates.map { document.text($0.span) }
        #expect(texts.contains { $0.hasPrefix("The fire broke out shortly after midnight") })
        #expect(texts.contains { $0.hasPrefix("Nobody was hurt") })
        #expect(!texts.contains { $0.contains("Firefighters battle the flames") })
    }

    @Test("a title after 'told' is not taken for a caption break")
    func titleIsNotCaption() throws {
        let text = "The mayor of the small town told The Riverton Gazette on Monday that the bridge would reopen."
        let (document, analysis) = try summaryAnalysis(text)
        #expect(document.text(analysis.candidates[0].span) == text)
    }

    @Test("the summary of a cluttered page holds only story sentences")
    func summaryIsClean() throws {
        for name in ["summary-bridge.txt", "summary-mill.txt"] {
            let (document, analysis) = try summaryAnalysis(summaryFixture(name))
            for chosen in analysis.select(.sentences(6)) {
                let text = document.text(chosen.candidate.span)
                #expect(chosen.candidate.exclusion == nil)
                for clutter in ["By Jane", "Photo:", "Read more", "Sign up", "CLICK HERE", "?", "Scroll down", "Lede News"] {
                    #expect(!text.contains(clutter), "\(name): \(text)")
                }
            }
        }
    }
}

@Suite("Summary length options")
struct SummaryLengthTests {
    @Test("the default is three sentences in document order")
    func defaultLength() throws {
        let (_, analysis) = try summaryAnalysis(summaryFixture("summary-bridge.txt"))
        let chosen = analysis.select()
        #expect(chosen.count == 3)
        #expect(chosen.map(\.candidate.sentence) == chosen.map(\.candidate.sentence).sorted())
        #expect(Set(chosen.map(\.rank)) == [1, 2, 3])
    }

    @Test("-n picks that many sentences, or all the eligible ones")
    func sentenceCount() throws {
        let (_, analysis) = try summaryAnalysis(summaryFixture("summary-bridge.txt"))
        #expect(analysis.select(.sentences(1)).count == 1)
        let eligible = analysis.candidates.filter { $0.exclusion == nil }.count
        #expect(analysis.select(.sentences(100)).count == eligible)
    }

    @Test("--words stays near the budget")
    func wordBudget() throws {
        let (_, analysis) = try summaryAnalysis(summaryFixture("summary-bridge.txt"))
        for budget in [20, 40, 80] {
            let chosen = analysis.select(.words(budget))
            let words = chosen.reduce(0) { $0 + $1.candidate.words }
            #expect(!chosen.isEmpty)
            #expect(words <= budget + budget / 10 || chosen.count == 1)
        }
    }

    @Test("--ratio takes a share of the article")
    func ratio() throws {
        let (_, analysis) = try summaryAnalysis(summaryFixture("summary-mill.txt"))
        let all = analysis.candidates.filter { $0.exclusion == nil }.reduce(0) { $0 + $1.words }
        let half = analysis.select(.ratio(0.5)).reduce(0) { $0 + $1.candidate.words }
        #expect(half > 0 && half <= all * 55 / 100)
        #expect(analysis.select(.ratio(1)).reduce(0) { $0 + $1.candidate.words } == all)
    }

    @Test("options parse, and only one length may be given")
    func options() throws {
        #expect(try SummaryPlugin.length(CommandInvocation(command: "summary")) == .sentences(3))
        #expect(try SummaryPlugin.length(CommandInvocation(command: "summary", options: ["sentences": "5"])) == .sentences(5))
        #expect(try SummaryPlugin.length(CommandInvocation(command: "summary", options: ["words": "50"])) == .words(50))
        #expect(try SummaryPlugin.length(CommandInvocation(command: "summary", options: ["ratio": "0.2"])) == .ratio(0.2))
        #expect(throws: LedeError.self) {
            try SummaryPlugin.length(CommandInvocation(command: "summary", options: ["sentences": "2", "words": "10"]))
        }
        #expect(throws: LedeError.self) {
            try SummaryPlugin.length(CommandInvocation(command: "summary", options: ["ratio": "2"]))
        }
    }

    @Test("odd text never crashes and gives an empty or small summary")
    func oddText() throws {
        for text in ["", " ", "...!?", "\"\"\"", "(CNN)", "By", String(repeating: "word ", count: 5000), "a\n\nb\n\nc"] {
            let (document, analysis) = try summaryAnalysis(text)
            for chosen in analysis.select() {
                #expect(chosen.candidate.span.start >= 0 && chosen.candidate.span.end <= document.scalars.count)
            }
        }
    }

    @Test("batch output lists sentences with offsets, text and score")
    func encode() throws {
        let (document, analysis) = try summaryAnalysis(summaryFixture("summary-bridge.txt"))
        let json = SummaryPlugin().encode(analysis, document: document)
        let sentences = try #require(json["sentences"]?.arrayValue)
        #expect(sentences.count == 3)
        for sentence in sentences {
            let start = try #require(sentence["start"]?.intValue)
            let end = try #require(sentence["end"]?.intValue)
            #expect(sentence["text"]?.stringValue == document.text(TextSpan(start, end)))
            #expect(sentence["score"]?.doubleValue != nil)
        }
    }
}

@Suite("Summary sentence edges")
struct SummaryEdgeTests {
    @Test("a sentence ending on an abbreviation's dot is prose, not a caption")
    func abbreviationEnd() throws {
        let text = "The team flew into Washington D.C. The coach said the squad was ready for the final on Sunday."
        let (_, analysis) = try summaryAnalysis(text)
        #expect(analysis.candidates.allSatisfy { $0.exclusion == nil })
    }

    @Test("a heading line without a full stop never enters")
    func heading() throws {
        let text = "The city opened its new library on Monday after three years of building work.\n\nOpening day\n\nHundreds of readers queued outside the doors before the library opened at nine."
        let (document, analysis) = try summaryAnalysis(text)
        let heading = try #require(analysis.candidates.first { document.text($0.span) == "Opening day" })
        #expect(heading.exclusion == .heading)
    }

    @Test("a dateline in title case with commas is trimmed")
    func titleCaseDateline() throws {
        let text = "Port Ellen, Islay, Scotland - The island's distillery reopened this week after a long restoration."
        let (document, analysis) = try summaryAnalysis(text)
        #expect(document.text(analysis.candidates[0].span).hasPrefix("The island's distillery"))
    }

    @Test("the headline pulls sentences that echo it")
    func headline() throws {
        let body = "Officials met on Monday to discuss the budget for next year. The harbour ferry service will end in "
            + "March, the council said. Ticket prices for the museum will stay the same. The council will also "
            + "review parking fees in the town centre."
        let plain = Document(Article(id: "a", title: "", text: body))
        let titled = Document(Article(id: "b", title: "Council ends harbour ferry service", text: body))
        let cache = AnalysisCache(plugins: [AnyPlugin(SummaryPlugin())])
        let withoutTitle = try SummaryPlugin().analyze(plain, context: cache.context)
        let withTitle = try SummaryPlugin().analyze(titled, context: cache.context)
        #expect(withTitle.candidates[1].score > withoutTitle.candidates[1].score)
        #expect(withTitle.candidates[1].title > 0)
        #expect(withoutTitle.select(.sentences(1)).map(\.candidate.sentence) == [0])
        #expect(withTitle.select(.sentences(1)).map(\.candidate.sentence) == [1])
    }

    @Test("output is the same on every run")
    func deterministic() throws {
        let text = try summaryFixture("summary-mill.txt")
        let (document, first) = try summaryAnalysis(text)
        let (_, second) = try summaryAnalysis(text)
        #expect(SummaryPlugin().encode(first, document: document) == SummaryPlugin().encode(second, document: document))
    }
}

@Suite("Summary keywords")
struct SummaryKeywordTests {
    @Test("key phrases are the article's repeated content words, best first")
    func keyphrases() throws {
        let (_, analysis) = try summaryAnalysis(summaryFixture("summary-bridge.txt"))
        let texts = analysis.keywords.map { $0.text.lowercased() }
        #expect(texts.prefix(3).contains { $0.contains("bridge") })
        #expect(!texts.contains { ["the", "and", "said", "of"].contains($0) })
        #expect(analysis.keywords.map(\.score) == analysis.keywords.map(\.score).sorted(by: >))
    }

    @Test("a weekday or month alone is never a key phrase, however often it recurs")
    func calendarWordsAreNotKey() throws {
        let text = """
            The ferry to Kessa resumed on Wednesday after the strike. Dock workers voted on Wednesday to return, and \
            the ferry sailed twice on Wednesday. The union said the ferry deal holds until March. In March the ferry \
            timetable will be reviewed again, the union said on Wednesday.
            """
        let (_, analysis) = try summaryAnalysis(text)
        let texts = analysis.keywords.map { $0.text.lowercased() }
        #expect(texts.contains("ferry"))
        #expect(!texts.contains("wednesday"))
        #expect(!texts.contains("march"))
    }
}

@Suite("Summary commands")
struct SummaryCommandTests {
    func host() throws -> PluginTestHost {
        PluginTestHost(documents: [
            Document(Article(id: "bridge", title: "", text: try summaryFixture("summary-bridge.txt"))),
            Document(Article(id: "mill", title: "", text: try summaryFixture("summary-mill.txt"))),
        ], plugins: [AnyPlugin(SummaryPlugin())])
    }

    func table(_ output: CommandOutput) throws -> Table {
        guard case .table(let table) = output else { throw LedeError("expected a table") }
        return table
    }

    @Test("summary gives article, rank, sentence and score for every article in scope")
    func summary() throws {
        let table = try table(SummaryPlugin().run(CommandInvocation(command: "summary"), host: host()))
        #expect(table.withoutDetail.columns.map(\.name) == ["article", "rank", "sentence", "score"])
        // For programs (json): the sentence's offsets, as `lede analyze` gives them.
        #expect(table.columns.filter(\.detail).map(\.name) == ["start", "end"])
        #expect(table.rows.count == 6)
        #expect(Set(table.rows.compactMap { $0[0].stringValue }) == ["bridge", "mill"])
    }

    @Test("--explain adds the features, the reason and what was never eligible")
    func explain() throws {
        let invocation = CommandInvocation(command: "summary", options: ["explain": "", "sentences": "2"])
        let table = try table(SummaryPlugin().run(invocation, host: host()))
        #expect(table.columns.map(\.name).suffix(5) == ["position", "centrality", "salience", "redundancy", "why"])
        #expect(table.rows.count == 4)
        #expect(table.footer?.contains("byline") == true)
    }

    @Test("--lead shows the first sentences of the story")
    func lead() throws {
        let invocation = CommandInvocation(command: "summary", options: ["lead": "", "sentences": "2"])
        let table = try table(SummaryPlugin().run(invocation, host: host()))
        #expect(table.rows.count == 4)
        #expect(table.rows[0][2].stringValue?.hasPrefix("The city council of Riverton voted") == true)
    }

    @Test("keywords -n limits the phrases per article")
    func keywords() throws {
        let invocation = CommandInvocation(command: "keywords", options: ["top": "2"])
        let table = try table(SummaryPlugin().run(invocation, host: host()))
        #expect(table.columns.map(\.name) == ["article", "rank", "keyphrase", "count", "score"])
        #expect(table.rows.count == 4)
    }
}
