import LedeCore
import LedeKit

/// The built-in entities plugin.
public struct EntitiesPlugin: AnalysisPlugin {
    public init() {}

    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "entities", version: "0.1.0", summary: "entities (in progress)", commands: [])
    }

    public func analyze(_ document: Document, context: any AnalysisContext) throws -> JSONValue {
        throw LedeError("entities: not implemented yet")
    }

    public func encode(_ output: JSONValue, document: Document) -> JSONValue { output }

    public func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput { .none }
}
