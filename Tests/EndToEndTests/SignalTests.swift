import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What lede leaves behind when it ends, cleanly or by a signal: no plugin and nothing a plugin
/// started keeps running, no other process is signalled, and the terminal is usable again.
@Suite("Signals and the processes lede starts", .serialized, .timeLimit(.minutes(2)))
struct SignalTests {
    /// A plugin that starts a background `sleep` at launch and writes `PLUGIN CHILD` pids to
    /// `pids` beside itself. With `lingers`, each analysis writes `busy` and then never returns.
    static func plugin(lingers: Bool, in folder: URL) throws -> URL {
        let manifest = """
            {"name": "linger", "version": "1.0.0", "protocol_version": 1, "summary": "keeps a child",
             "command": ["python3", "linger.py"],
             "commands": [{"name": "linger", "summary": "characters per article", "columns": ["chars"]}]}
            """
        let script = LedeRun.pythonPluginPrelude + """

            import subprocess, time
            here = os.path.dirname(os.path.abspath(__file__))
            child = subprocess.Popen(["sleep", "300"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
            with open(os.path.join(here, "pids.tmp"), "w") as f:
                f.write(f"{os.getpid()} {child.pid}\\n")
            os.rename(os.path.join(here, "pids.tmp"), os.path.join(here, "pids"))
            def analyze(article, inputs):
                if \(lingers ? "True" : "False"):
                    open(os.path.join(here, "busy"), "w").close()
                    time.sleep(300)
                return {"chars": len(article["text"])}
            serve(analyze, name="linger", version="1.0.0")
            """
        return try LedeRun.writePlugin("linger", in: folder, manifest: manifest, files: ["linger.py": script])
    }

    /// The pids in the plugin's `pids` file.
    static func pids(in plugin: URL) -> [pid_t] {
        let text = (try? String(contentsOf: plugin.appendingPathComponent("pids"), encoding: .utf8)) ?? ""
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { pid_t($0) }
    }

    /// Whether `pid` is a live process (a zombie waiting for its parent counts as ended).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        let state = stat[stat.index(close, offsetBy: 2)]
        return state != "Z" && state != "X"
    }

    static func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    static let sample = LedeRun.root.appendingPathComponent("scripts/samples/01-lisbon-fisheries-talks.txt").path

    @Test("a plugin's background child ends when lede ends cleanly")
    func backgroundChildEndsWithLede() throws {
        let folder = LedeRun.temporaryDirectory()
        let plugin = try Self.plugin(lingers: false, in: folder)
        let result = try LedeRun.run(["--no-rc", "--plugins", folder.path, "-c", "load '\(Self.sample)'; linger --format tsv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("chars\n"), "\(result.stdout)")
        let pids = Self.pids(in: plugin)
        try #require(pids.count == 2, "the plugin wrote its pids")
        defer { for pid in pids { kill(pid, SIGKILL) } }
        #expect(Self.waitUntil(timeout: 3) { !pids.contains(where: Self.isRunning) }, "still running: \(pids.filter(Self.isRunning))")
    }

    @Test("SIGTERM during a plugin call ends lede by that signal and stops the plugin and its children")
    func terminatedDuringPluginCall() throws {
        let folder = LedeRun.temporaryDirectory()
        let plugin = try Self.plugin(lingers: true, in: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
        environment["XDG_STATE_HOME"] = folder.appendingPathComponent("state").path
        let lede = try ChildProcess.start(
            [try LedeRun.requireBinary(), "--no-rc", "--plugins", folder.path, "-c", "load '\(Self.sample)'; linger"],
            environment: environment, directory: LedeRun.root.path)
        let busy = Self.waitUntil(timeout: 30) {
            FileManager.default.fileExists(atPath: plugin.appendingPathComponent("busy").path)
        }
        let pids = Self.pids(in: plugin)
        defer { for pid in pids { kill(pid, SIGKILL) } }
        guard busy else {
            kill(lede, SIGKILL)
            _ = ChildProcess.wait(for: lede, timeout: 5)
            Issue.record("the plugin never started its analysis")
            return
        }
        kill(lede, SIGTERM)
        let result = ChildProcess.wait(for: lede, timeout: 10)
        #expect(!result.timedOut, "lede ignored SIGTERM")
        #expect(result.status == 128 + SIGTERM, "lede ends by SIGTERM, as a shell expects")
        #expect(pids.count == 2)
        #expect(Self.waitUntil(timeout: 3) { !pids.contains(where: Self.isRunning) }, "still running: \(pids.filter(Self.isRunning))")
    }
}

/// SIGTERM and SIGHUP at the prompt, where the line editor has the terminal.
@Suite("Signals at the prompt", .enabled(if: TmuxSession.isAvailable), .serialized, .timeLimit(.minutes(1)))
struct PromptSignalTests {
    /// The processes whose parent is `parent`.
    static func children(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 2 && pid_t(fields[1]) == parent
        }
    }

    @Test("SIGTERM or SIGHUP at the prompt ends lede alone, by that signal, with the terminal restored", arguments: [SIGTERM, SIGHUP])
    func signalAtPrompt(signal: Int32) throws {
        let lede = try LedeRun.requireBinary()
        let folder = LedeRun.temporaryDirectory()
        let pidFile = folder.appendingPathComponent("shell.pid").path
        // A shell without job control runs lede in its own process group: a signal sent to the
        // whole group would end the shell too, and "after" would never print.
        let script = "echo $$ > '\(pidFile)'; '\(lede)' --no-rc; echo \"after:$?\"; stty -a | tr ' ;' '\\n\\n' | grep -E -x -- '-?(icanon|echo)' | tr '\\n' ' '; echo \"modes-$((6*7))\""
        let s = try TmuxSession(command: "bash -c \(shellQuoted(script))")
        try s.waitFor("\nlede>")
        let shell = try #require(pid_t(((try? String(contentsOfFile: pidFile, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)))
        let ledePid = try #require(Self.children(of: shell).first, "lede runs under the script's shell")
        s.type("load scri")
        kill(ledePid, signal)
        let screen = try s.waitFor("modes-42")
        #expect(screen.contains("after:\(128 + signal)"), "\(screen)")
        #expect(screen.contains("icanon echo modes-42"), "the terminal is back in line mode: \(screen)")
    }

    func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
