import Foundation
import LedeKit
import LedePlugins
import LedeShell

/// `lede analyze --with PLUGIN[,PLUGIN…]`: batch analysis of JSONL articles.
enum AnalyzeCommand {
    static func run(_ arguments: [String]) -> Int32 {
        var selected: [String] = []
        var i = 0
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
            return 0
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            return 1
        }
    }
}
