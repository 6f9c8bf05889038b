import LedeCore
import LedeHost
import LedeKit

/// `find TEXT`: every occurrence across the loaded articles, in context.
struct FindCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "find", summary: "Find text in every loaded article (case-insensitive), shown in context",
            arguments: [ArgumentDescriptor("TEXT", help: "the words to find", optional: false)],
            options: [
                CommonOptions.format, OptionDescriptor("case", help: "match case exactly"),
                OptionDescriptor("word", help: "match whole words only ('ally' not in 'rally')"),
            ],
            examples: ["find ceasefire", "find ally --word", "find \"prime minister\" --format csv"])
    }
    var group: CommandGroup { .session }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let needle = invocation.arguments.joined(separator: " ")
        let exactCase = invocation.flag("case")
        let wholeWords = invocation.flag("word")
        let pattern = Array((exactCase ? needle : needle.lowercased()).unicodeScalars)
        guard !pattern.isEmpty else { throw LedeError("find: nothing to find") }
        var table = Table(columns: [
            .init("article", alignment: .right), .init("offset", alignment: .right), .init("before", alignment: .right),
            .init("match", emphasized: true), .init("after"),
        ])
        for article in shell.session.articles {
            try shell.cache.checkCancellation()
            // The text alone: preparing a document (sentences, tokens) is not needed to find words.
            let scalars = try Self.scalars(of: shell.session.whole(article).text) { try shell.cache.checkCancellation() }
            func matches(at i: Int) -> Bool {
                for k in 0..<pattern.count where (exactCase ? scalars[i + k] : Self.lower(scalars[i + k])) != pattern[k] {
                    return false
                }
                return true
            }
            var i = 0
            while i + pattern.count <= scalars.count {
                // Ctrl-C is heard inside a long article too, not only between articles.
                if i & 0xFFFF == 0 { try shell.cache.checkCancellation() }
                if matches(at: i) && (!wholeWords || Self.isBoundary(scalars, before: i, after: i + pattern.count)) {
                    let end = i + pattern.count
                    let before = Self.flatten(Self.text(scalars, max(0, i - 40)..<i))
                    let after = Self.flatten(Self.text(scalars, end..<min(scalars.count, end + 40)))
                    table.append([.string(article.id), .int(i), .string(before), .string(Self.text(scalars, i..<end)), .string(after)])
                    i = end
                } else {
                    i += 1
                }
            }
        }
        table.footer = "\(table.rows.count) match\(table.rows.count == 1 ? "" : "es")"
        return .table(table)
    }

    /// The text's scalars, read with `checkCancellation` called every 65,536 (an article may be
    /// tens of megabytes).
    static func scalars(of text: String, checkCancellation: () throws -> Void) throws -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalars.count & 0xFFFF == 0 { try checkCancellation() }
            scalars.append(scalar)
        }
        return scalars
    }

    static func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Whether no letter or digit touches the match on either side.
    static func isBoundary(_ scalars: [Unicode.Scalar], before start: Int, after end: Int) -> Bool {
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { Characters.isLetter(s) || Characters.isDigit(s) }
        return (start == 0 || !isWordScalar(scalars[start - 1])) && (end >= scalars.count || !isWordScalar(scalars[end]))
    }

    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value >= 0x41 && s.value <= 0x5A { return Unicode.Scalar(s.value + 32) ?? s }
        if s.value < 0x80 { return s }
        let lowered = s.properties.lowercaseMapping.unicodeScalars
        return lowered.count == 1 ? lowered.first ?? s : s
    }

    static func flatten(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
