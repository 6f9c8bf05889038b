import Foundation
import LedeKit

/// Writes rendered output to a file (`>`, `>>`) or through a shell command (`|`).
public enum OutputDestination {
    /// Opens `path` for writing in place with open(2), never by replacing the file: `> /dev/null`,
    /// `--output /dev/null` or a fifo must keep the device or pipe they name. The caller closes
    /// the descriptor.
    public static func open(_ path: String, append: Bool) throws(LedeError) -> Int32 {
        let expanded = (path as NSString).expandingTildeInPath
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
        let fd = Glibc.open(expanded, flags, 0o644)
        guard fd >= 0 else {
            throw LedeError("cannot \(append ? "append to" : "write") '\(path)': \(String(cString: strerror(errno)))")
        }
        return fd
    }

    static func write(_ text: String, to path: String, append: Bool) throws {
        let fd = try open(path, append: append)
        defer { close(fd) }
        let failure = writeAll(Array(text.utf8), to: fd)
        if failure != 0 {
            throw LedeError("cannot write '\(path)': \(String(cString: strerror(failure)))")
        }
    }

    /// Feeds `text` to `/bin/sh -c command` and waits for that shell, by its pid: a command that
    /// leaves something running in the background (`| sh -c 'cat > f; notify &'`) does not hold
    /// the prompt.
    static func pipe(_ text: String, through command: String) throws {
        var ends: [Int32] = [-1, -1]
        guard Glibc.pipe(&ends) == 0 else {
            throw LedeError("cannot run '\(command)': \(String(cString: strerror(errno)))")
        }
        for fd in ends { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)

        // The command starts as from a shell, in lede's process group so that Ctrl-C reaches it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        SpawnAttributes.configure(&attributes, newProcessGroup: false)

        let words: [String] = ["sh", "-c", command]
        let argv = words.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ)
        close(ends[0])
        guard spawned == 0 else {
            close(ends[1])
            throw LedeError("cannot run '\(command)': \(String(cString: strerror(spawned)))")
        }
        // A command that exits early (`| head -1`) closes the pipe: ignore SIGPIPE's EPIPE.
        signal(SIGPIPE, SIG_IGN)
        // A reader that stopped early is not an error: what it did not read is dropped.
        _ = writeAll(Array(text.utf8), to: ends[1])
        close(ends[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if status & 0x7F == 0 && (status >> 8) & 0xFF == 127 {
            throw LedeError("shell command not found: '\(command)'")
        }
    }

    /// Writes every byte to `fd`, retrying after EINTR; returns 0, or the errno that stopped it.
    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32 {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return EIO }
                offset += written
            }
            return 0
        }
    }
}
