import Foundation
import LedeKit

/// Writes rendered output to a file (`>`, `>>`) or through a shell command (`|`).
enum OutputDestination {
    /// Writes in place with open(2), never by replacing the file: `> /dev/null` or `> fifo`
    /// must keep the device or pipe they name.
    static func write(_ text: String, to path: String, append: Bool) throws {
        let expanded = (path as NSString).expandingTildeInPath
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
        let fd = open(expanded, flags, 0o644)
        guard fd >= 0 else {
            throw LedeError("cannot \(append ? "append to" : "write") '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        let failure = writeAll(Array(text.utf8), to: fd)
        if failure != 0 {
            throw LedeError("cannot write '\(path)': \(String(cString: strerror(failure)))")
        }
    }

    static func pipe(_ text: String, through command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            throw LedeError("cannot run '\(command)': \(Self.reason(error))")
        }
        // A command that exits early (`| head -1`) closes the pipe: ignore SIGPIPE's EPIPE.
        signal(SIGPIPE, SIG_IGN)
        // A reader that stopped early is not an error: what it did not read is dropped.
        _ = writeAll(Array(text.utf8), to: input.fileHandleForWriting.fileDescriptor)
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        if process.terminationReason == .exit && process.terminationStatus == 127 {
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

    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or directory"
            case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
            default: break
            }
        }
        return ns.localizedDescription
    }
}
