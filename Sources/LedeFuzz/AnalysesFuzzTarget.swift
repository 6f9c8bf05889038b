import LedeCore
import LedeHost
import LedeKit
import LedePlugins

/// Fuzzes the four built-in analyses together, as the shell runs them: any text gives results
/// whose every span lies inside the text, and the same text gives the same JSON twice.
enum AnalysesFuzzTarget {
    @Sendable static func run(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        let document = Document(Article(id: "fuzz", title: "", text: text))
        let cache = AnalysisCache(plugins: BuiltinPlugins.all)
        for name in ["entities", "quotes", "stance", "summary"] {
            guard let result = try? cache.json(ofPlugin: name, for: document) else {
                TextFuzzTarget.check(false, "\(name) failed")
                return
            }
            checkSpans(result, length: document.scalars.count, plugin: name)
            let again = try? AnalysisCache(plugins: BuiltinPlugins.all).json(ofPlugin: name, for: document)
            TextFuzzTarget.check(again == result, "\(name) is not deterministic")
        }
    }

    /// Every object with integer `start` and `end` must satisfy 0 <= start <= end <= length.
    static func checkSpans(_ value: JSONValue, length: Int, plugin: String) {
        switch value {
        case .array(let items):
            for item in items { checkSpans(item, length: length, plugin: plugin) }
        case .object(let fields):
            if let start = value["start"]?.intValue, let end = value["end"]?.intValue {
                TextFuzzTarget.check(0 <= start && start <= end && end <= length, "\(plugin) span \(start)..<\(end) outside 0..<\(length)")
            }
            for (_, field) in fields { checkSpans(field, length: length, plugin: plugin) }
        default:
            break
        }
    }
}
