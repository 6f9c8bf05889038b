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
        terminalWidthProvider = { editor.terminalWidth }
        historyProvider = { editor.entries }
        defer {
            terminalWidthProvider = nil
            historyProvider = nil
        }
        _ = run(PromptLineSource(editor: editor, prompt: { [unowned self] in prompt }), arguments: [])
        if !quitRequested { writeOut("\n") }
        return 0
    }

    /// Reads commands from a non-terminal standard input, line by line, through the same loop.
    public func runPiped(arguments: [String]) -> Int32 {
        run(StandardInputLineSource(), arguments: arguments) ? 0 : 1
    }

    /// Runs the `-c` commands (lines of them, each line of `;`-separated commands).
    public func runCommandString(_ text: String, arguments: [String] = []) -> Int32 {
        run(TextLineSource(text, name: nil), arguments: arguments) ? 0 : 1
    }
}
