import Foundation
import LedeShell

/// Fuzzes the command line parser: any bytes, read as UTF-8, parse or fail with a column inside
/// the line, never crash, and parse the same way twice.
enum LineFuzzTarget {
    static let variables = ["who": "Keir Starmer", "n": "3", "empty": "", "q": "\"quoted\" 'text'"]

    @Sendable static func run(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self)
        let arguments = ["first", "second arg"]
        let first = Result { try CommandLineParser.parse(line, variables: { variables[$0] }, arguments: arguments) }
        let second = Result { try CommandLineParser.parse(line, variables: { variables[$0] }, arguments: arguments) }
        switch (first, second) {
        case let (.success(a), .success(b)):
            check(a == b, "parsing is not deterministic")
            for command in a {
                check(!command.words.isEmpty, "a command without words")
            }
        case let (.failure(a as LineParseError), .failure(b as LineParseError)):
            check(a == b, "errors differ between runs")
            check(a.column >= 1 && a.column <= line.unicodeScalars.count + 1, "error column outside the line")
        default:
            check(false, "parsing is not deterministic")
        }
    }

    static func check(_ condition: Bool, _ message: String) {
        if !condition {
            FileHandle.standardError.write(Data("LineFuzzTarget: \(message)\n".utf8))
            abort()
        }
    }
}
