import Foundation
import LedeHost
import LedeKit

extension Shell {
    /// The prompt: `lede>` or, with a current article, `lede 3 Title start…>`.
    public var prompt: String {
        guard let current = session.current else { return "lede> " }
        var title = TerminalSanitizer.sanitize(current.title).replacingOccurrences(of: "\n", with: " ")
        if title.count > 24 { title = String(title.prefix(23)) + "…" }
        return title.isEmpty ? "lede \(current.id)> " : "lede \(current.id) \(title)> "
    }

    /// The read–execute loop at a terminal. Returns the exit status.
    public func runInteractive(historyPath: String?) -> Int32 {
        let editor = LineEditor(historyPath: historyPath)
        editor.completer = { [unowned self] in Completer(shell: self).complete($0) }
        options.terminalWidth = editor.terminalWidth
        while !quitRequested {
            switch editor.readLine(prompt: prompt) {
            case .endOfInput:
                writeOut("\n")
                return 0
            case .interrupted:
                continue
            case .line(let line):
                guard !line.trimmingBlanks().isEmpty else { continue }
                editor.remember(line)
                options.terminalWidth = editor.terminalWidth
                let recording = recorder
                // Parsed as `execute` parses it, before it runs: what is recorded is what ran.
                let ran = try? CommandLineParser.parse(line, variables: { [session] in session.variables[$0] })
                let succeeded = execute(line: line)
                if succeeded, let recording, recorder === recording, let ran, !Self.isRecordCommand(line),
                    !recording.append(ran)
                {
                    warn("record: a word of this line holds a line break, which a script line cannot; not recorded")
                }
            }
        }
        return 0
    }

    static func isRecordCommand(_ line: String) -> Bool {
        line.trimmingBlanks().split(separator: " ").first == "record"
    }

    /// Reads commands from a non-terminal standard input, line by line, through the same executor.
    public func runPiped(arguments: [String]) -> Int32 {
        var number = 0
        var failed = false
        while let line = Swift.readLine(strippingNewline: true) {
            number += 1
            if quitRequested { break }
            if line.trimmingBlanks().isEmpty { continue }
            if !execute(line: line, at: SourceLocation(file: "<stdin>", line: number), arguments: arguments) {
                failed = true
                if !options.keepGoing { return 1 }
            }
        }
        return failed ? 1 : 0
    }
}
