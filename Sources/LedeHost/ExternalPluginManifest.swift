import Foundation
import LedeKit

/// A custom plugin's `plugin.json`: who it is, how to start it, what commands it adds and what
/// inputs it needs. Everything help and completion need is here, so the program starts only when
/// a command or an analysis first uses it.
public struct ExternalPluginManifest: Sendable, Equatable {
    /// How a command's results become a table when the plugin does not render them itself.
    public struct TableShape: Sendable, Equatable {
        /// A field of each article's result holding an array: one row per element. Nil: one row per article.
        public var rows: String?
        /// The columns, in order. Empty: the keys of the first record.
        public var columns: [String]
    }

    public var descriptor: PluginDescriptor
    /// The folder holding `plugin.json`; the program runs there.
    public var directory: String
    /// The program and its arguments, placeholders still unexpanded.
    public var commandLine: [String]
    /// `text`, `sentences`, `paragraphs`, `tokens`, or the names of other plugins.
    public var inputs: [String]
    /// Seconds a call may take before the plugin is stopped.
    public var timeout: Double
    public var tables: [String: TableShape]

    /// The default call timeout in seconds when the manifest gives none.
    public static let defaultTimeout: Double = 10

    /// Parses the manifest text found in `directory`. Errors name the field at fault.
    public init(json text: String, directory: String) throws(LedeError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw LedeError("plugin.json is not valid JSON: \(error)")
        }
        let reader = ManifestReader(path: "")
        let name = try reader.string(value, "name")
        guard Self.isValidName(name) else {
            throw LedeError("plugin.json: name '\(name)' must be lowercase letters, digits, '-' or '_'")
        }
        let version = try reader.string(value, "version")
        let protocolVersion = try reader.int(value, "protocol_version")
        guard WireProtocol.supportedVersions.contains(protocolVersion) else {
            throw LedeError(
                "plugin.json: protocol_version \(protocolVersion) is not supported",
                hint: "this lede speaks protocol \(WireProtocol.version)")
        }
        let summary = try reader.optionalString(value, "summary") ?? ""
        let commandLine = try reader.strings(value, "command")
        guard !commandLine.isEmpty else { throw LedeError("plugin.json: command must name a program") }
        try Self.checkProgram(commandLine[0], directory: directory)
        try Self.checkArguments(commandLine.dropFirst(), directory: directory)
        let inputs = try reader.optionalStrings(value, "inputs") ?? ["text"]
        for input in inputs where !WireAnalyzeRequest.textInputs.contains(input) && !Self.isValidName(input) {
            throw LedeError("plugin.json: unknown input '\(input)'")
        }
        if inputs.contains(name) { throw LedeError("plugin.json: a plugin cannot take its own result as input") }
        let timeout = try reader.optionalDouble(value, "timeout") ?? Self.defaultTimeout
        guard timeout > 0, timeout <= 3600 else { throw LedeError("plugin.json: timeout must be 0 to 3600 seconds") }
        var commands: [CommandDescriptor] = []
        var tables: [String: TableShape] = [:]
        for (index, item) in (value["commands"]?.arrayValue ?? []).enumerated() {
            var itemReader = ManifestReader(path: "commands[\(index)].")
            let command = try itemReader.command(item)
            guard !commands.contains(where: { $0.name == command.name }) else {
                throw LedeError("plugin.json: command '\(command.name)' is listed twice")
            }
            commands.append(command)
            tables[command.name] = TableShape(
                rows: try itemReader.optionalString(item, "rows"),
                columns: try itemReader.optionalStrings(item, "columns") ?? [])
        }
        let dependencies = inputs.filter { !WireAnalyzeRequest.textInputs.contains($0) }
        self.descriptor = PluginDescriptor(
            name: name, version: version, summary: summary, dependencies: dependencies, commands: commands)
        self.directory = directory
        self.commandLine = commandLine
        self.inputs = inputs
        self.timeout = timeout
        self.tables = tables
    }

    public var name: String { descriptor.name }

    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), name.unicodeScalars.count <= 64
        else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// The command line with `${PLUGIN_DIR}` and `${LEDE_BIN_DIR}` replaced.
    public func resolvedCommandLine(binaryDirectory: String) -> [String] {
        commandLine.map {
            $0.replacingOccurrences(of: "${PLUGIN_DIR}", with: directory)
                .replacingOccurrences(of: "${LEDE_BIN_DIR}", with: binaryDirectory)
        }
    }
}
