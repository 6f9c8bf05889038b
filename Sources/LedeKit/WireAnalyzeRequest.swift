import LedeCore

/// The parameters of an `analyze` request: the article and the inputs the plugin asked for.
///
/// ```json
/// {"article": {"id": "a1", "title": "…", "text": "…", "metadata": {"url": "…"},
///              "target": {"start": 4, "end": 9, "text": "Smith"}},
///  "inputs": {"sentences": [{"start": 0, "end": 42}], "entities": [{"start": 4, "end": 9, …}]}}
/// ```
/// `target` is null when the article has none. Offsets are Unicode-scalar offsets into `text`.
public struct WireAnalyzeRequest: Sendable {
    /// Inputs lede computes itself from the text; any other input name is a plugin's result.
    public static let textInputs: Set<String> = ["text", "sentences", "paragraphs", "tokens"]

    public var article: Article
    /// Each requested input under its name, in the order the manifest lists them.
    public var inputs: [(String, JSONValue)]

    public init(article: Article, inputs: [(String, JSONValue)] = []) {
        self.article = article
        self.inputs = inputs
    }

    /// The value of one input (`sentences`, `entities`, …), if the host sent it.
    public func input(_ name: String) -> JSONValue? {
        inputs.first { $0.0 == name }?.1
    }

    /// The request parameters for `document`, with `names` inputs resolved: text-derived ones
    /// from the document, the rest through `pluginResult` (another plugin's batch JSON).
    public init(
        document: Document, inputs names: [String], pluginResult: (String) throws -> JSONValue
    ) rethrows {
        article = document.article
        var inputs: [(String, JSONValue)] = []
        for name in names where name != "text" {
            switch name {
            case "sentences": inputs.append((name, .array(document.sentences.map { Self.span($0.span) })))
            case "paragraphs": inputs.append((name, .array(document.paragraphs.map(Self.span))))
            case "tokens":
                inputs.append(
                    (name, .array(document.tokens.map { Self.span($0.span, kind: "\($0.kind)") })))
            default: inputs.append((name, try pluginResult(name)))
            }
        }
        self.inputs = inputs
    }

    private static func span(_ span: TextSpan) -> JSONValue {
        .object([("start", .int(span.start)), ("end", .int(span.end))])
    }

    private static func span(_ span: TextSpan, kind: String) -> JSONValue {
        .object([("start", .int(span.start)), ("end", .int(span.end)), ("kind", .string(kind))])
    }

    /// The JSON `params` object.
    public var params: JSONValue {
        var metadata: [(String, JSONValue)] = []
        for (key, value) in article.metadata where !metadata.contains(where: { $0.0 == key }) {
            metadata.append((key, .string(value)))
        }
        var target: JSONValue = .null
        if let span = article.target {
            let scalars = Array(article.text.unicodeScalars)
            let start = max(0, min(span.start, scalars.count))
            let end = max(start, min(span.end, scalars.count))
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            target = .object([("start", .int(span.start)), ("end", .int(span.end)), ("text", .string(String(text)))])
        }
        let articleJSON: JSONValue = .object([
            ("id", .string(article.id)), ("title", .string(article.title)), ("text", .string(article.text)),
            ("metadata", .object(metadata)), ("target", target),
        ])
        return .object([("article", articleJSON), ("inputs", .object(inputs))])
    }

    /// Reads the parameters of a request (the plugin side).
    public init(params: JSONValue) throws(WireError) {
        guard let article = params["article"], let text = article["text"]?.stringValue else {
            throw WireError(code: WireError.invalidParams, message: "analyze needs params.article.text")
        }
        var metadata: [(key: String, value: String)] = []
        for (key, value) in article["metadata"]?.objectValue ?? [] {
            metadata.append((key, value.stringValue ?? value.displayText))
        }
        var target: TextSpan?
        if let start = article["target"]?["start"]?.intValue, let end = article["target"]?["end"]?.intValue {
            target = TextSpan(start, end)
        }
        self.article = Article(
            id: article["id"]?.stringValue ?? "", title: article["title"]?.stringValue ?? "", text: text,
            metadata: metadata, target: target)
        self.inputs = params["inputs"]?.objectValue ?? []
    }
}
