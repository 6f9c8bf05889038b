import LedeCore
import LedeKit

/// The built-in stance plugin: who is for or against whom, how the article treats each actor,
/// and the polarity toward a given target, always with evidence.
public struct StancePlugin: AnalysisPlugin {
    public init() {}

    public var descriptor: PluginDescriptor {
        PluginDescriptor(
            name: "stance", version: "1.0.0",
            summary: "Who is for or against whom, and how the article treats each actor",
            dependencies: ["entities", "quotes"],
            commands: StanceCommands.descriptors)
    }

    public func analyze(_ document: Document, context: any AnalysisContext) throws -> StanceAnalysis {
        var analysis = StanceAnalysis()
        if let target = document.article.target, target.end <= document.scalars.count, !target.isEmpty {
            analysis.target = TargetPolarityClassifier().classify(document, target: target)
        }
        try context.checkCancellation()
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
