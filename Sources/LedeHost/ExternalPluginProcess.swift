#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CLedeProcess
import LedeKit

/// One running plugin program and the three channels to it. Every C call of the external-plugin
/// host is in this file and ExternalPluginProcess+Spawn.swift.
///
/// The plugin's stdin is one end of a socket pair, so writing to a plugin that died never raises
/// SIGPIPE in lede (`send` with `MSG_NOSIGNAL`); stdout and stderr are pipes. The plugin runs in
/// its own process group: Ctrl-C at the terminal reaches lede only, and stopping a plugin stops
/// everything it started.
// @unchecked Sendable: the mutable buffers are touched only by the one caller that checked the
// process out of `ExternalPluginRunner`'s pool; the pool hands a process to one caller at a time.
final class ExternalPluginProcess: @unchecked Sendable {
    /// Why a call failed at the transport level; the runner turns these into one user-facing error.
    enum Failure: Error {
        case timedOut
        case cancelled
        case exited(String)
        case garbage(String)
        case oversized(Int)
        /// A response to a request that was not asked (one call is outstanding at a time).
        case wrongID(got: Int, expected: Int)
    }

    let pid: pid_t
    let input: Int32
    let output: Int32
    private(set) var logChannel: Int32
    private var buffer: [UInt8] = []
    private var scanned = 0
    private var partialLog: [UInt8] = []
    /// The last lines the plugin wrote to stderr, oldest first.
    private(set) var recentLog: [String] = []
    private var nextID = 1
    private var finished = false

    init(pid: pid_t, input: Int32, output: Int32, log: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
        self.logChannel = log
    }

    deinit { terminate() }

    /// Sends one request and waits for its response, draining stderr meanwhile.
    /// - Parameters:
    ///   - timeout: seconds before the call fails with ``Failure/timedOut``.
    ///   - maxResponseBytes: a longer line fails with ``Failure/oversized(_:)``.
    ///   - isCancelled: polled every few milliseconds while waiting.
    ///   - onLog: each complete stderr line, as it arrives.
    func call(
        method: String, params: JSONValue, timeout: Double, maxResponseBytes: Int,
        isCancelled: () -> Bool, onLog: (String) -> Void
    ) throws(Failure) -> Result<JSONValue, WireError> {
        let id = nextID
        nextID += 1
        var pending = Array(WireMessage.request(id: id, method: method, params: params).line.utf8)
        pending.append(0x0A)
        var sent = 0
        let deadline = ContinuousClock.now + .milliseconds(Int64(timeout * 1000))
        while true {
            while let line = takeLine() {
                let message: WireMessage
                do {
                    message = try WireMessage(line: line)
                } catch {
                    throw .garbage(Self.preview(line))
                }
                if case let .response(responseID, result) = message {
                    // One request is outstanding at a time, and a process that failed is stopped:
                    // a reply to any other id is a broken plugin, said at once, not waited out.
                    guard responseID == id else { throw .wrongID(got: responseID, expected: id) }
                    return result
                }
            }
            if buffer.count > maxResponseBytes { throw .oversized(maxResponseBytes) }
            if isCancelled() { throw .cancelled }
            let remaining = deadline - ContinuousClock.now
            if remaining <= .zero { throw .timedOut }
            let (seconds, attoseconds) = remaining.components
            let waitMilliseconds = Int32(min(50, seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1))
            var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
            if logChannel >= 0 { fds.append(pollfd(fd: logChannel, events: Int16(POLLIN), revents: 0)) }
            if sent < pending.count { fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), waitMilliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                throw .exited(describeExit())
            }
            for entry in fds where entry.revents != 0 {
                if entry.fd == logChannel {
                    drainLog(onLog: onLog)
                } else if entry.fd == output {
                    if try !readOutput(maxResponseBytes: maxResponseBytes) {
                        drainLog(onLog: onLog)
                        throw .exited(describeExit())
                    }
                } else if entry.fd == input {
                    let count = pending[sent...].withUnsafeBytes {
                        send(input, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
                    }
                    if count > 0 {
                        sent += count
                    } else if count < 0, errno != EAGAIN, errno != EINTR, errno != EWOULDBLOCK {
                        // The plugin closed its stdin: it is exiting; its stdout EOF says how.
                        sent = pending.count
                    }
                }
            }
        }
    }

    /// Reads what stdout has; false at end of file.
    private func readOutput(maxResponseBytes: Int) throws(Failure) -> Bool {
        let before = buffer.count
        let count = scratch.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
        if count > 0 { buffer.append(contentsOf: scratch[0..<count]) }
        if count < 0 { return errno == EAGAIN || errno == EINTR || errno == EWOULDBLOCK }
        if count == 0 { return false }
        if buffer.count > maxResponseBytes, Self.newline(in: buffer, from: before) == nil {
            throw .oversized(maxResponseBytes)
        }
        return true
    }

    private var scratch = [UInt8](repeating: 0, count: 1 << 16)

    /// The index of the first newline at or after `start` (`memchr`: fast even in debug builds).
    private static func newline(in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let found = memchr(base + start, 0x0A, raw.count - start) else {
                return nil
            }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    private func takeLine() -> [UInt8]? {
        while true {
            guard let newline = Self.newline(in: buffer, from: scanned) else {
                scanned = buffer.count
                return nil
            }
            let line = Array(buffer[0..<newline])
            buffer.removeFirst(newline + 1)
            scanned = 0
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return line }
        }
    }

    private func drainLog(onLog: (String) -> Void) {
        guard logChannel >= 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 1 << 14)
        let count = chunk.withUnsafeMutableBytes { read(logChannel, $0.baseAddress, $0.count) }
        if count < 0, errno == EAGAIN || errno == EINTR || errno == EWOULDBLOCK { return }
        if count <= 0 {
            close(logChannel)
            logChannel = -1
            if !partialLog.isEmpty { appendLog(partialLog, onLog: onLog) }
            partialLog = []
            return
        }
        partialLog.append(contentsOf: chunk[0..<count])
        while let newline = partialLog.firstIndex(of: 0x0A) {
            appendLog(Array(partialLog[0..<newline]), onLog: onLog)
            partialLog.removeFirst(newline + 1)
        }
        if partialLog.count > 4096 {
            appendLog(Array(partialLog.prefix(4096)), onLog: onLog)
            partialLog = []
        }
    }

    private func appendLog(_ bytes: [UInt8], onLog: (String) -> Void) {
        let line = String(decoding: bytes.prefix(4096), as: UTF8.self)
        onLog(line)
        recentLog.append(String(line.prefix(300)))
        if recentLog.count > 20 { recentLog.removeFirst(recentLog.count - 20) }
    }

    static func preview(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.prefix(60), as: UTF8.self)
        let printable = String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
        return bytes.count > 60 ? printable + "…" : printable
    }

    /// Waits briefly for the process to end and says how it ended (`exited with status 3`,
    /// `killed by signal SIGSEGV`); then ends what is left of its process group.
    func describeExit() -> String {
        var status: Int32 = 0
        defer { endGroup() }
        for _ in 0..<100 {
            switch lede_child_ended(pid, 0, &status) {
            case 1: return Self.describe(status: status)
            case 0: usleep(10_000)
            default: return "ended"
            }
        }
        return "closed its output"
    }

    static func describe(status: Int32) -> String {
        let signal = status & 0x7F
        if signal == 0 { return "exited with status \((status >> 8) & 0xFF)" }
        let names: [Int32: String] = [
            SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGTERM: "SIGTERM", SIGILL: "SIGILL",
            SIGTRAP: "SIGTRAP", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGINT: "SIGINT", SIGPIPE: "SIGPIPE",
        ]
        return "was killed by signal \(names[signal] ?? String(signal))"
    }

    /// Asks the plugin to stop (`shutdown`, then end of input) and stops it if it lingers.
    func stop() {
        guard !finished else { return }
        _ = try? call(
            method: WireProtocol.Method.shutdown, params: .null, timeout: 0.5, maxResponseBytes: 1 << 16,
            isCancelled: { false }, onLog: { _ in })
        shutdown(input, Int32(SHUT_WR))
        var status: Int32 = 0
        for _ in 0..<50 where lede_child_ended(pid, 0, &status) == 0 {
            usleep(2_000)
        }
        terminate()
    }

    /// Ends the plugin's whole process group, whatever it left running (a background child
    /// outlives its parent), then reaps the plugin. The plugin is reaped last: until then its pid
    /// cannot be reused, so the group signalled is the plugin's own. Idempotent.
    private func endGroup() {
        guard !finished else { return }
        lede_child_group_remove(pid)
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        finished = true
    }

    /// Ends the plugin's process group, reaps it and closes the channels. Idempotent.
    func terminate() {
        guard !closedChannels else { return }
        endGroup()
        for fd in [input, output, logChannel] where fd >= 0 { close(fd) }
        logChannel = -1
        closedChannels = true
    }

    private var closedChannels = false
}
