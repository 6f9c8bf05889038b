import Foundation
import LedeShell

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "analyze" {
    exit(AnalyzeCommand.run(Array(arguments.dropFirst())))
}
if arguments.first == "bench-load" {
    exit(LoadBenchmark.run(Array(arguments.dropFirst())))
}
Lede.main()
