import LedeCore
import LedeKit
import Synchronization

#if canImport(Testing)
    import Testing
#endif

/// The contract every lede plugin must pass, built-in, shipped example or third-party:
/// - it never fails or crashes on any text (empty, blank, only punctuation, odd Unicode,
///   unbalanced quotes, news, about 200 KB);
/// - every `{start, end}` span in its JSON lies inside the text (Unicode-scalar offsets);
/// - its output is a pure function of the article (two fresh runs give the same JSON);
/// - it is cancellable: when the host reports Ctrl-C while a long article is being analysed, the
///   plugin notices (``AnalysisContext/checkCancellation()``) and throws ``InterruptedError``
///   instead of returning;
/// - its command names are unique (``commandNameViolations(_:reserved:)``).
///
/// In a Swift Testing suite:
/// ```swift
/// @Test func contract() { PluginContract.check(WordCount()) }
/// ```
public enum PluginContract {
    /// What the contract runs: a plugin's name and a function from an article to its JSON.
    public struct Subject: Sendable {
        public var name: String
        /// The JSON for `document`; the host it analyses with reports cancellation when `cancelled` says so.
        public var analyze: @Sendable (_ document: Document, _ cancelled: @escaping @Sendable () -> Bool) throws -> JSONValue

        public init(
            name: String,
            analyze: @escaping @Sendable (_ document: Document, _ cancelled: @escaping @Sendable () -> Bool) throws -> JSONValue
        ) {
            self.name = name
            self.analyze = analyze
        }
    }

    /// An in-process plugin as a subject; `dependencies` are the plugins it reads through its context.
    public static func subject<P: AnalysisPlugin>(_ plugin: P, dependencies: [AnyPlugin] = []) -> Subject {
        let all = [AnyPlugin(plugin)] + dependencies
        return Subject(name: plugin.descriptor.name) { document, cancelled in
            let host = PluginTestHost(documents: [document], plugins: all, cancelled: cancelled)
            return try host.json(ofPlugin: plugin.descriptor.name, for: document)
        }
    }

    /// The articles every plugin is run on, by label.
    public static let articles: [(label: String, text: String)] = [
        ("empty", ""),
        ("whitespace", " \n\n\t  \n"),
        ("punctuation", "?!... --- ,,, ;; «» “” ‘’ '' \"\" () [] {} … — – · • ¶ § ¡¿"),
        ("unicode", "Zoë said: “Ça va?” 👩‍👩‍👧 résumé — naïve e\u{301}; \u{202E}reversed\u{202C}; 東京で会った。 \u{0}\u{7F}"),
        ("unbalanced", "He said \"this never closes. And 'this neither. «Nor this."),
        ("news", news),
        ("huge", hugeText),
    ]

    static let news = """
        Mayor Helen Okafor said on Tuesday that the harbour bridge would reopen in March. "We have \
        checked every bolt twice," she told reporters in Port Ellis.

        The Ellis Transit Authority disagreed. Its chairman, Tomas Reyes, called the plan "a gamble with \
        other people's lives" and asked the council to wait for a second inspection.
        """

    /// About 200 KB of varied sentences.
    static let hugeText: String = {
        var text = ""
        for index in 0..<600 {
            text += "Councillor Dana Whitfield \(index) said the budget of $\(index * 37) million was \"not enough\". "
            text += "The Northfield Water Company (NWC) replied on day \(index) that prices would rise.\n\n"
            if index % 50 == 0 { text += String(repeating: "!", count: 500) + "\n" }
        }
        return text
    }()

    /// Every way `subject` breaks the contract, one line each (empty when it keeps it).
    public static func violations(of subject: Subject) -> [String] {
        var found: [String] = []
        let name = subject.name
        for (label, text) in articles {
            let document = Self.document(label, text)
            let first: JSONValue
            do {
                first = try subject.analyze(document, { false })
            } catch {
                found.append("\(name) failed on the \(label) article: \(describe(error))")
                continue
            }
            let count = text.unicodeScalars.count
            for (path, start, end) in spans(in: first) where !(0 <= start && start <= end && end <= count) {
                found.append("\(name), \(label) article: span \(path) = \(start)..<\(end) is outside 0..<\(count)")
            }
            do {
                let second = try subject.analyze(Self.document(label, text), { false })
                if JSONWriter.string(first) != JSONWriter.string(second) {
                    found.append("\(name) is not deterministic on the \(label) article")
                }
            } catch {
                found.append("\(name) failed the second time on the \(label) article: \(describe(error))")
            }
        }
        // The host itself asks once before it starts the analysis; from the next question on it
        // reports Ctrl-C, so only a plugin that checks while it works is interrupted.
        let questions = Mutex(0)
        do {
            _ = try subject.analyze(Self.document("huge", hugeText), { questions.withLock { $0 += 1; return $0 > 1 } })
            found.append("\(name) ignored Ctrl-C: it finished a long article although the host reported an interruption")
        } catch is InterruptedError {
        } catch {
            found.append("\(name), interrupted, threw \(describe(error)) instead of InterruptedError")
        }
        return found
    }

    /// Command names that collide: within one plugin, across plugins, or with `reserved` (the host's own).
    public static func commandNameViolations(_ descriptors: [PluginDescriptor], reserved: Set<String> = []) -> [String] {
        var owner: [String: String] = [:]
        var found: [String] = []
        for name in reserved.sorted() { owner[name] = "lede" }
        for descriptor in descriptors {
            for command in descriptor.commands {
                if let first = owner[command.name] {
                    found.append("command '\(command.name)' of plugin '\(descriptor.name)' is already taken by '\(first)'")
                } else {
                    owner[command.name] = descriptor.name
                }
            }
        }
        return found
    }

    /// Every `{start, end}` pair in `value`, with its path.
    public static func spans(in value: JSONValue, path: String = "") -> [(String, Int, Int)] {
        value.spans(path: path).map { ($0.path, $0.start, $0.end) }
    }

    static func document(_ label: String, _ text: String) -> Document {
        Document(Article(id: label, title: "Title", text: text, target: text.isEmpty ? nil : TextSpan(0, 1)))
    }

    static func describe(_ error: any Error) -> String {
        (error as? any UserFacingError)?.message ?? "\(error)"
    }

    #if canImport(Testing)
        /// Records each violation of `subject` as a test issue.
        public static func check(_ subject: Subject, sourceLocation: SourceLocation = #_sourceLocation) {
            for violation in violations(of: subject) { Issue.record(Comment(rawValue: violation), sourceLocation: sourceLocation) }
        }

        /// Records each violation of `plugin` (with its `dependencies`) as a test issue.
        public static func check<P: AnalysisPlugin>(
            _ plugin: P, dependencies: [AnyPlugin] = [], sourceLocation: SourceLocation = #_sourceLocation
        ) {
            check(subject(plugin, dependencies: dependencies), sourceLocation: sourceLocation)
        }
    #endif
}
