import Foundation
import LedeKit
import Synchronization

/// Where a custom plugin's program stands, for the `plugins` listing.
public enum ExternalPluginState: Sendable, Equatable {
    /// Never started in this session (or stopped by `plugins reload`).
    case notStarted
    /// Warm: `processes` programs are running (more than one only in batch mode with several jobs).
    case running(processes: Int)
    /// The last call failed; the message says how. The program starts again on next use.
    case crashed(String)

    /// One word or phrase for a table cell.
    public var summary: String {
        switch self {
        case .notStarted: return "not started"
        case .running(let count): return count == 1 ? "running" : "running (\(count))"
        case .crashed: return "crashed"
        }
    }
}

/// Starts, keeps warm, times out and restarts the programs of one custom plugin.
///
/// A call takes an idle process from the pool, or starts one (and runs the `initialize`
/// handshake); after a clean answer the process goes back to the pool. Any transport failure
/// stops that process and becomes one ``LedeError`` naming the plugin; the next call starts afresh.
public final class ExternalPluginRunner: Sendable {
    /// Limits and behaviour that are not in the manifest.
    public struct Settings: Sendable {
        /// A response line longer than this stops the plugin.
        public var maxResponseBytes: Int
        /// Forward each stderr line of the plugin to lede's stderr, prefixed `[name]`.
        public var forwardLog: Bool
        /// The folder of lede's executable, for `${LEDE_BIN_DIR}`.
        public var binaryDirectory: String
        /// Extra `PYTHONPATH` entry so Python plugins import `lede_plugin` (the shipped helper).
        public var pythonPath: String?

        public init(
            maxResponseBytes: Int = 64 << 20, forwardLog: Bool = false, binaryDirectory: String = "",
            pythonPath: String? = nil
        ) {
            self.maxResponseBytes = maxResponseBytes
            self.forwardLog = forwardLog
            self.binaryDirectory = binaryDirectory
            self.pythonPath = pythonPath
        }
    }

    private struct Pool {
        var idle: [ExternalPluginProcess] = []
        var busy = 0
        var failure: String?
        var timeoutOverride: Double?
        var supportsCommand = false
        var recentLog: [String] = []
    }

    public let manifest: ExternalPluginManifest
    public let settings: Settings
    private let pool = Mutex(Pool())

    public init(manifest: ExternalPluginManifest, settings: Settings) {
        self.manifest = manifest
        self.settings = settings
    }

    deinit { stopAll() }

    public var name: String { manifest.name }

    public var state: ExternalPluginState {
        pool.withLock { pool in
            let count = pool.idle.count + pool.busy
            if count > 0 { return .running(processes: count) }
            if let failure = pool.failure { return .crashed(failure) }
            return .notStarted
        }
    }

    /// The last lines the plugin wrote to stderr.
    public var recentLog: [String] { pool.withLock { $0.recentLog } }

    /// The timeout in seconds a call gets: `set plugin_timeout`, else the manifest's.
    public var timeout: Double { pool.withLock { $0.timeoutOverride } ?? manifest.timeout }

    /// Overrides the manifest's timeout (nil restores it).
    public func setTimeout(_ seconds: Double?) {
        pool.withLock { $0.timeoutOverride = seconds }
    }

    /// Whether the plugin renders its commands itself (`command` capability); starts it if needed.
    func supportsCommand(isCancelled: () -> Bool) throws -> Bool {
        let process = try checkOut(isCancelled: isCancelled)
        checkIn(process)
        return pool.withLock { $0.supportsCommand }
    }

    /// Sends one request and returns its result; every failure is a ``LedeError`` naming the plugin.
    public func call(method: String, params: JSONValue, isCancelled: () -> Bool) throws -> JSONValue {
        let process = try checkOut(isCancelled: isCancelled)
        let result = try exchange(process, method: method, params: params, isCancelled: isCancelled)
        checkIn(process)
        switch result {
        case .success(let value): return value
        case .failure(let error): throw LedeError("\(name): \(error.message)")
        }
    }

    /// Stops every process of the plugin (session end, `plugins reload`).
    public func stopAll() {
        let processes = pool.withLock { pool in
            defer { pool.idle = [] }
            return pool.idle
        }
        for process in processes { process.stop() }
    }

    private func checkOut(isCancelled: () -> Bool) throws -> ExternalPluginProcess {
        if let process = pool.withLock({ pool -> ExternalPluginProcess? in
            guard let process = pool.idle.popLast() else { return nil }
            pool.busy += 1
            return process
        }) {
            return process
        }
        let process: ExternalPluginProcess
        do {
            process = try ExternalPluginProcess.spawn(
                arguments: manifest.resolvedCommandLine(binaryDirectory: settings.binaryDirectory),
                directory: manifest.directory, environment: environment())
        } catch {
            let failure = LedeError("cannot start plugin '\(name)': \(error.message)", hint: "check \"command\" in \(manifest.directory)/plugin.json")
            pool.withLock { $0.failure = failure.message }
            throw failure
        }
        pool.withLock { $0.busy += 1 }
        let offer: JSONValue = .object([
            ("protocol_version", .int(WireProtocol.version)), ("host", "lede"), ("plugin", .string(name)),
            ("capabilities", .object([("inputs", .array(manifest.inputs.map { .string($0) }))])),
        ])
        let answer = try exchange(process, method: WireProtocol.Method.initialize, params: offer, isCancelled: isCancelled)
        let failure: LedeError?
        switch answer {
        case .failure(let error):
            failure = LedeError("plugin '\(name)' refused to start: \(error.message)")
        case .success(let value):
            let version = value["protocol_version"]?.intValue ?? -1
            if !WireProtocol.supportedVersions.contains(version) {
                failure = LedeError(
                    "plugin '\(name)' speaks protocol \(version); lede speaks \(WireProtocol.version)",
                    hint: "update the plugin, or lede")
            } else {
                failure = nil
                pool.withLock { $0.supportsCommand = value["capabilities"]?["command"]?.boolValue ?? false }
            }
        }
        if let failure {
            discard(process, failure: failure.message)
            throw failure
        }
        return process
    }

    private func checkIn(_ process: ExternalPluginProcess) {
        pool.withLock { pool in
            pool.busy -= 1
            pool.idle.append(process)
            pool.failure = nil
            pool.recentLog = process.recentLog
        }
    }

    private func discard(_ process: ExternalPluginProcess, failure: String) {
        process.terminate()
        pool.withLock { pool in
            pool.busy -= 1
            pool.failure = failure
            pool.recentLog = process.recentLog
        }
    }

    /// One request on `process`; a transport failure discards the process and throws.
    private func exchange(
        _ process: ExternalPluginProcess, method: String, params: JSONValue, isCancelled: () -> Bool
    ) throws -> Result<JSONValue, WireError> {
        let seconds = timeout
        let name = self.name
        let forward = settings.forwardLog
        do {
            return try process.call(
                method: method, params: params, timeout: seconds, maxResponseBytes: settings.maxResponseBytes,
                isCancelled: isCancelled,
                onLog: { line in
                    guard forward else { return }
                    let shown = TerminalSanitizer.sanitize("[\(name)] \(line)", whitespace: .singleLine)
                    StandardStreams.err(shown + "\n")
                })
        } catch {
            let lastLog = process.recentLog.last.map { "its last log line: \($0)" }
            let failure: any Error
            switch error {
            case .cancelled:
                failure = InterruptedError()
            case .timedOut:
                failure = LedeError(
                    "plugin '\(name)' did not answer \(method) within \(JSONWriter.format(seconds)) s; stopped it",
                    hint: "it restarts on next use; allow more with 'set plugin_timeout SECONDS'")
            case .exited(let how):
                failure = LedeError("plugin '\(name)' \(how) during \(method)", hint: lastLog ?? "it restarts on next use")
            case .garbage(let text):
                failure = LedeError(
                    "plugin '\(name)' wrote something that is not a protocol message: '\(text)'",
                    hint: "a plugin writes only JSON-RPC lines to stdout; its log goes to stderr")
            case .oversized(let limit):
                failure = LedeError(
                    "plugin '\(name)' sent a response larger than \(limit >> 20) MB; stopped it",
                    hint: "it restarts on next use")
            case .wrongID(let got, let expected):
                failure = LedeError(
                    "plugin '\(name)' answered request \(got) while lede waited for request \(expected) (\(method)); stopped it",
                    hint: "a response carries the id of the request it answers; it restarts on next use")
            }
            discard(process, failure: (failure as? any UserFacingError)?.message ?? "\(failure)")
            throw failure
        }
    }

    private func environment() -> [String] {
        var variables = ProcessInfo.processInfo.environment
        variables["LEDE_PLUGIN_DIR"] = manifest.directory
        variables["LEDE_BIN_DIR"] = settings.binaryDirectory
        variables["LEDE_PROTOCOL_VERSION"] = String(WireProtocol.version)
        variables["PYTHONDONTWRITEBYTECODE"] = "1"
        variables["PYTHONUNBUFFERED"] = "1"
        if let extra = settings.pythonPath {
            variables["PYTHONPATH"] = [extra, variables["PYTHONPATH"]].compactMap { $0 }.filter { !$0.isEmpty }
                .joined(separator: ":")
        }
        return variables.keys.sorted().map { "\($0)=\(variables[$0] ?? "")" }
    }
}
