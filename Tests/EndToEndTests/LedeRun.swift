import Foundation

/// Runs the built `lede` binary and captures what it prints.
struct LedeRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The package root (two levels above this file's folder).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var binary: String {
        if let override = ProcessInfo.processInfo.environment["LEDE_BINARY"] { return override }
        return root.appendingPathComponent(".build/debug/lede").path
    }

    /// A fresh, empty folder for one test.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs lede with `arguments`, feeding `input` on standard input, in `directory` (the package
    /// root by default), with a clean XDG environment so no rc file or history leaks in.
    static func run(
        _ arguments: [String], input: String = "", directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> LedeRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        let home = temporaryDirectory()
        var env = ProcessInfo.processInfo.environment
        env["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        env["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        env["HOME"] = home.path
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe()
        let outURL = home.appendingPathComponent("stdout")
        let errURL = home.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: outURL)
        let stderr = try FileHandle(forWritingTo: errURL)
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        try? stdout.close()
        try? stderr.close()
        let outData = (try? Data(contentsOf: outURL)) ?? Data()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return LedeRun(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
