import Foundation
import LedeCore
import LedeHost
import LedeKit
import LedePlugins
import LedeShell
import Testing

/// The contract every plugin must pass, built-in or custom: it never crashes on any text (empty,
/// huge, only punctuation, odd Unicode), every span it returns lies inside the text, and its
/// output is a pure function of the article.
///
/// Run against every plugin of `BuiltinPlugins.all` and every example shipped in `plugins/`.
@Suite("Plugin contract", .serialized, .timeLimit(.minutes(5)))
struct PluginContractTests {
    /// Every built-in and every shipped custom plugin, in one catalog.
    static let catalog = PluginCatalog.load(environment: ["HOME": "/nonexistent"])

    static var pluginNames: [String] { catalog.plugins.map(\.name) }

    static let news = """
        Mayor Helen Okafor said on Tuesday that the harbour bridge would reopen in March. "We have \
        checked every bolt twice," she told reporters in Port Ellis.

        The Ellis Transit Authority disagreed. Its chairman, Tomas Reyes, called the plan "a gamble with \
        other people's lives" and asked the council to wait for a second inspection.
        """

    static let articles: [(String, String)] = [
        ("empty", ""),
        ("whitespace", " \n\n\t  \n"),
        ("punctuation", "?!... --- ,,, ;; «» “” ‘’ '' \"\" () [] {} … — – · • ¶ § ¡¿"),
        ("unicode", "Zoë said: “Ça va?” 👩‍👩‍👧 résumé — naïve e\u{301}; \u{202E}reversed\u{202C}; 東京で会った。 \u{0}\u{7F}"),
        ("unbalanced", "He said \"this never closes. And 'this neither. «Nor this."),
        ("news", news),
        ("huge", hugeText()),
    ]

    /// About 200 KB of varied sentences written for this test.
    static func hugeText() -> String {
        var text = ""
        for index in 0..<600 {
            text += "Councillor Dana Whitfield \(index) said the budget of $\(index * 37) million was \"not enough\". "
            text += "The Northfield Water Company (NWC) replied on day \(index) that prices would rise.\n\n"
            if index % 50 == 0 { text += String(repeating: "!", count: 500) + "\n" }
        }
        return text
    }

    /// The batch JSON of `name` for `text` from a fresh cache, or the error it raised.
    func json(_ name: String, _ text: String, id: String) throws -> JSONValue {
        let document = Document(Article(id: id, title: "Title", text: text, target: text.isEmpty ? nil : TextSpan(0, 1)))
        let cache = AnalysisCache(plugins: Self.catalog.plugins)
        return try cache.json(ofPlugin: name, for: document)
    }

    /// Every `{start, end}` pair in `value`, with its path.
    static func spans(in value: JSONValue, path: String = "") -> [(String, Int, Int)] {
        switch value {
        case .object(let fields):
            var found: [(String, Int, Int)] = []
            if let start = value["start"]?.intValue, let end = value["end"]?.intValue { found.append((path, start, end)) }
            for (key, item) in fields { found += spans(in: item, path: path + "." + key) }
            return found
        case .array(let items):
            return items.enumerated().flatMap { spans(in: $1, path: path + "[\($0)]") }
        default:
            return []
        }
    }

    @Test("never crashes, keeps spans inside the text, and is deterministic", arguments: pluginNames)
    func contract(plugin name: String) throws {
        for (label, text) in Self.articles {
            let first: JSONValue
            do {
                first = try json(name, text, id: label)
            } catch let error as any UserFacingError {
                Issue.record("\(name) failed on the \(label) article: \(error.message)")
                continue
            }
            let count = text.unicodeScalars.count
            for (path, start, end) in Self.spans(in: first) {
                #expect(
                    0 <= start && start <= end && end <= count,
                    "\(name), \(label) article: span \(path) = \(start)..<\(end) outside 0..<\(count)")
            }
            let second = try json(name, text, id: label)
            #expect(JSONWriter.string(first) == JSONWriter.string(second), "\(name) is not deterministic on \(label)")
        }
    }

    @Test("the shipped examples are in the contract run")
    func examplesIncluded() {
        #expect(Self.pluginNames.contains("readability"))
        #expect(Self.pluginNames.contains("numbers"))
        for builtin in BuiltinPlugins.all { #expect(Self.pluginNames.contains(builtin.name)) }
    }
}
