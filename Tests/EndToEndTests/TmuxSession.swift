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
        try Self.server.get()
        let shell = "env -i PATH=/usr/bin:/bin \(assignments) bash --norc --noprofile"
        // A session that fails to start (a busy machine, a server mid-restart) is tried again
        // before the test gives up, and tmux's own complaint is part of the failure.
        var attempt = 0
        while true {
            attempt += 1
            do {
                try Self.tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), shell])
                try Self.tmux(["set-option", "-t", name, "status", "off"])
                _ = try waitFor("$", timeout: 20)
                break
            } catch where attempt < 3 {
                _ = try? Self.tmux(["kill-session", "-t", name])
                Thread.sleep(forTimeInterval: 0.5)
            }
        }
        type("cd '\(LedeRun.root.path)' && " + command)
        keys("Enter")
    }

    deinit { _ = try? Self.tmux(["kill-session", "-t", name]) }

    /// One tmux server for the whole run, started once and told to outlive its sessions: with
    /// tmux's default, killing the last session stops the server, and the next test's
    /// `new-session` would race the old server's shutdown. The server is a daemon that outlives
    /// the tests, so it starts with no descriptor but the standard three: one inherited from the
    /// test runner (a pipe, a lock) would be held open until the server ends.
    /// `scripts/test.sh` stops it at the end of the run.
    static let server: Result<Void, Error> = Result {
        let script = """
            for fd in /proc/$$/fd/*; do fd=${fd##*/}; if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi; done
            exec /usr/bin/tmux -L lede-tests -f /dev/null start-server \\; set-option -g exit-empty off
            """
        let result = try ChildProcess.run(["/bin/bash", "-c", script], timeout: 30)
        guard result.status == 0 else {
            throw TmuxFailure(command: "start-server", status: result.status, message: "")
        }
    }

    /// Runs one tmux command against the test server and returns its output; a command that fails
    /// throws with tmux's own message.
    @discardableResult
    static func tmux(_ arguments: [String], timeout: Double = 30) throws -> String {
        // Output goes to a file, not a pipe: the tmux server that `new-session` starts inherits
        // the descriptor and would hold a pipe open forever. For the same reason the client is
        // waited for by pid (ChildProcess), not through Foundation's Process.
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("lede-tmux-\(UUID().uuidString)")
        let outURL = base.appendingPathExtension("out")
        let errURL = base.appendingPathExtension("err")
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let command = ["/usr/bin/tmux", "-L", "lede-tests"] + arguments
        let result = try ChildProcess.run(command, stdout: outURL.path, stderr: errURL.path, timeout: timeout)
        let subcommand = arguments.first { !$0.hasPrefix("-") && $0 != "/dev/null" } ?? ""
        if result.timedOut { throw TmuxTimeout(expected: "tmux \(subcommand)", screen: "") }
        guard result.status == 0 else {
            let message = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
            throw TmuxFailure(command: subcommand, status: result.status, message: message)
        }
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

    var screen: String { (try? Self.tmux(["capture-pane", "-p", "-t", name], timeout: 5)) ?? "" }

    /// Copies from now on every byte the pane's programs write to the terminal, escape sequences
    /// included, into the file at `path`.
    func copyOutput(to path: String) throws {
        try Self.tmux(["pipe-pane", "-t", name, "cat >> '\(path)'"])
    }

    /// The pane's title, as a program may set it with `ESC ] 0 ;`.
    var paneTitle: String { (try? Self.tmux(["display-message", "-p", "-t", name, "#{pane_title}"])) ?? "" }

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

    /// The name of the pane's foreground process, as tmux reads it from the terminal.
    var foregroundCommand: String {
        ((try? Self.tmux(["display-message", "-p", "-t", name, "#{pane_current_command}"], timeout: 5)) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until lede has exited and the shell around it answers again. Nothing is typed before
    /// the shell is the terminal's foreground process again: keys typed while lede is still
    /// shutting down belong to lede's terminal session and may be dropped with it.
    func waitForShell() throws {
        try waitUntil("the shell to be the foreground process again", timeout: 10) { _ in
            foregroundCommand == "bash"
        }
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

struct TmuxFailure: Error, CustomStringConvertible {
    var command: String
    var status: Int32
    var message: String
    var description: String {
        "tmux \(command) exited with status \(status): \(message.trimmingCharacters(in: .whitespacesAndNewlines))"
    }
}
