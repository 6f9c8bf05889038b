import Foundation
import LedeHost
import LedeKit

extension Shell {
    /// Deepest nesting of `run` inside scripts.
    static let maximumScriptDepth = 16

    /// Runs a script file line by line through the same executor as the prompt.
    ///
    /// Stops at the first failing line (its error is printed as `FILE:LINE: error: …`) and throws
    /// ``ScriptAborted``, unless `keepGoing` is set.
    public func runScript(path: String, arguments: [String]) throws {
        let expanded = (path as NSString).expandingTildeInPath
        let canonical = URL(fileURLWithPath: expanded).standardizedFileURL.resolvingSymlinksInPath().path
        if scriptStack.contains(canonical) {
            throw LedeError("run: '\(path)' is already running (a script may not run itself)")
        }
        if scriptStack.count >= Self.maximumScriptDepth {
            throw LedeError("run: scripts nested more than \(Self.maximumScriptDepth) deep")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: expanded, isDirectory: &isDirectory) else {
            throw LedeError("run: no such file '\(path)'")
        }
        if isDirectory.boolValue { throw LedeError("run: '\(path)' is a folder, not a script") }
        guard let data = FileManager.default.contents(atPath: expanded) else {
            throw LedeError("run: cannot read '\(path)'")
        }
        let text = String(decoding: data, as: UTF8.self)
        scriptStack.append(canonical)
        defer { scriptStack.removeLast() }
        try runLines(text, name: path, arguments: arguments)
    }

    /// Runs the lines of a script text (a file, piped standard input, the rc file).
    public func runLines(_ text: String, name: String, arguments: [String]) throws {
        var failed = false
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            if number == 1 && line.hasPrefix("#!") { continue }
            if line.trimmingBlanks().isEmpty { continue }
            if quitRequested { return }
            let ok = execute(line: line, at: SourceLocation(file: name, line: number), arguments: arguments)
            if !ok {
                failed = true
                if !options.keepGoing { throw ScriptAborted() }
            }
        }
        if failed { throw ScriptAborted() }
    }
}
