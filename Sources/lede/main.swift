import ArgumentParser
import Foundation
import LedeHost
import LedeKit

// Every command line goes through swift-argument-parser. A usage error is one `error:` line and
// the command's usage line, not the parser's help page; `--help` and `--version` print as usual.
ChildProcess.endPluginsWithLede()
do {
    var command = try Lede.parseAsRoot()
    do {
        try command.run()
    } catch let error as any UserFacingError {
        var text = "error: \(TerminalSanitizer.sanitize(error.message, whitespace: .singleLine))\n"
        if let hint = error.hint { text += "hint: \(TerminalSanitizer.sanitize(hint, whitespace: .singleLine))\n" }
        StandardStreams.err(text)
        exit(1)
    }
} catch {
    let code = Lede.exitCode(for: error)
    if code == .success || error is ExitCode || error is CleanExit {
        Lede.exit(withError: error)
    }
    let arguments = CommandLine.arguments.dropFirst()
    let subcommand: any ParsableCommand.Type = arguments.first == "analyze" ? AnalyzeCommand.self : ShellCommandLine.self
    let message = Lede.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
    let usage = subcommand.usageString().replacingOccurrences(of: "\n", with: " ")
        .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    let line = usage.hasPrefix("lede ") ? usage : "lede " + usage
    StandardStreams.err("error: \(TerminalSanitizer.sanitize(message, whitespace: .singleLine))\nusage: \(line)\n")
    exit(code.rawValue)
}
