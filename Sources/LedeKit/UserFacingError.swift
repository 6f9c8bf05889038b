/// An error that knows how to present itself to a user in one line.
///
/// The shell prints `error: <message>` (and `hint: <hint>` when there is one) and keeps going.
public protocol UserFacingError: Error {
    /// One line that names the file, line, argument or plugin at fault.
    var message: String { get }
    /// An optional second line: what to try instead.
    var hint: String? { get }
}

extension UserFacingError {
    public var hint: String? { nil }
}

/// A plain user-facing error raised by a plugin or a command.
public struct LedeError: UserFacingError, CustomStringConvertible, Equatable {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String { message }
}

/// The command was interrupted by Ctrl-C (named apart from Swift's own `InterruptedError`, which
/// task cancellation throws).
public struct InterruptedError: UserFacingError {
    public init() {}
    public var message: String { "interrupted" }
}
