#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// lede's writes to its standard output and error. They never trap (Foundation's
/// `FileHandle.write` ends the process when the system refuses a write): a full disk, a closed
/// descriptor or a reader that went away is remembered, so the caller can say so once and stop.
public enum StandardStreams {
    /// The errno that stopped a write to standard output, if one did.
    nonisolated(unsafe) public private(set) static var outputFailure: Int32?

    /// Writes to standard output; after a failure nothing more is tried.
    public static func out(_ text: String) {
        guard outputFailure == nil, !text.isEmpty else { return }
        let status = write(text, to: 1)
        if status != 0 { outputFailure = status }
    }

    /// Writes to standard error; a failure there has nowhere to be told, and is dropped.
    public static func err(_ text: String) {
        guard !text.isEmpty else { return }
        _ = write(text, to: 2)
    }

    /// Writes every byte of `text` to `fd`, retrying after EINTR; 0, or the errno that stopped it.
    public static func write(_ text: String, to fd: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: fd) }
    }

    /// Writes every byte of `buffer` to `fd`, retrying after EINTR; 0, or the errno that stopped it.
    public static func write(_ buffer: UnsafeRawBufferPointer, to fd: Int32) -> Int32 {
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

    /// The message for a failed write to standard output, or nil when there was none. A reader
    /// that went away (`| head -1`) is no error worth a line.
    public static var outputFailureMessage: String? {
        guard let failure = outputFailure, failure != EPIPE else { return nil }
        return "cannot write to standard output: " + String(cString: strerror(failure))
    }
}
