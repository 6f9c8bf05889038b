import LedeHost
import LedeKit

/// How `help` groups commands.
public enum CommandGroup: String, CaseIterable, Sendable {
    case session, analysis, scripting, output

    var title: String {
        switch self {
        case .session: return "Session"
        case .analysis: return "Analysis"
        case .scripting: return "Scripting"
        case .output: return "Output and help"
        }
    }
}

/// A command the shell can run: a built-in of the shell, or one added by a plugin.
public protocol ShellCommand {
    var descriptor: CommandDescriptor { get }
    var group: CommandGroup { get }
    /// Runs the command; the shell renders what it returns.
    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput
}

/// Options every record-returning command accepts.
enum CommonOptions {
    static let format = OptionDescriptor(
        "format", value: "FORMAT", help: "table, text, json, jsonl, csv, tsv or md",
        completion: .values(OutputFormat.allCases.map(\.rawValue)))
    static let all = OptionDescriptor("all", help: "every loaded article, not just the current one")
    /// The names every plugin command takes besides its own.
    static let names: Set<String> = CommandDescriptor.hostOptionNames
}
