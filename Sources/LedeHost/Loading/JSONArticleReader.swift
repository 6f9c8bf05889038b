import LedeCore
import LedeKit

/// Reads `.json` (one object, an array of objects, or an object with an `articles` array) and
/// `.jsonl` (one object per line) articles. Each object needs `text`, `body` or `content`;
/// `title`, `id`, `url`, `date`, `source`, `author` (and `byline`, `language`) are kept, as are
/// stance targets (`target_start`/`target_end`, as in `lede analyze`).
enum JSONArticleReader {
    static let metadataKeys = ["url", "date", "source", "author", "byline", "language"]

    /// `fail` reports a document that gives nothing at all (an error); `warn` a skipped item.
    static func readDocument(
        _ text: String, warn: (Int?, String) -> Void, fail: (Int?, String) -> Void
    ) -> [Article] {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            fail(line(ofByte: error.offset, in: text), "not valid JSON (\(error.message)); nothing loaded")
            return []
        }
        let items: [JSONValue]
        switch value {
        case .array(let array): items = array
        case .object:
            if let array = value["articles"]?.arrayValue, value["text"] == nil && value["body"] == nil {
                items = array
            } else {
                items = [value]
            }
        default:
            fail(nil, "JSON is neither an object nor an array of objects; nothing loaded")
            return []
        }
        var articles: [Article] = []
        for (position, item) in items.enumerated() {
            switch article(from: item) {
            case .success(let article): articles.append(article)
            case .failure(let problem): warn(nil, "item \(position + 1): \(problem.reason); skipped")
            }
        }
        return articles
    }

    static func readLines(_ text: String, warn: (Int?, String) -> Void) -> [Article] {
        var articles: [Article] = []
        var number = 0
        let bytes = Array(text.utf8)
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            number += 1
            let line = bytes[start..<end]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            do {
                let value = try JSONParser.parse(Array(line))
                switch article(from: value) {
                case .success(let article): articles.append(article)
                case .failure(let problem): warn(number, "\(problem.reason); line skipped")
                }
            } catch {
                warn(number, "not valid JSON (\(error.message) at column \(error.offset + 1)); line skipped")
            }
        }
        return articles
    }

    struct Problem: Error {
        var reason: String
    }

    /// The one decoder of an article object, for `load x.json`/`x.jsonl` and `lede analyze`: the text
    /// is kept exactly as the JSON string holds it (a `\r\n` stays two scalars), so the offsets
    /// lede reports, and `target_start`/`target_end`, mean the same in both.
    /// With `guessingTitle` (`load`), an article without a title takes its first line; `lede analyze`
    /// keeps the title as given, since analyses weigh it.
    static func article(from value: JSONValue, guessingTitle: Bool = true) -> Result<Article, Problem> {
        guard case .object = value else { return .failure(Problem(reason: "not a JSON object")) }
        guard let body = value["text"] ?? value["body"] ?? value["content"] else {
            return .failure(Problem(reason: "no 'text', 'body' or 'content' field"))
        }
        guard let text = body.stringValue else {
            return .failure(Problem(reason: "the text field is not a string"))
        }
        let normalised = text
        let id = value["id"].flatMap { $0 == .null ? nil : ($0.stringValue ?? $0.displayText) } ?? ""
        var metadata: [(key: String, value: String)] = []
        for key in metadataKeys {
            if let field = value[key], field != .null {
                metadata.append((key, field.stringValue ?? field.displayText))
            }
        }
        var target: TextSpan?
        let startField = value["target_start"].flatMap { $0 == .null ? nil : $0 }
        let endField = value["target_end"].flatMap { $0 == .null ? nil : $0 }
        if startField != nil || endField != nil {
            // A target that is not inside the text is the input's mistake, said as such: stance
            // toward a wrong span would be a wrong answer.
            let length = normalised.unicodeScalars.count
            guard let start = startField?.intValue, let end = endField?.intValue, start >= 0, end > start, end <= length
            else {
                let given = [startField, endField].map { $0?.displayText ?? "missing" }.joined(separator: ", ")
                return .failure(Problem(
                    reason: "target_start and target_end must be whole numbers with 0 ≤ start < end ≤ \(length) (the text's length in characters), got \(given)"))
            }
            target = TextSpan(start, end)
        }
        let title = value["title"]?.stringValue ?? value["headline"]?.stringValue
        return .success(
            Article(
                id: id, title: title ?? (guessingTitle ? TitleGuess.title(fromBody: normalised) : ""), text: normalised,
                metadata: metadata, target: target))
    }

    static func line(ofByte offset: Int, in text: String) -> Int {
        1 + text.utf8.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
