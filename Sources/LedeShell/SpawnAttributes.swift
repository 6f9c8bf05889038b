#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The posix_spawn attributes lede starts every child with: no signal blocked, whatever the
/// calling thread blocks, and the signals lede catches or ignores (SIGINT, SIGPIPE, …) back at
/// their defaults, so the child behaves as if a shell had started it.
enum SpawnAttributes {
    /// Sets up `attributes`, which the caller has initialised and will destroy. With
    /// `newProcessGroup` the child leads a process group of its own (a plugin, stopped as a group).
    static func configure(_ attributes: inout posix_spawnattr_t, newProcessGroup: Bool) {
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
}
