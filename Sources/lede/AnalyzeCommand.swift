import ArgumentParser
import Foundation
import LedeHost
import LedeKit
import LedeShell

/// `lede analyze --with PLUGIN[,PLUGIN…]`: batch analysis of JSONL articles.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse JSONL articles (id, text, …) and write one JSON line per input line, in input order.",
        discussion: "A line that cannot be analysed gives {\"id\": …, \"error\": …} and the stream goes on.")

    @Option(
        name: .customLong("with"),
        help: ArgumentHelp("Plugins to run, comma-separated (entities, quotes, stance, summary or a custom one).", valueName: "PLUGIN"))
    var with: [String] = []

    @Option(help: "Threads analysing at once (default: all cores).")
    var jobs: Int?

    @Option(name: .customLong("max-line"), help: ArgumentHelp("Skip, with an error line, input lines longer than MB megabytes (default 64).", valueName: "MB"))
    var maxLine: Int = 64

    @Option(help: ArgumentHelp("Read JSONL from FILE instead of stdin.", valueName: "FILE"))
    var input: String?

    @Option(help: ArgumentHelp("Write JSONL to FILE instead of stdout.", valueName: "FILE"))
    var output: String?

    @Option(name: .customLong("plugins"), help: ArgumentHelp("Also load custom plugins from DIR (repeatable).", valueName: "DIR"))
    var pluginDirectories: [String] = []

    @Flag(help: "Exit with status 1 when any line gave an error (by default the status stays 0, as a streaming mapper needs).")
    var strict = false

    @Flag(help: "Print articles/s, words/s and peak memory on stderr at the end.")
    var stats = false

    @Flag(name: .customLong("no-progress"), help: "Never draw the progress line (drawn only when stderr is a terminal).")
    var noProgress = false

    func run() throws {
        let catalog = PluginCatalog.load(extraDirectories: pluginDirectories, forwardLog: true)
        defer { catalog.stopAll() }
        // A plugin named twice (`--with quotes,quotes`) runs once and gives one key.
        var seen = Set<String>()
        let selected = with.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
        let requested = Set(selected)
        for diagnostic in catalog.diagnostics where requested.contains(where: { diagnostic.contains("'\($0)'") }) {
            StandardStreams.err("warning: \(diagnostic)\n")
        }
        if let jobs, !(1...1024).contains(jobs) {
            throw LedeError("analyze: --jobs expects a number from 1 to 1024, got \(jobs)")
        }
        guard (1...4096).contains(maxLine) else {
            throw LedeError("analyze: --max-line expects megabytes from 1 to 4096, got \(maxLine)")
        }
        var analyzer: BatchAnalyzer
        do {
            analyzer = try BatchAnalyzer(
                plugins: catalog.plugins, selected: selected,
                jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        } catch {
            // An unknown name may be a plugin whose manifest was skipped: say why.
            for diagnostic in catalog.diagnostics { StandardStreams.err("warning: \(diagnostic)\n") }
            throw error
        }
        analyzer.maximumLineBytes = maxLine << 20
        if let input {
            var info = stat()
            guard stat(input, &info) == 0 else {
                throw LedeError("analyze: cannot read '\(input)': \(String(cString: strerror(errno)))")
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                throw LedeError("analyze: '\(input)' is a folder; --input takes a JSONL file")
            }
            // Writing the output would empty the input before it is read: the same file, by
            // any path (a symbolic or hard link), is refused.
            var target = stat()
            if let output, stat(output, &target) == 0, target.st_dev == info.st_dev, target.st_ino == info.st_ino,
                info.st_mode & S_IFMT == S_IFREG
            {
                throw LedeError("analyze: --input and --output are the same file ('\(input)', '\(output)'); write elsewhere")
            }
        }
        let source = try input.map { path throws(LedeError) -> FileHandle in
            guard let handle = FileHandle(forReadingAtPath: path) else { throw LedeError("analyze: cannot read '\(path)'") }
            return handle
        } ?? .standardInput
        let sink = try output.map { path throws(LedeError) -> FileHandle in
            let fd: Int32
            do throws(LedeError) {
                fd = try OutputDestination.open(path, append: false)
            } catch {
                throw LedeError("analyze: \(error.message)")
            }
            return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        } ?? .standardOutput
        let progress = BatchAnalyzer.ProgressLine(wanted: !noProgress)
        let statistics = try analyzer.run(input: source, output: sink, progress: progress.update)
        progress.finish()
        if stats {
            StandardStreams.err("stats: \(statistics.summary(jobs: analyzer.jobs, plugins: analyzer.selected))\n")
        }
        if strict && statistics.errors > 0 {
            let lines = statistics.errors == 1 ? "1 line" : "\(statistics.errors) lines"
            StandardStreams.err("error: analyze: \(lines) gave an error (--strict)\n")
            throw ExitCode(1)
        }
    }
}
