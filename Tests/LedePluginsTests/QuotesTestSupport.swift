import Foundation
import LedeCore
import LedeHost
import LedeKit
import LedeKitTesting
import Testing

@testable import LedePlugins

/// Runs the quotes analysis on text written for the tests (entities come from the entities
/// plugin when it is available; the quotes plugin copes when it is not).
enum QuotesTestSupport {
    /// A context that computes dependencies directly (the shared test host of LedeKitTesting).
    static func directContext() -> PluginTestHost { PluginTestHost(documents: []) }

    static func analyze(_ text: String) throws -> (Document, QuoteAnalysis) {
        let document = Document(Article(id: "t", title: "", text: text))
        return (document, try QuotesPlugin().analyze(document, context: directContext()))
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
