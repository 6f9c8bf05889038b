import Foundation

/// A regular file lede writes for itself (the history, a script that `record` saves), opened in
/// place: never through a symbolic link, never a FIFO, a device or a folder, and never replaced by
/// a new file, so its mode, owner and other links stay as they are.
///
/// Owns the descriptor and closes it in `deinit`.
final class InPlaceFile {
    /// Why a path is not written: the system's reason, or what the path is instead of a file.
    struct Refusal: Error, Equatable {
        var reason: String
    }

    let descriptor: Int32

    /// Opens `path` for writing, creating it with `mode` (less the umask) when it is missing and
    /// emptying it when `truncating`.
    init(path: String, creatingWithMode mode: mode_t, truncating: Bool) throws(Refusal) {
        var info = stat()
        // Looked at first so that a device or a FIFO is never even opened.
        if lstat(path, &info) == 0, let kind = Self.kind(info.st_mode) { throw Refusal(reason: "it is \(kind)") }
        let fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK | O_CLOEXEC, mode)
        guard fd >= 0 else {
            throw Refusal(reason: errno == ELOOP ? "it is a symbolic link" : String(cString: strerror(errno)))
        }
        // The path may have changed between the look and the open: what was opened decides.
        guard fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw Refusal(reason: reason)
        }
        if let kind = Self.kind(info.st_mode) {
            close(fd)
            throw Refusal(reason: "it is \(kind)")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        if truncating && ftruncate(fd, 0) != 0 {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw Refusal(reason: reason)
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// What a non-regular file is, for the message; nil for a regular file.
    private static func kind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFLNK: "a symbolic link"
        case S_IFIFO: "a FIFO"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFDIR: "a folder"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    /// Writes all of `text` at the current position; returns 0, or the errno that stopped it.
    @discardableResult
    func write(_ text: String) -> Int32 {
        OutputDestination.writeAll(Array(text.utf8), to: descriptor)
    }

    /// Sets the file's permission bits (on the open file, not on whatever the path names now).
    func setMode(_ mode: mode_t) {
        _ = fchmod(descriptor, mode)
    }
}
