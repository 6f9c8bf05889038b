import LedeCore

/// A type-erased plugin: what the host keeps in its ordered plugin list.
public struct AnyPlugin: Sendable {
    public let descriptor: PluginDescriptor
    /// Whether the plugin runs in lede's process (`builtin`) or as a separate program.
    public let origin: Origin
    private let analyzeBox: @Sendable (Document, any AnalysisContext) throws -> any Sendable
    private let encodeBox: @Sendable (any Sendable, Document) -> JSONValue
    private let runBox: (@Sendable (CommandInvocation, any CommandHost) throws -> CommandOutput)?
    private let completeBox: (@Sendable (String, any CommandHost) -> [String])?

    public enum Origin: Sendable, Equatable {
        case builtin
        case external(path: String)
    }

    /// A plugin that serves its commands itself.
    public init<P: CommandPlugin>(_ plugin: P, origin: Origin = .builtin) {
        self.init(analysis: plugin, origin: origin, run: { try plugin.run($0, host: $1) }, complete: { plugin.complete($0, host: $1) })
    }

    /// A plugin that is an analysis alone: its commands, if its descriptor lists any, cannot run.
    public init<P: AnalysisPlugin>(_ plugin: P, origin: Origin = .builtin) {
        self.init(analysis: plugin, origin: origin, run: nil, complete: nil)
    }

    private init<P: AnalysisPlugin>(
        analysis plugin: P, origin: Origin,
        run: (@Sendable (CommandInvocation, any CommandHost) throws -> CommandOutput)?,
        complete: (@Sendable (String, any CommandHost) -> [String])?
    ) {
        descriptor = plugin.descriptor
        self.origin = origin
        analyzeBox = { try plugin.analyze($0, context: $1) }
        encodeBox = { output, document in
            guard let typed = output as? P.Output else { return .null }
            return plugin.encode(typed, document: document)
        }
        runBox = run
        completeBox = complete
    }

    public var name: String { descriptor.name }

    public func analyze(_ document: Document, context: any AnalysisContext) throws -> any Sendable {
        try analyzeBox(document, context)
    }

    public func encode(_ output: any Sendable, document: Document) -> JSONValue {
        encodeBox(output, document)
    }

    /// Whether the plugin serves commands at the prompt.
    public var servesCommands: Bool { runBox != nil }

    public func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput {
        guard let runBox else {
            throw LedeError("plugin '\(name)' has no command '\(invocation.command)' at the prompt")
        }
        return try runBox(invocation, host)
    }

    public func complete(_ key: String, host: any CommandHost) -> [String] {
        completeBox?(key, host) ?? []
    }
}
