import LedeCore
import LedeKit

/// The built-in quotes plugin.
public struct QuotesPlugin: AnalysisPlugin {
    public init() {}

    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "quotes", version: "0.1.0", summary: "quotes (in progress)", commands: [])
    }

    public func analyze(_ document: Document, context: any AnalysisContext) throws -> JSONValue {
        throw LedeError("quotes: not implemented yet")
    }

    public func encode(_ output: JSONValue, document: Document) -> JSONValue { output }

    public func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput { .none }
}
