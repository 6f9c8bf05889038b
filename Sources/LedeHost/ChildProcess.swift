#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CLedeProcess
import LedeKit

/// The one way lede starts another program: custom plugins and the shell's `| cmd` both come
/// through here.
///
/// Every child starts as if a shell had started it: no signal blocked, whatever the calling
/// thread blocks, and the signals lede catches or ignores (SIGINT, SIGPIPE, …) back at their
/// defaults.
public enum ChildProcess {
    /// Starts `arguments` and returns its pid. `input`, `output` and `log` become the child's
    /// descriptors 0, 1 and 2 (nil: the child shares lede's). A program name without a slash is
    /// looked up on `PATH`; a relative path with a slash is relative to `directory`. With
    /// `newProcessGroup` the child leads a process group of its own (a plugin, stopped as a
    /// group); otherwise it stays in lede's, so that Ctrl-C at the terminal reaches it. A failure
    /// names `displayName` (default: the program).
    public static func spawn(
        _ arguments: [String], displayName: String? = nil, directory: String? = nil, environment: [String]? = nil,
        input: Int32? = nil, output: Int32? = nil, log: Int32? = nil, newProcessGroup: Bool
    ) throws(LedeError) -> pid_t {
        guard var program = arguments.first else { throw LedeError("empty command line") }
        if let directory, program.contains("/"), !program.hasPrefix("/") { program = directory + "/" + program }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (fd, target) in [(input, Int32(0)), (output, 1), (log, 2)] {
            if let fd { posix_spawn_file_actions_adddup2(&actions, fd, target) }
        }
        var commandLine = [program] + arguments.dropFirst()
        if let directory {
            if let addChangeDirectory = changeDirectoryAction {
                _ = addChangeDirectory(&actions, directory)
            } else {
                commandLine = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + commandLine
                program = "/bin/sh"
            }
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        configure(&attributes, newProcessGroup: newProcessGroup)

        let argv = commandLine.map { strdup($0) } + [nil]
        let envp = environment.map { $0.map { strdup($0) } + [nil] }
        defer {
            for pointer in argv + (envp ?? []) { free(pointer) }
        }
        var pid: pid_t = 0
        let result: Int32
        if let envp {
            result = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        } else {
            result = posix_spawnp(&pid, program, &actions, &attributes, argv, environ)
        }
        guard result == 0 else { throw LedeError("cannot run '\(displayName ?? arguments[0])': \(errorText(result))") }
        return pid
    }

    /// Makes SIGTERM and SIGHUP end every running plugin's process group with lede, restore the
    /// terminal, and end lede alone by that signal. Called once, first thing.
    public static func endPluginsWithLede() {
        lede_install_termination()
    }

    /// Waits for `pid` (retrying after EINTR) and returns its wait status.
    @discardableResult
    public static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    /// The exit code of a wait status, or nil when the child was killed by a signal.
    public static func exitCode(_ status: Int32) -> Int32? {
        status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
    }

    public static func errorText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    private static func configure(_ attributes: inout posix_spawnattr_t, newProcessGroup: Bool) {
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGCHLD, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if newProcessGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
    }

    private typealias ChangeDirectoryAction = @convention(c) (
        UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
    ) -> Int32

    /// glibc's `posix_spawn_file_actions_addchdir_np` (2.29+), looked up at run time because the
    /// Swift module does not export GNU extensions; nil falls back to `/bin/sh -c 'cd …'`.
    private static let changeDirectoryAction: ChangeDirectoryAction? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: ChangeDirectoryAction.self)
    }()
}
