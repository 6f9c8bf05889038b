import Foundation
import LedeHost
import LedeKit

/// `!COMMAND`: runs a shell command, as `\!` in psql and `!` in IPython.
enum ShellEscape {
    static func run(_ command: String, shell: Shell) throws {
        // Piped commands are lede's standard input: the shell command must not read them.
        var input: Int32?
        if !shell.options.interactive {
            input = open("/dev/null", O_RDONLY | O_CLOEXEC)
        }
        defer { if let input { close(input) } }
        let pid = try ChildProcess.spawn(["/bin/sh", "-c", command], displayName: command, input: input, newProcessGroup: false)
        let status = ChildProcess.wait(pid)
        guard let code = ChildProcess.exitCode(status) else {
            if shell.isInterrupted { throw InterruptedError() }
            throw LedeError("!: '\(command)' was killed by signal \(status & 0x7F)")
        }
        if code == 127 { throw LedeError("!: shell command not found: '\(command)'") }
        if code != 0 { throw LedeError("!: '\(command)' exited with status \(code)") }
    }
}
