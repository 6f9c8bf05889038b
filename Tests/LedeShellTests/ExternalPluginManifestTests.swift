import Foundation
import LedeHost
import LedeKit
import Testing

@testable import LedeHost
@testable import LedeShell

@Suite("plugin.json manifests")
struct ExternalPluginManifestTests {
    let complete = """
        {"name": "wordy", "version": "2.1", "protocol_version": 1, "summary": "Word stats",
         "command": ["${PLUGIN_DIR}/run", "--fast", "${LEDE_BIN_DIR}/x"], "inputs": ["text", "sentences", "entities"],
         "timeout": 3.5,
         "commands": [{"name": "words", "summary": "Count words", "help": "Longer text.",
                       "arguments": [{"name": "WHICH", "help": "which ones", "complete": ["all", "long"]}],
                       "options": [{"name": "top", "short": "n", "value": "N", "help": "how many"},
                                   {"name": "save", "value": "FILE", "help": "where", "complete": "files"}],
                       "examples": ["words --top 3"], "rows": "items", "columns": ["word", "count"]}]}
        """

    @Test("reads every field into the descriptor help and completion use")
    func readsEverything() throws {
        let manifest = try ExternalPluginManifest(json: complete, directory: "/p/wordy")
        #expect(manifest.name == "wordy")
        #expect(manifest.descriptor.version == "2.1")
        #expect(manifest.descriptor.dependencies == ["entities"])
        #expect(manifest.inputs == ["text", "sentences", "entities"])
        #expect(manifest.timeout == 3.5)
        let command = try #require(manifest.descriptor.commands.first)
        #expect(command.usage == "words [-n|--top N] [--save FILE] [WHICH]")
        #expect(command.discussion == "Longer text.")
        #expect(command.arguments.first?.completion == .values(["all", "long"]))
        #expect(command.option(named: "save")?.completion == .files)
        #expect(command.examples == ["words --top 3"])
        #expect(manifest.tables["words"] == .init(rows: "items", columns: ["word", "count"]))
        #expect(
            manifest.resolvedCommandLine(binaryDirectory: "/usr/bin") == ["/p/wordy/run", "--fast", "/usr/bin/x"])
    }

    @Test("defaults: text input, ten-second timeout, no commands")
    func defaults() throws {
        let manifest = try ExternalPluginManifest(
            json: #"{"name": "a", "version": "1", "protocol_version": 1, "command": ["a"]}"#, directory: "/a")
        #expect(manifest.inputs == ["text"])
        #expect(manifest.timeout == ExternalPluginManifest.defaultTimeout)
        #expect(manifest.descriptor.commands.isEmpty)
    }

    @Test(
        "errors name the field at fault",
        arguments: [
            ("{", "plugin.json is not valid JSON"),
            (#"{"version": "1", "protocol_version": 1, "command": ["a"]}"#, "plugin.json: name must be a non-empty string"),
            (#"{"name": "Bad Name", "version": "1", "protocol_version": 1, "command": ["a"]}"#, "plugin.json: name 'Bad Name' must be lowercase letters, digits, '-' or '_'"),
            (#"{"name": "a", "version": "1", "protocol_version": 7, "command": ["a"]}"#, "plugin.json: protocol_version 7 is not supported"),
            (#"{"name": "a", "version": "1", "protocol_version": 1, "command": "a"}"#, "plugin.json: command must be a list of strings"),
            (#"{"name": "a", "version": "1", "protocol_version": 1, "command": ["a"], "timeout": 0}"#, "plugin.json: timeout must be 0 to 3600 seconds"),
            (#"{"name": "a", "version": "1", "protocol_version": 1, "command": ["a"], "inputs": ["a"]}"#, "plugin.json: a plugin cannot take its own result as input"),
            (#"{"name": "a", "version": "1", "protocol_version": 1, "command": ["a"], "commands": [{"name": "x", "options": [{"help": "h"}]}]}"#, "plugin.json: commands[0].options[0].name must be a non-empty string"),
            (#"{"name": "a", "version": "1", "protocol_version": 1, "command": ["a"], "commands": [{"name": "x"}, {"name": "x"}]}"#, "plugin.json: command 'x' is listed twice"),
        ])
    func errors(json: String, message: String) {
        #expect(throws: LedeError.self) { _ = try ExternalPluginManifest(json: json, directory: "/a") }
        do {
            _ = try ExternalPluginManifest(json: json, directory: "/a")
        } catch {
            #expect(error.message.hasPrefix(message))
        }
    }
}
