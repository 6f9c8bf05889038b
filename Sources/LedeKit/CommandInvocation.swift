/// A parsed command line handed to a plugin: positional arguments and options by long name.
public struct CommandInvocation: Sendable, Hashable {
    public var command: String
    public var arguments: [String]
    /// Options by long name; a flag's value is the empty string.
    public var options: [String: String]

    public init(command: String, arguments: [String] = [], options: [String: String] = [:]) {
        self.command = command
        self.arguments = arguments
        self.options = options
    }

    public func flag(_ name: String) -> Bool { options[name] != nil }

    public func value(_ name: String) -> String? { options[name] }

    /// An integer option, checked against a range, or `defaultValue` when absent.
    public func int(_ name: String, default defaultValue: Int, in range: ClosedRange<Int> = 0...1_000_000) throws(LedeError)
        -> Int
    {
        guard let text = options[name] else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw LedeError(
                "\(command): --\(name) expects a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text)'")
        }
        return value
    }

    /// A decimal option, checked against a range, or nil when absent.
    public func double(_ name: String, in range: ClosedRange<Double>) throws(LedeError) -> Double? {
        guard let text = options[name] else { return nil }
        guard let value = Double(text), range.contains(value) else {
            throw LedeError(
                "\(command): --\(name) expects a number from \(range.lowerBound) to \(range.upperBound), got '\(text)'")
        }
        return value
    }
}
