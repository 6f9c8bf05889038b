import Foundation
import LedeCore
import LedeHost
import LedeKit
import Testing

@testable import LedePlugins

/// Runs the quotes analysis on text written for the tests (entities come from the entities
/// plugin when it is available; the quotes plugin copes when it is not).
enum QuotesTestSupport {
    struct DirectContext: AnalysisContext {
        func output<P: AnalysisPlugin>(of plugin: P, for document: Document) throws -> P.Output {
            try plugin.analyze(document, context: self)
        }
        func json(ofPlugin name: String, for document: Document) throws -> JSONValue { .null }
        func checkCancellation() throws {}
    }

    static func analyze(_ text: String) throws -> (Document, QuoteAnalysis) {
        let document = Document(Article(id: "t", title: "", text: text))
        return (document, try QuotesPlugin().analyze(document, context: DirectContext()))
    }

    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The quote whose text contains `fragment`.
    static func quote(_ analysis: QuoteAnalysis, _ document: Document, containing fragment: String) -> Quote? {
        analysis.quotes.first { document.text($0.span).contains(fragment) }
    }
}

/// A suite that asks for one quote of a text at a time.
protocol QuoteLookup {}

extension QuoteLookup {
    /// Analyses `text` and returns the quote containing `fragment` (a test failure if none).
    func quote(_ text: String, containing fragment: String) throws -> Quote {
        let (document, analysis) = try QuotesTestSupport.analyze(text)
        return try #require(QuotesTestSupport.quote(analysis, document, containing: fragment))
    }
}
