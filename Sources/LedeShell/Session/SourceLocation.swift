/// Where a command line came from: a script file and line, or the prompt.
public struct SourceLocation: Sendable, Equatable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// A script stopped at an error that was already reported.
public struct ScriptAborted: Error {}
