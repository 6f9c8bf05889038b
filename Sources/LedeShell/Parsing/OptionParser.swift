import LedeHost
import LedeKit

/// Turns a command's words into a ``CommandInvocation`` following its descriptor.
///
/// `--name VALUE`, `--name=VALUE`, `-s VALUE` and flags; `--` ends the options. Unknown options
/// and missing values are errors that name the command and suggest the closest option.
enum OptionParser {
    static func parse(_ words: [String], for descriptor: CommandDescriptor) throws(LedeError) -> CommandInvocation {
        var invocation = CommandInvocation(command: descriptor.name)
        var i = 0
        var onlyArguments = false
        while i < words.count {
            let word = words[i]
            i += 1
            if onlyArguments || descriptor.options.isEmpty || !word.hasPrefix("-") || word == "-" || Double(word) != nil {
                invocation.arguments.append(word)
                continue
            }
            if word == "--" {
                onlyArguments = true
                continue
            }
            var name = String(word.drop(while: { $0 == "-" }))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = descriptor.option(named: name) else {
                let names = descriptor.options.map { "--" + $0.name }
                let hint = Suggestions.closest(to: "--" + name, in: names).map { "did you mean '\($0)'?" }
                    ?? (names.isEmpty ? "'\(descriptor.name)' takes no options" : "options: " + names.joined(separator: ", "))
                throw LedeError("\(descriptor.name): unknown option '\(word)'", hint: hint)
            }
            if option.isFlag {
                if inlineValue != nil { throw LedeError("\(descriptor.name): --\(option.name) takes no value") }
                invocation.options[option.name] = ""
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if i < words.count {
                value = words[i]
                i += 1
            } else {
                throw LedeError("\(descriptor.name): --\(option.name) needs a value (\(option.valueName ?? "VALUE"))")
            }
            invocation.options[option.name] = try listedValue(value, of: option, in: descriptor)
        }
        let required = descriptor.arguments.filter { !$0.isOptional }.count
        if invocation.arguments.count < required {
            let missing = descriptor.arguments.filter { !$0.isOptional }[invocation.arguments.count].name
            throw LedeError("\(descriptor.name): missing \(missing)", hint: "usage: \(descriptor.usage)")
        }
        return invocation
    }
}

extension OptionParser {
    /// An option whose values are listed (`--kind money|percent|…`, a manifest's `"complete"`
    /// list) takes one of them, in any case, and gets it as listed. `--format` names its formats
    /// itself.
    static func listedValue(_ value: String, of option: OptionDescriptor, in descriptor: CommandDescriptor)
        throws(LedeError) -> String
    {
        guard option.name != "format", case .values(let listed) = option.completion, !listed.isEmpty else { return value }
        if let known = listed.first(where: { $0.caseInsensitiveCompare(value) == .orderedSame }) { return known }
        let hint = Suggestions.closest(to: value, in: listed).map { "did you mean '\($0)'?" }
        throw LedeError(
            "\(descriptor.name): --\(option.name) is one of \(listed.joined(separator: ", ")), got '\(value)'", hint: hint)
    }
}

/// "Did you mean …": the closest candidate by edit distance, when it is close enough.
enum Suggestions {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(1, min(3, target.count / 3 + 1))
        if distance <= limit { return candidate }
        if candidate.lowercased().hasPrefix(word.lowercased()) && word.count >= 2 { return candidate }
        return nil
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
