import LedeCore
import LedeKit

/// The built-in quotes plugin: every quotation and piece of reported speech, and who said it.
///
/// Speakers resolve through the entities plugin's groups when it is available; without it the
/// plugin still attributes every quote to its surface mention and names the speaker when the
/// mention is a proper name.
public struct QuotesPlugin: CommandPlugin {
    public init() {}

    public var descriptor: PluginDescriptor {
        PluginDescriptor(
            name: "quotes", version: "1.0.0", summary: "Direct quotes, reported speech and who said them",
            dependencies: ["entities"],
            commands: [
                CommandDescriptor(
                    "quotes", summary: "List the quotes of the article and who said them",
                    options: [
                        OptionDescriptor(
                            "speaker", value: "NAME", help: "only quotes by this speaker", completion: .dynamic("speakers")),
                        OptionDescriptor(
                            "kind", value: "K", help: "only quotes of this kind",
                            completion: .values(Quote.Kind.allCases.map(\.rawValue))),
                        OptionDescriptor("indirect", help: "include reported speech without quote marks"),
                        OptionDescriptor(
                            "min-confidence", value: "C",
                            help: "only quotes attributed with at least this confidence (0 to 1; a named speaker at 0.75 or more)"),
                    ],
                    examples: [
                        "quotes", "quotes --speaker Trump", "quotes --kind partial --all", "quotes --indirect",
                        "quotes --min-confidence 0.75",
                    ]),
                CommandDescriptor(
                    "speakers", summary: "Who is quoted, how often, how many words, in which articles",
                    examples: ["speakers", "speakers --all"]),
            ])
    }

    public func analyze(_ document: Document, context: any AnalysisContext) throws -> QuoteAnalysis {
        // Without the entities plugin's answer, quotes are attributed to surface mentions.
        let entities = try context.optionalOutput(of: EntitiesPlugin(), for: document)
        try context.checkCancellation()
        return QuoteExtractor(document: document, entities: entities).analyze()
    }

    /// The direct quotes in the article's main quotation style, speech and partial: the list
    /// `lede analyze --with quotes` writes. Reported speech, scare quotes and titles are left out.
    public func encode(_ output: QuoteAnalysis, document: Document) -> JSONValue {
        .array(output.quotes.filter(\.isScoredDirectQuote).map { $0.json(in: document) })
    }

    public func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput {
        switch invocation.command {
        case "speakers": return try speakersTable(invocation, host: host)
        default: return try quotesTable(invocation, host: host)
        }
    }

    public func complete(_ key: String, host: any CommandHost) -> [String] {
        guard key == "speakers" else { return [] }
        var names = Set<String>()
        for document in host.allDocuments {
            guard let analysis = try? host.output(of: self, for: document) else { continue }
            for quote in analysis.quotes { if let name = quote.speaker { names.insert(name) } }
        }
        return names.sorted()
    }
}

extension Quote {
    /// A direct quote in the article's main marks, of kind speech or partial.
    public var isScoredDirectQuote: Bool { isPrimaryStyle && (kind == .speech || kind == .partial) }

    /// The batch record: `{start, end, text, speaker, speaker_mention, cue, via, kind, rule,
    /// confidence}`.
    public func json(in document: Document) -> JSONValue {
        .object([
            ("start", .int(span.start)), ("end", .int(span.end)), ("text", .string(document.text(span))),
            ("speaker", .string(speaker)), ("speaker_mention", .string(speakerMention)), ("cue", .string(cue)),
            ("via", .string(via)),
            ("kind", .string(kind.rawValue)), ("rule", .string(rule)), ("confidence", .double(confidence)),
        ])
    }
}
