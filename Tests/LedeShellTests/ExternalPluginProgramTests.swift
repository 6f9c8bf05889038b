import Foundation
import LedeHost
import LedeKit
import Testing

@testable import LedeHost

/// A manifest's program stays inside its plugin folder unless it is a bare name on PATH, an
/// absolute path, or one of lede's own programs.
@Suite("A plugin's program path")
struct ExternalPluginProgramTests {
    func manifest(_ program: String) -> String {
        """
        {"name": "probe", "version": "1.0", "protocol_version": 1, "command": [\(JSONWriter.string(.string(program)))]}
        """
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-program-\(UUID().uuidString)/probe")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("bin"), withIntermediateDirectories: true)
        return url
    }

    @Test("the hostile fixture naming '../../bin/evil' is skipped with one line naming its manifest")
    func hostileFixture() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let directory = fixtures.appendingPathComponent("escaping-command").path
        let discovery = PluginDiscovery(
            extraDirectories: [directory], environment: ["HOME": "/nonexistent"], executablePath: nil)
        let (manifests, diagnostics) = discovery.manifests()
        #expect(!manifests.contains { $0.name == "escaping-command" })
        let line = try #require(diagnostics.first { $0.contains("escaping-command") })
        #expect(line == "\(PluginDiscovery.standardized(directory))/plugin.json: command '../../bin/evil' points outside the plugin folder")
    }

    @Test(
        "a script named as an argument must be the plugin's own: python3 ../../evil.py is refused",
        arguments: ["../../evil.py", "lib/../../evil.py", "${PLUGIN_DIR}/../other/run.py"])
    func climbingArgument(script: String) throws {
        let directory = try folder().path
        let json = """
            {"name": "probe", "version": "1.0", "protocol_version": 1, "command": ["python3", "-u", \(JSONWriter.string(.string(script)))]}
            """
        #expect(throws: LedeError("plugin.json: argument '\(script)' points outside the plugin folder")) {
            try ExternalPluginManifest(json: json, directory: directory)
        }
        let own = """
            {"name": "probe", "version": "1.0", "protocol_version": 1, "command": ["python3", "-u", "bin/run.py", "/usr/share/x"]}
            """
        _ = try ExternalPluginManifest(json: own, directory: directory)
    }

    @Test(
        "a relative path climbing out of the folder is refused",
        arguments: ["../../bin/evil", "bin/../../evil", "${PLUGIN_DIR}/../other/run", "./../x", "${LEDE_BIN_DIR}/../evil"])
    func climbing(program: String) throws {
        let directory = try folder().path
        #expect(throws: LedeError("plugin.json: command '\(program)' points outside the plugin folder")) {
            try ExternalPluginManifest(json: manifest(program), directory: directory)
        }
    }

    @Test("a link inside the folder that points outside it is refused; one that stays inside is fine")
    func links() throws {
        let directory = try folder()
        let inside = directory.appendingPathComponent("bin/real")
        try "#!/bin/sh\n".write(to: inside, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("bin/escape").path, withDestinationPath: "/bin/sh")
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("bin/alias").path, withDestinationPath: "real")
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("up").path, withDestinationPath: "..")
        for program in ["bin/escape", "${PLUGIN_DIR}/bin/escape", "up/elsewhere"] {
            #expect(throws: LedeError.self, "\(program)") {
                try ExternalPluginManifest(json: manifest(program), directory: directory.path)
            }
        }
        for program in ["bin/alias", "./bin/real", "${PLUGIN_DIR}/bin/real"] {
            #expect(throws: Never.self, "\(program)") {
                try ExternalPluginManifest(json: manifest(program), directory: directory.path)
            }
        }
    }

    @Test("a bare name, an absolute path and lede's own programs stay allowed", arguments: [
        "python3", "/usr/bin/env", "${LEDE_BIN_DIR}/lede-numbers", "./missing-yet", "bin/./tool",
    ])
    func allowed(program: String) throws {
        let directory = try folder().path
        #expect(throws: Never.self) { try ExternalPluginManifest(json: manifest(program), directory: directory) }
    }
}
