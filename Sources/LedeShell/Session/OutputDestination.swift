import Foundation
import LedeHost
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
        // The command starts as from a shell, in lede's process group so that Ctrl-C reaches it.
        let pid: pid_t
        do throws(LedeError) {
            pid = try ChildProcess.spawn(
                ["/bin/sh", "-c", command], displayName: command, input: ends[0], newProcessGroup: false)
        } catch {
            close(ends[0])
            close(ends[1])
            throw error
        }
        close(ends[0])
        // A command that exits early (`| head -1`) closes the pipe: ignore SIGPIPE's EPIPE.
        signal(SIGPIPE, SIG_IGN)
        // A reader that stopped early is not an error: what it did not read is dropped.
        _ = writeAll(Array(text.utf8), to: ends[1])
        close(ends[1])
        if ChildProcess.exitCode(ChildProcess.wait(pid)) == 127 {
            throw LedeError("shell command not found: '\(command)'")
        }
    }

    /// Writes every byte to `fd`, retrying after EINTR; returns 0, or the errno that stopped it.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32 {
        bytes.withUnsafeBytes { StandardStreams.write($0, to: fd) }
    }
}
