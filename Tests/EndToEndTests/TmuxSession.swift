import Foundation

/// Drives the real binary at a terminal through tmux: type keys, wait for the screen to show text.
final class TmuxSession {
    let name: String
    let home: URL

    /// Starts `bash` in a detached tmux session of the given size, with a clean XDG environment,
    /// then runs `command` in it (so the terminal state after lede exits can be inspected).
    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        name = "lede-test-\(UUID().uuidString.prefix(8))"
        home = LedeRun.temporaryDirectory()
        var exports = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path, "TERM": "xterm-256color",
            "PS1": "$ ", "LANG": "C.UTF-8",
        ]
        for (key, value) in environment { exports[key] = value }
        let assignments = exports.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        try Self.tmux([
            "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
            "env -i PATH=/usr/bin:/bin \(assignments) bash --norc --noprofile",
        ])
        try Self.tmux(["set-option", "-t", name, "status", "off"])
        _ = try waitFor("$")
        type("cd '\(LedeRun.root.path)' && " + command)
        keys("Enter")
    }

    deinit { _ = try? Self.tmux(["kill-session", "-t", name]) }

    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        // Output goes to a file, not a pipe: the tmux server that `new-session` starts inherits
        // the descriptor and would hold a pipe open forever. For the same reason the client is
        // waited for by pid (ChildProcess), not through Foundation's Process.
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("lede-tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outURL) }
        let result = try ChildProcess.run(
            ["/usr/bin/tmux", "-L", "lede-tests"] + arguments, stdout: outURL.path, timeout: 30)
        if result.timedOut { throw TmuxTimeout(expected: "tmux \(arguments.first ?? "")", screen: "") }
        let data = (try? Data(contentsOf: outURL)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// Types text literally.
    func type(_ text: String) {
        _ = try? Self.tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Sends named keys (`Enter`, `Tab`, `C-c`, `C-d`, `C-r`, `Up`).
    func keys(_ keys: String...) {
        _ = try? Self.tmux(["send-keys", "-t", name] + keys)
    }

    var screen: String { (try? Self.tmux(["capture-pane", "-p", "-t", name])) ?? "" }

    /// Polls the screen until `text` appears (or `timeout` seconds pass); returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let current = screen
            if current.contains(text) { return current }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxTimeout(expected: text, screen: screen)
    }

    /// Polls the screen until `condition` holds.
    func waitUntil(_ what: String, timeout: Double = 15, _ condition: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(screen) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxTimeout(expected: what, screen: screen)
    }

    /// Waits until lede has exited and the shell around it answers again.
    func waitForShell() throws {
        type("echo SHELL-$((40+2))")
        keys("Enter")
        try waitFor("SHELL-42", timeout: 10)
    }

    /// The last non-empty line on the screen.
    var lastLine: String {
        screen.split(separator: "\n", omittingEmptySubsequences: true).last.map(String.init) ?? ""
    }
}

struct TmuxTimeout: Error, CustomStringConvertible {
    var expected: String
    var screen: String
    var description: String { "timed out waiting for '\(expected)'; screen:\n\(screen)" }
}
