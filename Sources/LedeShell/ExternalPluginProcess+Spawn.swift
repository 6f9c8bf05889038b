#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
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
        guard var program = arguments.first else { throw LedeError("empty command line") }
        if program.contains("/"), !program.hasPrefix("/") { program = directory + "/" + program }

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

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPair[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPair[1], 2)
        var commandLine = [program] + arguments.dropFirst()
        if let addChangeDirectory = changeDirectoryAction {
            _ = addChangeDirectory(&actions, directory)
        } else {
            commandLine = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + commandLine
            program = "/bin/sh"
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        SpawnAttributes.configure(&attributes, newProcessGroup: true)

        let argv = commandLine.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        closeAll([stdinPair[1], stdoutPair[1], stderrPair[1]])
        guard result == 0 else {
            closeAll([stdinPair[0], stdoutPair[0], stderrPair[0]])
            throw LedeError("cannot run '\(arguments[0])': \(errorText(result))")
        }
        for fd in [stdinPair[0], stdoutPair[0], stderrPair[0]] {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        return ExternalPluginProcess(pid: pid, input: stdinPair[0], output: stdoutPair[0], log: stderrPair[0])
    }

    private static func closeAll(_ fds: [Int32]) {
        for fd in fds where fd >= 0 { close(fd) }
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

    static func errorText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    #if canImport(Glibc)
        private static let socketStreamCloseOnExec = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
    #else
        private static let socketStreamCloseOnExec = SOCK_STREAM
    #endif
}
