import LedeCore
import LedeKit

/// The built-in summary plugin.
public struct SummaryPlugin: AnalysisPlugin {
    public init() {}

    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "summary", version: "0.1.0", summary: "summary (in progress)", commands: [])
    }

    public func analyze(_ document: Document, context: any AnalysisContext) throws -> JSONValue {
        throw LedeError("summary: not implemented yet")
    }

    public func encode(_ output: JSONValue, document: Document) -> JSONValue { output }

    public func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput { .none }
}
