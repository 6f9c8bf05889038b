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

    /// Runs the lines of a script text (a file, the rc file, `-c`).
    public func runLines(_ text: String, name: String, arguments: [String]) throws {
        if !run(TextLineSource(text, name: name), arguments: arguments) { throw ScriptAborted() }
    }

    /// The one read–execute loop behind the prompt, scripts, `-c` and piped input. Returns whether
    /// every line succeeded.
    func run(_ source: any LineSource, arguments: [String]) -> Bool {
        let outer = lineSource
        lineSource = source
        defer { lineSource = outer }
        if source is StandardInputLineSource { standardInputScript = source }
        var number = 0
        var failed = false
        while !quitRequested {
            let input = source.next()
            guard case .line(var line) = input else {
                if case .interrupted = input { continue }
                break
            }
            number += 1
            let firstNumber = number
            if line.hasSuffix("\r") { line.removeLast() }
            if number == 1 && source.stopsAtFailure && line.hasPrefix("#!") { continue }
            // A line ending in `\` or inside an open quote goes on on the next line; Ctrl-C at a
            // continuation prompt drops the whole command.
            var dropped = false
            while let continuation = CommandLineParser.continuation(of: line) {
                let more = source.nextContinuation()
                guard case .line(var next) = more else {
                    if case .interrupted = more { dropped = true }
                    break
                }
                number += 1
                if next.hasSuffix("\r") { next.removeLast() }
                switch continuation {
                case .backslash: line = String(line.dropLast()) + next
                case .quote: line += "\n" + next
                }
            }
            if dropped { continue }
            source.finished(line)
            if line.trimmingBlanks().isEmpty { continue }
            if source is PromptLineSource { options.terminalWidth = terminalWidthProvider?() ?? options.terminalWidth }
            let location = source.name.map { SourceLocation(file: $0, line: firstNumber) }
            // What is recorded is each command as it ran, once recording is on (`record` itself is
            // not). A `record` inside the line sends what ran before it to the recording that was
            // on then, so `record F; set y 3; record stop` keeps `set y 3`.
            var ran: [ParsedCommand] = []
            var active = recorder
            func flush() {
                if let recording = active, !ran.isEmpty, !recording.append(ran) {
                    warn("record: a word of this line holds a line break, which a script line cannot; not recorded")
                }
                ran = []
            }
            let succeeded = execute(line: line, at: location, arguments: arguments) { [unowned self] command in
                if command.words.first == "record" {
                    flush()
                    active = recorder
                } else if active != nil {
                    ran.append(command)
                }
            }
            flush()
            // Standard output refused a write (a full disk, a closed descriptor, a reader gone):
            // said once, and nothing more runs.
            if StandardStreams.outputFailure != nil {
                if let message = StandardStreams.outputFailureMessage { writeError("error: " + message + "\n") }
                quitRequested = true
                return false
            }
            if !succeeded {
                failed = true
                if source.stopsAtFailure && !options.keepGoing { return false }
            }
        }
        return !failed
    }
}
