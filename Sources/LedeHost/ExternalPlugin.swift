import LedeCore
import LedeKit

/// A custom plugin that runs as a separate program, speaking the wire protocol
/// (`plugins/PROTOCOL.md`). Wrapped in `AnyPlugin(origin: .external(path:))`, its commands look and
/// behave exactly like a built-in's: help and completion come from the manifest, the program
/// starts on first use and stays warm.
public struct ExternalPlugin: CommandPlugin {
    public let manifest: ExternalPluginManifest
    public let runner: ExternalPluginRunner

    public init(manifest: ExternalPluginManifest, settings: ExternalPluginRunner.Settings) {
        self.manifest = manifest
        self.runner = ExternalPluginRunner(manifest: manifest, settings: settings)
    }

    /// The type-erased plugin the host lists.
    public var anyPlugin: AnyPlugin { AnyPlugin(self, origin: .external(path: manifest.directory)) }

    public var descriptor: PluginDescriptor { manifest.descriptor }

    public func analyze(_ document: Document, context: any AnalysisContext) throws -> JSONValue {
        let request = try WireAnalyzeRequest(document: document, inputs: manifest.inputs) {
            try context.json(ofPlugin: $0, for: document)
        }
        let result = try runner.call(
            method: WireProtocol.Method.analyze, params: request.params,
            isCancelled: { (try? context.checkCancellation()) == nil })
        try Self.checkSpans(result, length: document.scalars.count, plugin: manifest.name, article: document.article.id)
        return result
    }

    /// Refuses a result with a span that is not inside the article's text: every object with
    /// integer `start` and `end` must have `0 <= start <= end <= length` (Unicode scalars, as
    /// PROTOCOL.md says). Such a result would mark the wrong words, or none, wherever it is shown.
    static func checkSpans(_ result: JSONValue, length: Int, plugin: String, article: String) throws(LedeError) {
        guard let bad = result.firstSpan(where: { start, end in !(0 <= start && start <= end && end <= length) }) else {
            return
        }
        throw LedeError(
            "\(plugin): the span \(bad.start)..<\(bad.end) at \(bad.path) is outside article \(article)'s text (\(length) characters)",
            hint: "offsets count Unicode scalars, end exclusive (plugins/PROTOCOL.md)")
    }

    public func encode(_ output: JSONValue, document: Document) -> JSONValue { output }

    public func run(_ invocation: CommandInvocation, host: any CommandHost) throws -> CommandOutput {
        try applyTimeoutVariable(host)
        var results: [(Document, JSONValue)] = []
        for document in host.documents {
            try host.checkCancellation()
            results.append((document, try host.output(of: self, for: document)))
        }
        let isCancelled = { (try? host.checkCancellation()) == nil }
        if try runner.supportsCommand(isCancelled: isCancelled) {
            let answer = try runner.call(
                method: WireProtocol.Method.command, params: Self.commandParams(invocation, results),
                isCancelled: isCancelled)
            return try Self.output(from: answer, plugin: manifest.name)
        }
        return .table(try table(for: invocation, results: results))
    }

    /// `set plugin_timeout SECONDS` applies to every custom plugin from the next call on.
    private func applyTimeoutVariable(_ host: any CommandHost) throws {
        guard let text = host.variable("plugin_timeout"), !text.isEmpty else {
            runner.setTimeout(nil)
            return
        }
        runner.setTimeout(try Self.timeout(fromSetting: text))
    }

    /// The seconds `set plugin_timeout` names, or the error that says what it takes.
    public static func timeout(fromSetting text: String) throws(LedeError) -> Double {
        guard let seconds = Double(text), seconds > 0, seconds <= 3600 else {
            throw LedeError("plugin_timeout must be a number of seconds from 0 to 3600, got '\(text)'")
        }
        return seconds
    }

    static func commandParams(_ invocation: CommandInvocation, _ results: [(Document, JSONValue)]) -> JSONValue {
        let options = invocation.options.keys.sorted().map { ($0, JSONValue.string(invocation.options[$0] ?? "")) }
        let articles = results.map { document, result in
            JSONValue.object([
                ("id", .string(document.article.id)), ("title", .string(document.article.title)), ("result", result),
            ])
        }
        return .object([
            ("command", .string(invocation.command)), ("arguments", .array(invocation.arguments.map { .string($0) })),
            ("options", .object(options)), ("articles", .array(articles)),
        ])
    }
}
