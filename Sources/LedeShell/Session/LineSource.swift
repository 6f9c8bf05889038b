import Foundation
import LedeKit

/// Where command lines come from: the prompt, a script file, `-c`, piped standard input or the rc
/// file. Each feeds ``Shell/run(_:arguments:)``, the one loop that numbers lines, skips a shebang,
/// strips CRLF, records, and stops at a failing line unless `--keep-going` is on.
protocol LineSource: AnyObject {
    /// The name errors carry before `:LINE` (a path, `<stdin>`); nil at the prompt and for `-c`.
    var name: String? { get }
    /// Whether a failing line ends the run (everywhere but at the prompt).
    var stopsAtFailure: Bool { get }
    /// The next line without its line end, or why there is none.
    func next() -> LineSourceInput
    /// The next line of a command that goes on (after a trailing `\` or inside an open quote).
    func nextContinuation() -> LineSourceInput
    /// A whole command line (its continuation lines joined) was read; the prompt keeps it in the
    /// history.
    func finished(_ line: String)
    /// For `load -` when lede's standard input is this source: the lines after the command up to
    /// a line holding a lone `.` (or the end), as psql's `COPY … FROM STDIN` takes its data.
    var inlineData: (() -> Data)? { get }
}

enum LineSourceInput {
    case line(String)
    /// Ctrl-C at the prompt: nothing to run, go on.
    case interrupted
    case end
}

extension LineSource {
    var stopsAtFailure: Bool { true }
    func nextContinuation() -> LineSourceInput { next() }
    func finished(_ line: String) {}
    var inlineData: (() -> Data)? { nil }
}

/// The lines of a text held whole: a script file, the rc file, a `-c` string (no name).
final class TextLineSource: LineSource {
    let name: String?
    private var lines: [String]
    private var index = 0

    init(_ text: String, name: String?) {
        self.name = name
        // Split on the scalar U+000A: `"\r\n"` is one Swift Character, so a Character split would
        // leave a CRLF script as one line.
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        if text.hasSuffix("\n") || text.hasSuffix("\r\n") { lines.removeLast() }
    }

    func next() -> LineSourceInput {
        guard index < lines.count else { return .end }
        index += 1
        return .line(lines[index - 1])
    }
}

/// Commands piped to lede's standard input, read a line at a time (lede answers each line before
/// the next arrives).
final class StandardInputLineSource: LineSource {
    let name: String? = "<stdin>"

    func next() -> LineSourceInput {
        Swift.readLine(strippingNewline: true).map { .line($0) } ?? .end
    }

    var inlineData: (() -> Data)? {
        {
            var text = ""
            while let line = Swift.readLine(strippingNewline: true) {
                let bare = line.hasSuffix("\r") ? String(line.dropLast()) : line
                if bare == "." { break }
                text += bare + "\n"
            }
            return Data(text.utf8)
        }
    }
}

/// The interactive prompt, through libedit.
final class PromptLineSource: LineSource {
    let name: String? = nil
    var stopsAtFailure: Bool { false }
    private let editor: LineEditor
    private let prompt: () -> String

    init(editor: LineEditor, prompt: @escaping () -> String) {
        self.editor = editor
        self.prompt = prompt
    }

    /// The prompt of a continuation line.
    static let continuationPrompt = "…> "

    func next() -> LineSourceInput { read(prompt()) }

    func nextContinuation() -> LineSourceInput { read(Self.continuationPrompt) }

    private func read(_ prompt: String) -> LineSourceInput {
        switch editor.readLine(prompt: prompt) {
        case .endOfInput: return .end
        case .interrupted: return .interrupted
        case .line(let line): return .line(line)
        }
    }

    func finished(_ line: String) {
        if !line.trimmingBlanks().isEmpty { editor.remember(line) }
    }

}
