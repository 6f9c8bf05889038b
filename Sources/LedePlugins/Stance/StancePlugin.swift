import LedeCore
import LedeKit

/// The built-in stance plugin.
public struct StancePlugin: AnalysisPlugin {
    public init() {}

    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "stance", version: "0.1.0", summary: "stance (in progress)", commands: [])
    }

    public func analyze(_ document: Document, context: any AnalysisContext) throws -> JSONValue {
        throw LedeError("stance: not implemented yet")
    }

    public func encode(_ output: JSONValue, document: Document) -> JSONValue { output }

    public func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput { .none }
}
