import Foundation
import LedeShell

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "analyze" {
    exit(AnalyzeCommand.run(Array(arguments.dropFirst())))
}
Lede.main()
