import Foundation

/// Runs the built `lede` binary and captures what it prints.
struct LedeRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The package root (two levels above this file's folder).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `lede` of the configuration under test: `$LEDE_BINARY`, else the one built beside this
    /// test bundle (`.build/debug/lede` for `swift test`, `.build/release/lede` for `-c release`).
    static var binary: String {
        if let override = ProcessInfo.processInfo.environment["LEDE_BINARY"] { return override }
        // On Linux the test runner is `.build/CONFIG/ledePackageTests.xctest`, beside `lede`.
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").standardizedFileURL.deletingLastPathComponent()
        while folder.path.contains(".xctest") { folder = folder.deletingLastPathComponent() }
        return folder.appendingPathComponent("lede").path
    }

    /// Fails loudly when the binary under test was not built.
    struct MissingBinary: Error, CustomStringConvertible {
        var path: String
        var description: String { "no lede binary at \(path): build it first (swift build), or set LEDE_BINARY" }
    }

    static func requireBinary() throws -> String {
        let path = binary
        guard FileManager.default.isExecutableFile(atPath: path) else { throw MissingBinary(path: path) }
        return path
    }

    /// Writes a custom plugin's folder `name` inside `folder`: its `plugin.json` and its other
    /// files (name → text). Returns the plugin's folder.
    @discardableResult
    static func writePlugin(_ name: String, in folder: URL, manifest: String, files: [String: String] = [:]) throws -> URL {
        let plugin = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        try manifest.write(to: plugin.appendingPathComponent("plugin.json"), atomically: false, encoding: .utf8)
        for (file, text) in files {
            try text.write(to: plugin.appendingPathComponent(file), atomically: false, encoding: .utf8)
        }
        return plugin
    }

    /// The opening lines of a Python plugin built on `plugins/python/lede_plugin.py`.
    static var pythonPluginPrelude: String {
        """
        import os, sys
        sys.path.insert(0, \(String(reflecting: root.appendingPathComponent("plugins/python").path)))
        from lede_plugin import serve
        """
    }

    /// A fresh, empty folder for one test.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs lede with `arguments`, feeding `input` on standard input, in `directory` (the package
    /// root by default), with a clean XDG environment so no rc file or history leaks in. A run that outlasts
    /// `timeout` seconds is killed and fails with status -1.
    static func run(
        _ arguments: [String], input: String = "", directory: URL? = nil, environment: [String: String] = [:],
        timeout: Double = 120
    ) throws -> LedeRun {
        let home = temporaryDirectory()
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        env["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        env["HOME"] = home.path
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        let inURL = home.appendingPathComponent("stdin")
        let outURL = home.appendingPathComponent("stdout")
        let errURL = home.appendingPathComponent("stderr")
        try Data(input.utf8).write(to: inURL)
        let result = try ChildProcess.run(
            [try requireBinary()] + arguments, environment: env, directory: (directory ?? root).path, stdin: inURL.path,
            stdout: outURL.path, stderr: errURL.path, timeout: timeout)
        let outData = (try? Data(contentsOf: outURL)) ?? Data()
        var errText = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        if result.timedOut { errText += "[lede was still running after \(Int(timeout)) s and was killed]\n" }
        return LedeRun(
            status: result.status, stdout: String(decoding: outData, as: UTF8.self), stderr: errText)
    }
}

/// What another program printed: the tarball's lede, Chromium, a Python check.
struct ProgramRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double

    /// Runs `arguments` with empty standard input, in `directory` (a new folder by default), with
    /// `environment` (this process's by default). A run that outlasts `timeout` is killed.
    static func run(
        _ arguments: [String], environment: [String: String]? = nil, directory: URL? = nil, timeout: Double = 120
    ) throws -> ProgramRun {
        let folder = LedeRun.temporaryDirectory()
        let (input, out, err) = (folder.appendingPathComponent("in"), folder.appendingPathComponent("out"), folder.appendingPathComponent("err"))
        _ = FileManager.default.createFile(atPath: input.path, contents: Data())
        let started = Date()
        let result = try ChildProcess.run(
            arguments, environment: environment ?? ProcessInfo.processInfo.environment, directory: (directory ?? folder).path,
            stdin: input.path, stdout: out.path, stderr: err.path, timeout: timeout)
        return ProgramRun(
            status: result.status, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "", seconds: Date().timeIntervalSince(started))
    }
}
