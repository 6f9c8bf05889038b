import Foundation
import LedeKit
import LedePlugins
import LedeShell

// Minimal entry point; the full command line lands with the shell.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "analyze" {
    var selected: [String] = []
    var i = 1
    while i < arguments.count {
        if arguments[i] == "--with", i + 1 < arguments.count {
            selected += arguments[i + 1].split(separator: ",").map(String.init)
            i += 1
        }
        i += 1
    }
    do {
        let analyzer = try BatchAnalyzer(plugins: BuiltinPlugins.all, selected: selected)
        try analyzer.run(input: .standardInput, output: .standardOutput)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(1)
    }
} else {
    print("lede")
}
