/// One command of a line after quoting, interpolation and redirection are resolved.
public struct ParsedCommand: Sendable, Equatable {
    /// Where the command's output goes.
    public enum Redirect: Sendable, Equatable {
        case write(String)
        case append(String)
        case pipe(String)
    }

    public var words: [String]
    public var redirect: Redirect?

    public init(words: [String], redirect: Redirect? = nil) {
        self.words = words
        self.redirect = redirect
    }
}

/// Why a line could not be parsed; the column is 1-based.
public struct LineParseError: Error, Equatable, Sendable {
    public var message: String
    public var column: Int
}
