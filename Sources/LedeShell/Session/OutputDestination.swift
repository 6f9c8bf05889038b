import Foundation
import LedeKit

/// Writes rendered output to a file (`>`, `>>`) or through a shell command (`|`).
enum OutputDestination {
    static func write(_ text: String, to path: String, append: Bool) throws {
        let expanded = (path as NSString).expandingTildeInPath
        let url = URL(fileURLWithPath: expanded)
        if append, FileManager.default.fileExists(atPath: expanded) {
            guard let handle = try? FileHandle(forWritingTo: url) else {
                throw LedeError("cannot append to '\(path)'")
            }
            defer { try? handle.close() }
            handle.seekToEndOfFile()
            handle.write(Data(text.utf8))
        } else {
            do {
                try Data(text.utf8).write(to: url)
            } catch {
                throw LedeError("cannot write '\(path)': \(Self.reason(error))")
            }
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
        let data = Data(text.utf8)
        data.withUnsafeBytes { buffer in
            var offset = 0
            let fd = input.fileHandleForWriting.fileDescriptor
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        if process.terminationReason == .exit && process.terminationStatus == 127 {
            throw LedeError("shell command not found: '\(command)'")
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
