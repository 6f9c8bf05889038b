import LedeCore
import LedeKit

/// The built-in stance plugin: who is for or against whom, how the article treats each actor,
/// and the polarity toward a given target, always with evidence.
public struct StancePlugin: CommandPlugin {
    public init() {}

    public var descriptor: PluginDescriptor {
        PluginDescriptor(
            name: "stance", version: "1.0.0",
            summary: "Who is for or against whom, and how the article treats each actor",
            dependencies: ["entities", "quotes"],
            commands: StanceCommands.descriptors)
    }

    public func analyze(_ document: Document, context: any AnalysisContext) throws -> StanceAnalysis {
        let classifier = TargetPolarityClassifier()
        var analysis = StanceAnalysis()
        if let target = document.article.target, target.end <= document.scalars.count, !target.isEmpty {
            analysis.target = classifier.classify(document, target: target)
        }
        try context.checkCancellation()
        let entities = try context.optionalOutput(of: EntitiesPlugin(), for: document)
        let quotes = try context.optionalOutput(of: QuotesPlugin(), for: document)
        let actors = entities.map { StanceActors.from($0, document: document) } ?? FallbackActorFinder.actors(in: document)
        try context.checkCancellation()
        let sentences = document.sentences.map { SentenceWords(document, tokens: $0.tokens) }
        let extractor = RelationExtractor(document: document, actors: actors, sentences: sentences, classifier: classifier)
        var candidates = extractor.frames()
        if let quotes {
            candidates += QuoteRelationReader(extractor: extractor, actorsAreEntities: entities != nil).relations(quotes)
        }
        try context.checkCancellation()
        analysis.relations = RelationAggregator.relations(candidates, actors: actors)
        analysis.alignments = RelationAggregator.alignments(analysis.relations, actors: actors)
        let quoteSpans = quotes?.quotes.filter { $0.kind == .speech || $0.kind == .partial }.map(\.span) ?? []
        analysis.tone = ToneReader(extractor: extractor, quoteSpans: quoteSpans).tones()
        return analysis
    }

    public func encode(_ output: StanceAnalysis, document: Document) -> JSONValue {
        StanceJSON.encode(output, document: document)
    }

    public func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput {
        try StanceCommands.run(invocation, plugin: self, host: host)
    }

    public func complete(_ key: String, host: any CommandHost) -> [String] {
        StanceCommands.complete(key, plugin: self, host: host)
    }
}
