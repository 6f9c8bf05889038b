import ArgumentParser
import Foundation
import LedeCorpus
import LedeHost
import LedeKit
import LedePlugins
import LedeShell

/// The `lede` command line: the shell (the default) and `lede analyze`.
struct Lede: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "A scriptable shell for exploring news articles: quotes, entities, stance, summaries.",
        version: LedeVersion.current,
        subcommands: [ShellCommandLine.self, AnalyzeCommand.self, MCPCommand.self],
        defaultSubcommand: ShellCommandLine.self)
}

/// `lede [PATH…|SCRIPT.lede ARGS…] [-c COMMANDS]`: the shell.
struct ShellCommandLine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "A scriptable shell for exploring news articles: quotes, entities, stance, summaries.",
        discussion: """
            With no arguments lede starts an interactive prompt ('help' lists its commands).
            A .lede file runs as a script; other paths are loaded as articles before the prompt opens.
            Commands piped to standard input run like a script.

            Batch analysis of JSONL articles: lede analyze --with PLUGIN[,PLUGIN…] (see 'lede analyze --help').
            """)

    @Argument(help: "A script (FILE.lede) and its arguments, or articles to load.")
    var paths: [String] = []

    @Option(name: .short, help: "Run these commands (separated by ';') and exit.")
    var command: String?

    @Flag(help: "Do not read the settings file or run the rc file ($XDG_CONFIG_HOME/lede/config and rc).")
    var noRc = false

    @Flag(help: "In scripts, go on after a failing line (the exit status still reports it).")
    var keepGoing = false

    @Flag(help: "Print each command before its output.")
    var echo = false

    @Option(name: .customLong("plugins"), help: "Another folder of custom plugins (repeatable).")
    var pluginDirectories: [String] = []

    @Option(name: .customLong("corpus"), help: "Open or create this corpus file (SQLite); without it, articles are held in memory.")
    var corpus: String?

    func run() throws {
        let interactive = isatty(0) == 1 && isatty(1) == 1
        var options = Shell.Options()
        options.terminalOutput = isatty(1) == 1
        options.interactive = interactive && command == nil && !(paths.first?.hasSuffix(".lede") ?? false)
        options.color = options.terminalOutput && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        options.echo = echo
        options.keepGoing = keepGoing
        options.pluginDirectories = pluginDirectories
        let shell = Shell(options: options, plugins: BuiltinPlugins.all)
        if let corpus {
            do {
                shell.open(try Corpus(path: corpus))
            } catch {
                shell.report(error, at: nil)
                throw ExitCode(1)
            }
        }
        try shell.reloadPlugins()
        let environment = ProcessInfo.processInfo.environment

        if !noRc { shell.applySettingsFile(environment: environment) }
        if !noRc, let rc = XDGPaths.configFile("rc", environment: environment),
            FileManager.default.fileExists(atPath: rc)
        {
            try? shell.runScript(path: rc, arguments: [])
        }

        if let script = paths.first, script.hasSuffix(".lede") {
            do {
                try shell.runScript(path: script, arguments: Array(paths.dropFirst()))
            } catch is ScriptAborted {
                throw ExitCode(1)
            } catch {
                shell.report(error, at: nil)
                throw ExitCode(1)
            }
            return
        }
        if !paths.isEmpty {
            if !shell.execute(line: "load " + paths.map(Self.quoted).joined(separator: " ")) && !options.interactive {
                throw ExitCode(1)
            }
        }
        if let command {
            throw ExitCode(shell.runCommandString(command))
        }
        if options.interactive {
            throw ExitCode(shell.runInteractive(historyPath: XDGPaths.historyFile(environment: environment)))
        }
        throw ExitCode(shell.runPiped(arguments: []))
    }

    static func quoted(_ path: String) -> String {
        "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
