/// Walks a trainer's `--flag [value]` arguments; a missing or malformed value is one clear error
/// naming the flag.
struct TrainerArguments {
    private let arguments: [String]
    /// Put before every message (`ner: `).
    private let prefix: String
    private var index = 0

    init(_ arguments: [String], prefix: String = "") {
        self.arguments = arguments
        self.prefix = prefix
    }

    /// The next flag, or nil at the end.
    mutating func nextFlag() -> String? {
        guard index < arguments.count else { return nil }
        defer { index += 1 }
        return arguments[index]
    }

    /// The value after the flag just read.
    mutating func value() throws -> String {
        guard index < arguments.count else { throw TrainerError("\(prefix)\(arguments[index - 1]) needs a value") }
        defer { index += 1 }
        return arguments[index]
    }

    /// The value after the flag just read, as a number.
    mutating func number<T: LosslessStringConvertible>() throws -> T {
        let flag = arguments[index - 1]
        let text = try value()
        guard let parsed = T(text) else { throw TrainerError("\(prefix)\(flag) needs a number, got '\(text)'") }
        return parsed
    }

    func unknown(_ flag: String) -> TrainerError { TrainerError("\(prefix)unknown option '\(flag)'") }
}
