#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CLedeProcess
import LedeKit

extension ExternalPluginProcess {
    /// Starts `arguments` in `directory` with `environment` (`KEY=VALUE` strings). The three
    /// channels are socket pairs, created close-on-exec atomically so that no other plugin started
    /// at the same moment inherits them.
    ///
    /// A program name without a slash is looked up on `PATH`; a relative path with a slash is
    /// relative to `directory`.
    static func spawn(arguments: [String], directory: String, environment: [String]) throws(LedeError)
        -> ExternalPluginProcess
    {
        var stdinPair: [Int32] = [-1, -1]
        var stdoutPair: [Int32] = [-1, -1]
        var stderrPair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, socketStreamCloseOnExec, 0, &stdinPair) == 0 else {
            throw LedeError("cannot create a channel: \(errorText(errno))")
        }
        guard socketpair(AF_UNIX, socketStreamCloseOnExec, 0, &stdoutPair) == 0 else {
            closeAll(stdinPair)
            throw LedeError("cannot create a channel: \(errorText(errno))")
        }
        guard socketpair(AF_UNIX, socketStreamCloseOnExec, 0, &stderrPair) == 0 else {
            closeAll(stdinPair + stdoutPair)
            throw LedeError("cannot create a channel: \(errorText(errno))")
        }

        let pid: pid_t
        do throws(LedeError) {
            pid = try ChildProcess.spawn(
                arguments, directory: directory, environment: environment,
                input: stdinPair[1], output: stdoutPair[1], log: stderrPair[1], newProcessGroup: true)
        } catch {
            closeAll(stdinPair + stdoutPair + stderrPair)
            throw error
        }
        lede_child_group_add(pid)
        closeAll([stdinPair[1], stdoutPair[1], stderrPair[1]])
        for fd in [stdinPair[0], stdoutPair[0], stderrPair[0]] {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        return ExternalPluginProcess(pid: pid, input: stdinPair[0], output: stdoutPair[0], log: stderrPair[0])
    }

    private static func closeAll(_ fds: [Int32]) {
        for fd in fds where fd >= 0 { close(fd) }
    }

    static func errorText(_ code: Int32) -> String { ChildProcess.errorText(code) }

    #if canImport(Glibc)
        private static let socketStreamCloseOnExec = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
    #else
        private static let socketStreamCloseOnExec = SOCK_STREAM
    #endif
}
