import Foundation
import LedeHost
import LedeKit

/// Appends every successful interactive command line to a script file (`record FILE`), as the
/// commands that ran: variables expanded and every word quoted, so the script replays exactly
/// them and a title or a file name in a word never becomes a command of its own.
final class Recorder {
    let path: String
    private let file: InPlaceFile

    /// Starts the script at `path`: a new file, or an existing regular file emptied in place
    /// (its mode and links kept). A symbolic link, a FIFO or a device is refused.
    init(path: String) throws(LedeError) {
        let expanded = (path as NSString).expandingTildeInPath
        do {
            file = try InPlaceFile(path: expanded, creatingWithMode: 0o644, truncating: true)
        } catch {
            throw LedeError("record: cannot write '\(path)': \(error.reason)")
        }
        self.path = path
        file.write("# recorded by lede\n")
    }

    /// Appends the commands of one line; false when they cannot be one script line (a word holds
    /// a line break) and nothing was written.
    func append(_ commands: [ParsedCommand]) -> Bool {
        guard let line = WordQuoting.line(commands) else { return false }
        file.write(line + "\n")
        return true
    }
}
