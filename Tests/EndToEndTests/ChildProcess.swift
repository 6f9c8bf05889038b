import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program with posix_spawn and waits for it with waitpid, with a deadline.
///
/// Foundation's `Process` learns that a child ended when a descriptor it hands the child is
/// closed; a program that leaves a daemon behind (`tmux new-session` starts the tmux server) keeps
/// that descriptor open, and `waitUntilExit()` never returns. waitpid on the child's own pid has
/// no such blind spot.
enum ChildProcess {
    struct Result {
        var status: Int32
        var timedOut: Bool
    }

    /// Runs `arguments` (the first is an absolute path) with standard input, output and error
    /// taken from the given files (`/dev/null` when nil). A child still running after `timeout`
    /// seconds is killed and reported with `timedOut`.
    static func run(
        _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
        stdin: String? = nil, stdout: String? = nil, stderr: String? = nil, timeout: Double = 120
    ) throws -> Result {
        let pid = try start(
            arguments, environment: environment, directory: directory, stdin: stdin, stdout: stdout, stderr: stderr)
        return wait(for: pid, timeout: timeout)
    }

    /// Starts `arguments` as ``run(_:environment:directory:stdin:stdout:stderr:timeout:)`` does and
    /// returns its pid at once; ``wait(for:timeout:)`` reaps it.
    static func start(
        _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
        stdin: String? = nil, stdout: String? = nil, stderr: String? = nil
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGCHLD, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let environment = environment ?? ProcessInfo.processInfo.environment
        // The Swift Glibc module does not export posix_spawn_file_actions_addchdir_np.
        let arguments = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0] + arguments } ?? arguments
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw SpawnError(program: arguments[0], code: spawned) }
        return pid
    }

    /// Waits for a child started with ``start(_:environment:directory:stdin:stdout:stderr:)``,
    /// killing it after `timeout` seconds.
    static func wait(for pid: pid_t, timeout: Double) -> Result {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var pause: useconds_t = 1_000
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return Result(status: exitCode(status), timedOut: false) }
            if reaped < 0 && errno != EINTR { return Result(status: -1, timedOut: false) }
            if Date() > deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return Result(status: -1, timedOut: true)
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }

    /// The exit status, or 128 plus the signal number for a child killed by a signal (as a shell
    /// reports it).
    private static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

struct SpawnError: Error, CustomStringConvertible {
    var program: String
    var code: Int32
    var description: String { "cannot run \(program): \(String(cString: strerror(code)))" }
}
