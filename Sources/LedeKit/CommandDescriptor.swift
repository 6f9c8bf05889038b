/// What a value after an option or in an argument position completes to.
public enum Completion: Sendable, Hashable {
    case none
    /// File system paths.
    case files
    /// A fixed list of words.
    case values([String])
    /// Names the owning plugin computes from the loaded articles (`complete(_:host:)`): for example
    /// `"entities"` or `"speakers"`.
    case dynamic(String)
}

/// An option a command accepts: `--name VALUE`, or a flag when `valueName` is nil.
public struct OptionDescriptor: Sendable, Hashable {
    public var name: String
    public var short: String?
    public var valueName: String?
    public var help: String
    public var completion: Completion

    public init(
        _ name: String, short: String? = nil, value valueName: String? = nil, help: String,
        completion: Completion = .none
    ) {
        self.name = name
        self.short = short
        self.valueName = valueName
        self.help = help
        self.completion = completion
    }

    public var isFlag: Bool { valueName == nil }
}

/// A positional argument of a command.
public struct ArgumentDescriptor: Sendable, Hashable {
    public var name: String
    public var help: String
    public var isOptional: Bool
    public var completion: Completion

    public init(_ name: String, help: String, optional: Bool = true, completion: Completion = .none) {
        self.name = name
        self.help = help
        self.isOptional = optional
        self.completion = completion
    }
}

/// A command a plugin adds to the shell, with everything help and completion need.
public struct CommandDescriptor: Sendable, Hashable {
    /// The options the host adds to every plugin command (`--format`, `--all`).
    public static let hostOptionNames: Set<String> = ["format", "all", "match", "since", "until", "source"]

    public var name: String
    public var summary: String
    public var arguments: [ArgumentDescriptor]
    public var options: [OptionDescriptor]
    public var examples: [String]
    /// Extra paragraphs for `help NAME`.
    public var discussion: String?

    public init(
        _ name: String, summary: String, arguments: [ArgumentDescriptor] = [], options: [OptionDescriptor] = [],
        examples: [String] = [], discussion: String? = nil
    ) {
        self.name = name
        self.summary = summary
        self.arguments = arguments
        self.options = options
        self.examples = examples
        self.discussion = discussion
    }

    /// `name [--opt VALUE] [ARG]`, as help prints it.
    public var usage: String {
        var parts = [name]
        for option in options {
            let flag = option.short.map { "-\($0)|--\(option.name)" } ?? "--\(option.name)"
            parts.append(option.valueName.map { "[\(flag) \($0)]" } ?? "[\(flag)]")
        }
        for argument in arguments {
            parts.append(argument.isOptional ? "[\(argument.name)]" : argument.name)
        }
        return parts.joined(separator: " ")
    }

    public func option(named name: String) -> OptionDescriptor? {
        options.first { $0.name == name || ($0.short != nil && $0.short == name) }
    }
}

/// Who a plugin is and what it adds.
public struct PluginDescriptor: Sendable, Hashable {
    public var name: String
    public var version: String
    public var summary: String
    /// Names of plugins whose results this one reads (computed first, cached per article).
    public var dependencies: [String]
    public var commands: [CommandDescriptor]

    public init(
        name: String, version: String, summary: String, dependencies: [String] = [], commands: [CommandDescriptor]
    ) {
        self.name = name
        self.version = version
        self.summary = summary
        self.dependencies = dependencies
        self.commands = commands
    }
}
