import ArgumentParser
import Dispatch
import Foundation
import LedeCorpus
import LedeHost
import LedeKit
import LedePlugins
import LedeShell
import MCP

/// `lede mcp`: lede's analyses as Model Context Protocol tools, over standard input and output.
struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve lede's commands as tools for LLM agents (Model Context Protocol over stdio).",
        discussion: """
            Tools: load, list, search, show, entities, quotes, stance, summary, entity, timeline, network, index, and the \
            commands of custom plugins. Results are JSON records, a page at a time (offset, limit); errors \
            are tool errors with the shell's one-line messages. Only protocol messages go to standard \
            output; warnings go to standard error.
            """)

    @Option(help: "Open or create this corpus file; without it, articles are held in memory.")
    var corpus: String?

    @Option(help: "Only files and folders inside this folder may be loaded (default: the current folder).")
    var root: String?

    @Option(name: .customLong("plugins"), help: "Another folder of custom plugins (repeatable).")
    var pluginDirectories: [String] = []

    func run() throws {
        var options = Shell.Options()
        options.pluginDirectories = pluginDirectories
        let shell = Shell(options: options, plugins: BuiltinPlugins.all)
        if let corpus { shell.open(try Corpus(path: corpus)) }
        try shell.reloadPlugins()
        let folder = root ?? FileManager.default.currentDirectoryPath
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw LedeError("mcp: --root '\(folder)' is not a folder")
        }
        let tools = ToolBox(catalog: ToolCatalog(shell: shell, root: folder))
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                let server = Server(
                    name: "lede", version: LedeVersion.current,
                    capabilities: .init(tools: .init(listChanged: false)))
                await server.withMethodHandler(ListTools.self) { _ in
                    .init(tools: await tools.list())
                }
                await server.withMethodHandler(CallTool.self) { params in
                    await tools.call(params.name, arguments: params.arguments)
                }
                try await server.start(transport: StdioTransport())
                await server.waitUntilCompleted()
            } catch {
                failure.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error { throw LedeError("mcp: \(error)") }
    }
}

final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}

/// The catalog behind one lock: calls run one at a time, as the shell runs lines.
actor ToolBox {
    private let catalog: ToolCatalog

    init(catalog: ToolCatalog) {
        self.catalog = catalog
    }

    func list() -> [Tool] {
        catalog.tools.map { tool in
            Tool(name: tool.name, description: tool.description, inputSchema: Self.value(tool.inputSchema))
        }
    }

    func call(_ name: String, arguments: [String: Value]?) -> CallTool.Result {
        let answer = catalog.call(name, arguments: arguments.map { Self.json(.object($0)) })
        let text = JSONWriter.string(answer.value)
        if answer.isError {
            let message = answer.value["error"]?.stringValue ?? text
            return .init(content: [.text(text: "error: " + message, annotations: nil, _meta: nil)], isError: true)
        }
        let structured: Value? = Self.value(answer.value)
        return CallTool.Result(content: [.text(text: text, annotations: nil, _meta: nil)], structuredContent: structured, isError: false)
    }

    static func value(_ json: JSONValue) -> Value {
        switch json {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d, _): return .double(d)
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(value))
        case .object(let fields):
            var object: [String: Value] = [:]
            for (key, item) in fields { object[key] = value(item) }
            return .object(object)
        }
    }

    static func json(_ value: Value) -> JSONValue {
        switch value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d, literal: nil)
        case .string(let s): return .string(s)
        case .data(_, let data): return .string(data.base64EncodedString())
        case .array(let items): return .array(items.map(json))
        case .object(let fields): return .object(fields.keys.sorted().map { ($0, json(fields[$0]!)) })
        }
    }
}
