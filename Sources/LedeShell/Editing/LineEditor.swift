import CEditLine
import Foundation
import LedeKit

/// What reading a line gave.
public enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C: the line was dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case endOfInput
}

/// Interactive line editing through libedit: emacs keys (vi through `~/.editrc`), history with
/// Ctrl-R search, Tab completion.
///
/// Owns the libedit handle and its history; both are released in `deinit`, after the history is
/// saved.
public final class LineEditor {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private var promptBuffer: UnsafeMutablePointer<CChar>?
    private var historyWarningShown = false
    /// Completes the text before the cursor: returns candidate replacements for the last word.
    var completer: ((String) -> CompletionResult)?

    public init(historyPath: String?) {
        _ = lede_setup_locale()
        editLine = lede_el_init("lede")
        history = lede_history_init()
        self.historyPath = historyPath
        _ = lede_history_set_size(history, 2000)
        _ = lede_history_set_unique(history, 1)
        _ = lede_el_set_history(editLine, history)
        _ = lede_el_set_editor(editLine, "emacs")
        _ = lede_el_set_signal(editLine, 1)
        _ = lede_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = lede_el_set_prompt(editLine, { editLine in
            guard let editLine, let data = lede_el_get_clientdata(editLine) else { return nil }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().promptBuffer
        })
        _ = lede_el_add_function(editLine, "lede-complete", "Complete the word before the cursor", { editLine, _ in
            guard let editLine, let data = lede_el_get_clientdata(editLine) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().complete()
        })
        _ = lede_el_bind(editLine, "^I", "lede-complete")
        _ = lede_el_bind(editLine, "^R", "em-inc-search-prev")
        // ~/.editrc (or $EDITRC) may switch to vi mode and rebind keys.
        _ = lede_el_source(editLine, nil)
        lede_install_sigint()
        if let historyPath {
            _ = lede_history_load(history, historyPath)
        }
    }

    deinit {
        saveHistory()
        lede_el_end(editLine)
        lede_history_end(history)
        free(promptBuffer)
    }

    /// Reads one line, showing `prompt`.
    public func readLine(prompt: String) -> LineInput {
        free(promptBuffer)
        promptBuffer = strdup(prompt)
        lede_sigint_clear()
        var count: Int32 = 0
        guard let raw = lede_el_gets(editLine, &count) else {
            if lede_sigint_pending() != 0 || count < 0 {
                lede_sigint_clear()
                lede_el_reset(editLine)
                StandardStreams.out("^C\n")
                return .interrupted
            }
            return .endOfInput
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// The history, oldest first.
    public var entries: [String] {
        var list: [String] = []
        var entry = lede_history_oldest(history)
        while let text = entry {
            list.append(String(cString: text))
            entry = lede_history_newer(history)
        }
        return list
    }

    /// Adds a line to the history (not lines starting with a space) and saves it.
    public func remember(_ line: String) {
        guard !line.hasPrefix(" "), !line.trimmingBlanks().isEmpty else { return }
        _ = lede_history_enter(history, line.trimmingBlanks())
        saveHistory()
    }

    /// Saves the history in place, never through a symbolic link or into a FIFO or a device; the
    /// first failure is reported once on stderr.
    private func saveHistory() {
        guard let historyPath else { return }
        let directory = (historyPath as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        do {
            let file = try InPlaceFile(path: historyPath, creatingWithMode: 0o600, truncating: true)
            file.setMode(0o600)
            if lede_history_save_fd(history, file.descriptor) < 0 {
                warnHistoryNotSaved(String(cString: strerror(errno)))
            }
        } catch {
            warnHistoryNotSaved(error.reason)
        }
    }

    private func warnHistoryNotSaved(_ reason: String) {
        guard !historyWarningShown, let historyPath else { return }
        historyWarningShown = true
        let text = "warning: history not saved to '\(historyPath)': \(reason)"
        StandardStreams.err((TerminalSanitizer.sanitize(text, whitespace: .singleLine) + "\n"))
    }

    public var terminalWidth: Int { Int(lede_el_terminal_width(editLine)) }

    // MARK: Completion

    private func complete() -> UInt8 {
        guard let completer else { return UInt8(CC_ERROR) }
        var buffer = [CChar](repeating: 0, count: 4096)
        var length: Int32 = 0
        let cursor = Int(lede_el_line(editLine, &buffer, Int32(buffer.count), &length))
        let bytes = buffer.prefix(min(cursor, Int(length))).map { UInt8(bitPattern: $0) }
        let before = String(decoding: bytes, as: UTF8.self)
        let result = completer(before)
        if result.candidates.isEmpty { return UInt8(CC_REFRESH_BEEP) }
        if let replacement = result.replacement {
            // libedit counts characters (wide characters), not bytes.
            lede_el_delete(editLine, Int32(result.typed.unicodeScalars.count))
            _ = lede_el_insert(editLine, replacement)
            return UInt8(CC_REFRESH)
        }
        let list = CompletionResult.columns(result.displayed, width: terminalWidth)
        StandardStreams.out(("\n" + list))
        return UInt8(CC_REDISPLAY)
    }
}

/// Candidates for the word before the cursor.
struct CompletionResult: Equatable {
    /// The word as typed (replaced by the completion).
    var typed: String
    /// What the typed word means, quotes and backslashes taken away.
    var typedValue: String
    /// The values that can replace `typed`, unquoted.
    var candidates: [String]
    /// What to show in a list (defaults to the candidates).
    var labels: [String]? = nil

    init(_ line: CompletionLine, candidates: [String], labels: [String]? = nil) {
        self.typed = line.partialText
        self.typedValue = line.partialValue
        self.candidates = candidates
        self.labels = labels
    }

    var displayed: [String] { labels ?? candidates }

    /// The longest beginning all candidates share.
    var commonPrefix: String {
        guard var prefix = candidates.first else { return typedValue }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    /// The text that replaces `typed`, quoted so that the line parser reads back exactly the
    /// value: the only candidate and a blank (no blank after a folder, to go on into it), or the
    /// beginning several candidates share. Nil when that adds nothing: the candidates are listed.
    var replacement: String? {
        guard let only = candidates.first else { return nil }
        if candidates.count == 1 {
            return WordQuoting.quote(only) + (only.hasSuffix("/") ? "" : " ")
        }
        let common = commonPrefix
        guard common.count > typedValue.count else { return nil }
        return WordQuoting.quote(common)
    }

    /// `items` in columns across `width`, each made safe for the terminal first: a title or a
    /// file name may hold escape sequences.
    static func columns(_ items: [String], width: Int) -> String {
        let shown = items.map { TerminalSanitizer.sanitize($0, whitespace: .singleLine) }
        let cell = (shown.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let perRow = max(1, width / max(cell, 1))
        var out = ""
        for (i, item) in shown.enumerated() {
            out += item
            if (i + 1) % perRow == 0 || i == shown.count - 1 {
                out += "\n"
            } else {
                out += String(repeating: " ", count: cell - DisplayWidth.of(item))
            }
        }
        return out
    }
}
