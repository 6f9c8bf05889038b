import CEditLine
import Foundation
import LedeCore
import LedeCorpus
import LedeHost
import LedeKit
import LedePlugins

/// The one executor behind the prompt, scripts, `-c` and piped input.
public final class Shell {
    /// How this run of lede presents itself.
    public struct Options: Sendable {
        /// Standard input and output are terminals and the user types at a prompt.
        public var interactive = false
        /// Standard output is a terminal (colour, width, progress).
        public var terminalOutput = false
        public var color = false
        public var echo = false
        public var keepGoing = false
        public var terminalWidth = 100
        public var pluginDirectories: [String] = []

        public init() {}
    }

    public let session = Session()
    public var options: Options
    public private(set) var plugins: [AnyPlugin]
    public private(set) var commands: [any ShellCommand] = []
    let cache: AnalysisCache
    /// The custom plugins found by the last `reloadPlugins()`, for their state and to stop them.
    var pluginCatalog = PluginCatalog(plugins: [], diagnostics: [], externals: [])
    var scriptStack: [String] = []
    var recorder: Recorder?
    /// The source of the lines being run (innermost: a `run` script inside piped input).
    var lineSource: (any LineSource)?
    /// Piped standard input, while it is the script being run (`load -` then reads from it).
    var standardInputScript: (any LineSource)?
    /// The prompt's history, oldest first (nil outside the interactive prompt).
    var historyProvider: (() -> [String])?
    /// The terminal's width at the prompt, read again before each line.
    var terminalWidthProvider: (() -> Int)?
    /// Whether the command running now may draw pictures (sparklines, coloured grids): a colour
    /// terminal, no redirection, a format people read.
    var pictures = false
    /// Set by `quit`: the loop and scripts stop.
    public internal(set) var quitRequested = false

    public init(options: Options, plugins: [AnyPlugin]) {
        self.options = options
        self.plugins = plugins
        self.cache = AnalysisCache(plugins: plugins, cancelled: { lede_sigint_pending() != 0 })
        cache.attach(session.corpus)
        rebuildCommands()
    }

    /// Works on another corpus from now on (`--corpus FILE`, `open FILE`).
    public func open(_ corpus: Corpus) {
        session.open(corpus)
        cache.attach(corpus)
    }

    /// Keeps the analyses computed by the last command in the corpus, so no other command (nor
    /// another run of lede, with a corpus file) computes them again.
    func keepAnalyses() {
        let fresh = cache.takeFresh { self.session.document(id: $0) }
        guard !fresh.isEmpty, !session.corpus.isReadOnly else { return }
        do {
            try session.corpus.store(
                fresh.map { StoredAnalysis(article: $0.article, plugin: $0.plugin, version: $0.version, json: JSONWriter.string($0.json)) })
        } catch {
            warn("analyses not kept: \(error.message)")
        }
    }

    /// Replaces the plugin list (after `plugins reload`).
    public func replacePlugins(_ list: [AnyPlugin]) {
        plugins = list
        cache.replacePlugins(list)
        rebuildCommands()
    }

    private func rebuildCommands() {
        var list: [any ShellCommand] = BuiltinCommands.all
        var taken = Set(list.map(\.descriptor.name))
        for plugin in plugins {
            for command in plugin.descriptor.commands where taken.insert(command.name).inserted {
                list.append(PluginCommand(plugin: plugin, base: command))
            }
        }
        commands = list
    }

    public func command(named name: String) -> (any ShellCommand)? {
        commands.first { $0.descriptor.name == name }
    }

    // MARK: Executing lines

    /// Executes one line; errors are reported on stderr. Returns whether every command succeeded.
    @discardableResult
    public func execute(line: String, at location: SourceLocation? = nil, arguments: [String] = []) -> Bool {
        execute(line: line, at: location, arguments: arguments, ran: { _ in })
    }

    /// Executes the commands of `line` one after another, each parsed just before it runs so that
    /// its `$NAME` sees what the commands before it set. A failing command stops the line, unless
    /// `--keep-going` is on. `ran` receives each command that succeeded, as it ran.
    func execute(
        line: String, at location: SourceLocation?, arguments: [String], ran: (ParsedCommand) -> Void
    ) -> Bool {
        lede_sigint_clear()
        defer { lede_sigint_clear() }
        var rest = line
        var offset = 0
        var succeeded = true
        while !rest.isEmpty, !quitRequested {
            let next: (command: ParsedCommand?, rest: String, consumed: Int)
            do {
                next = try CommandLineParser.parseNext(rest, variables: { [session] in session.variables[$0] }, arguments: arguments)
            } catch {
                report(LedeError("\(error.message) (column \(error.column + offset))"), at: location)
                return false
            }
            rest = next.rest
            offset += next.consumed
            guard let command = next.command else { break }
            if options.echo {
                writeOut(TerminalSanitizer.sanitize("> " + command.words.joined(separator: " "), whitespace: .singleLine) + "\n")
            }
            do {
                let started = DispatchTime.now().uptimeNanoseconds
                defer {
                    if session.variables["timing"] == "on" {
                        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                        writeError(String(format: "Time: %.3f ms\n", elapsed))
                    }
                }
                try run(command)
                ran(command)
            } catch is ScriptAborted {
                return false
            } catch is QuitRequested {
                quitRequested = true
                break
            } catch {
                report(error, at: location)
                succeeded = false
                if !options.keepGoing || error is InterruptedError { break }
            }
        }
        return succeeded
    }

    /// Other names a command answers to, as users of other shells type them.
    static let aliases = ["exit": "quit"]

    private func run(_ parsed: ParsedCommand) throws {
        guard let name = parsed.words.first else { return }
        if name == "!" {
            try ShellEscape.run(parsed.words.dropFirst().joined(separator: " "), shell: self)
            return
        }
        guard let command = command(named: Self.aliases[name] ?? name) else {
            let suggestion = Suggestions.closest(to: name, in: commands.map(\.descriptor.name))
            throw LedeError(
                "unknown command '\(name)'", hint: suggestion.map { "did you mean '\($0)'?" } ?? "'help' lists the commands")
        }
        let invocation = try OptionParser.parse(Array(parsed.words.dropFirst()), for: command.descriptor)
        defer { keepAnalyses() }
        let format = try outputFormat(invocation)
        let useColor = options.color && parsed.redirect == nil
        let toTerminal = options.terminalOutput && parsed.redirect == nil
        pictures = useColor && toTerminal && format == .table
        defer { pictures = false }
        var output = try command.run(invocation, shell: self)
        // Stance ties on a colour terminal: a grid of coloured cells.
        let grids = name == "network" || (name == "stance" && invocation.arguments.first == "matrix")
        if pictures, grids, case .table(let table) = output, let grid = PolarityGrid.render(table) {
            output = .text(grid)
        }
        // An article's text is wrapped at the terminal's width, on word boundaries.
        if toTerminal, command is ShowCommand, case .text(let text) = output {
            output = .text(TextWrapper.wrap(text, width: options.terminalWidth))
        }
        let rendered = render(output, format: format, color: useColor, toTerminal: toTerminal)
        try deliver(rendered, to: parsed.redirect)
    }

    func outputFormat(_ invocation: CommandInvocation) throws -> OutputFormat {
        try OutputFormat.named(invocation.value("format") ?? session.variables["format"] ?? "table")
    }

    func render(_ output: CommandOutput, format: OutputFormat, color: Bool, toTerminal: Bool) -> String {
        OutputRenderer(
            format: format, terminalWidth: toTerminal ? options.terminalWidth : nil, color: color,
            spreadsheetSafe: session.variables["csv_safe"] == "on"
        ).render(output)
    }

    /// Applies the settings file (`set --save` writes it); its problems are warnings.
    public func applySettingsFile(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let path = SettingsFile.path(environment: environment) else { return }
        for (name, value) in SettingsFile.read(path, warn: { warn($0) }) {
            session.variables[name] = value
        }
    }

    // MARK: Output

    func deliver(_ text: String, to redirect: ParsedCommand.Redirect?) throws {
        switch redirect {
        case nil:
            if let pager = pagerCommand(for: text) {
                try OutputDestination.pipe(text, through: pager)
            } else {
                writeOut(text)
            }
        case .write(let path), .append(let path):
            let append: Bool = if case .append = redirect { true } else { false }
            try OutputDestination.write(text, to: path, append: append)
        case .pipe(let command):
            try OutputDestination.pipe(text, through: command)
        }
    }

    /// The pager for `text` at the prompt, as psql pages: when it is taller than the terminal,
    /// `$PAGER` (else `less -FRX`) shows it. Never off a terminal, nor with `set pager off`.
    func pagerCommand(for text: String) -> String? {
        guard options.interactive, isatty(1) == 1, session.variables["pager"] != "off" else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        var lines = 0
        for byte in text.utf8 where byte == 0x0A {
            lines += 1
            if lines >= Int(size.ws_row) - 1 { break }
        }
        guard lines >= Int(size.ws_row) - 1 else { return nil }
        let pager = ProcessInfo.processInfo.environment["PAGER"] ?? ""
        return pager.trimmingCharacters(in: .whitespaces).isEmpty ? "less -FRX" : pager
    }

    /// Whether Ctrl-C was pressed since the current line started.
    public var isInterrupted: Bool { lede_sigint_pending() != 0 }

    public func writeOut(_ text: String) {
        guard !text.isEmpty else { return }
        StandardStreams.out(text)
    }

    public func writeError(_ text: String) {
        StandardStreams.err(text)
    }

    /// Prints `error: …` (prefixed by `FILE:LINE:` inside a script) and an optional hint.
    public func report(_ error: any Error, at location: SourceLocation?) {
        let message: String
        var hint: String?
        if let userFacing = error as? any UserFacingError {
            message = userFacing.message
            hint = userFacing.hint
        } else {
            message = String(describing: error)
        }
        var text = (location.map { "\($0.description): " } ?? "") + "error: " + message + "\n"
        if let hint { text += "hint: " + hint + "\n" }
        writeError(TerminalSanitizer.sanitize(text))
    }

    public func warn(_ message: String) {
        writeError(TerminalSanitizer.sanitize("warning: " + message) + "\n")
    }
}
