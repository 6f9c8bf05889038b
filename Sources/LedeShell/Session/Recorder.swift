import Foundation
import LedeHost
import LedeKit

/// Appends every successful interactive command line to a script file (`record FILE`).
final class Recorder {
    let path: String
    private let handle: FileHandle

    init(path: String) throws {
        let expanded = (path as NSString).expandingTildeInPath
        guard FileManager.default.createFile(atPath: expanded, contents: Data("# recorded by lede\n".utf8)),
            let handle = FileHandle(forWritingAtPath: expanded)
        else {
            throw LedeError("record: cannot write '\(path)'")
        }
        handle.seekToEndOfFile()
        self.path = path
        self.handle = handle
    }

    func append(_ line: String) {
        handle.write(Data((line + "\n").utf8))
    }

    deinit { try? handle.close() }
}
