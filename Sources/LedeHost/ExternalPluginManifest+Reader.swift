import LedeKit

/// Typed reads of manifest fields with errors that name the field (`commands[0].options[1].name`).
struct ManifestReader {
    var path: String

    private func fail(_ key: String, _ expected: String) -> LedeError {
        LedeError("plugin.json: \(path)\(key) must be \(expected)")
    }

    func string(_ value: JSONValue, _ key: String) throws(LedeError) -> String {
        guard let text = try optionalString(value, key), !text.isEmpty else { throw fail(key, "a non-empty string") }
        return text
    }

    func optionalString(_ value: JSONValue, _ key: String) throws(LedeError) -> String? {
        guard let field = value[key], field != .null else { return nil }
        guard let text = field.stringValue else { throw fail(key, "a string") }
        return text
    }

    func int(_ value: JSONValue, _ key: String) throws(LedeError) -> Int {
        guard let number = value[key]?.intValue else { throw fail(key, "a whole number") }
        return number
    }

    func optionalDouble(_ value: JSONValue, _ key: String) throws(LedeError) -> Double? {
        guard let field = value[key], field != .null else { return nil }
        guard let number = field.doubleValue else { throw fail(key, "a number") }
        return number
    }

    func optionalBool(_ value: JSONValue, _ key: String) throws(LedeError) -> Bool? {
        guard let field = value[key], field != .null else { return nil }
        guard let flag = field.boolValue else { throw fail(key, "true or false") }
        return flag
    }

    func strings(_ value: JSONValue, _ key: String) throws(LedeError) -> [String] {
        guard let list = try optionalStrings(value, key) else { throw fail(key, "a list of strings") }
        return list
    }

    func optionalStrings(_ value: JSONValue, _ key: String) throws(LedeError) -> [String]? {
        guard let field = value[key], field != .null else { return nil }
        guard let items = field.arrayValue else { throw fail(key, "a list of strings") }
        var result: [String] = []
        for item in items {
            guard let text = item.stringValue else { throw fail(key, "a list of strings") }
            result.append(text)
        }
        return result
    }

    /// Completions computed from the session: article ids and titles, entity names (from the
    /// entities plugin), quoted speakers (from the quotes plugin).
    static let sessionCompletions: Set<String> = ["articles", "entities", "speakers"]

    /// `"files"`, one of ``sessionCompletions``, a list of words, or nothing.
    func completion(_ value: JSONValue, _ key: String) throws(LedeError) -> Completion {
        guard let field = value[key], field != .null else { return .none }
        if field.stringValue == "files" { return .files }
        if let name = field.stringValue, Self.sessionCompletions.contains(name) { return .dynamic(name) }
        if let words = try? optionalStrings(value, key) { return .values(words) }
        throw fail(key, "\"files\", \"articles\", \"entities\", \"speakers\" or a list of words")
    }

    mutating func command(_ item: JSONValue) throws(LedeError) -> CommandDescriptor {
        let base = path
        let name = try string(item, "name")
        guard ExternalPluginManifest.isValidName(name) else {
            throw LedeError("plugin.json: \(base)name '\(name)' must be lowercase letters, digits, '-' or '_'")
        }
        var arguments: [ArgumentDescriptor] = []
        for (index, argument) in (item["arguments"]?.arrayValue ?? []).enumerated() {
            path = "\(base)arguments[\(index)]."
            arguments.append(
                ArgumentDescriptor(
                    try string(argument, "name"), help: try optionalString(argument, "help") ?? "",
                    optional: try optionalBool(argument, "optional") ?? true,
                    completion: try completion(argument, "complete")))
        }
        var options: [OptionDescriptor] = []
        for (index, option) in (item["options"]?.arrayValue ?? []).enumerated() {
            path = "\(base)options[\(index)]."
            options.append(
                OptionDescriptor(
                    try string(option, "name"), short: try optionalString(option, "short"),
                    value: try optionalString(option, "value"), help: try optionalString(option, "help") ?? "",
                    completion: try completion(option, "complete")))
        }
        path = base
        return CommandDescriptor(
            name, summary: try optionalString(item, "summary") ?? "", arguments: arguments, options: options,
            examples: try optionalStrings(item, "examples") ?? [], discussion: try optionalString(item, "help"))
    }
}
