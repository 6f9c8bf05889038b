import Foundation
import LedeCore
import LedeKit

/// `lede analyze`: reads JSONL articles, runs plugins, writes one JSON line per input line in
/// input order.
public struct BatchAnalyzer: Sendable {
    public var plugins: [AnyPlugin]
    public var selected: [String]

    public init(plugins: [AnyPlugin], selected: [String]) throws(LedeError) {
        self.plugins = plugins
        for name in selected where !plugins.contains(where: { $0.name == name }) {
            let known = plugins.map(\.name).joined(separator: ", ")
            throw LedeError("analyze: no plugin named '\(name)'", hint: "plugins: \(known)")
        }
        self.selected = selected
    }

    /// Analyses one input line; never throws: a bad line gives `{id, error}`.
    public func process(line: String, number: Int) -> String {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return JSONWriter.string(.object([("id", .null), ("error", .string("line \(number): not JSON: \(error)"))]))
        }
        let id = value["id"] ?? .string("line-\(number)")
        guard let article = Self.article(from: value, number: number) else {
            return JSONWriter.string(.object([("id", id), ("error", .string("line \(number): no text field"))]))
        }
        let document = Document(article)
        let cache = AnalysisCache(plugins: plugins)
        var fields: [(String, JSONValue)] = [("id", id)]
        do {
            for name in selected {
                fields.append((name, try cache.json(ofPlugin: name, for: document)))
            }
        } catch {
            let message = (error as? any UserFacingError)?.message ?? "\(error)"
            return JSONWriter.string(.object([("id", id), ("error", .string(message))]))
        }
        return JSONWriter.string(.object(fields))
    }

    /// An article from a JSON object: `text` (or `body`/`content`), `title`, `target` offsets.
    public static func article(from value: JSONValue, number: Int) -> Article? {
        guard case .object = value else { return nil }
        guard let text = (value["text"] ?? value["body"] ?? value["content"])?.stringValue else { return nil }
        let id = value["id"].map { $0.stringValue ?? $0.displayText } ?? "line-\(number)"
        var metadata: [(key: String, value: String)] = []
        for key in ["url", "date", "source", "author"] {
            if let v = value[key]?.stringValue { metadata.append((key, v)) }
        }
        var target: TextSpan?
        if let start = value["target_start"]?.intValue, let end = value["target_end"]?.intValue,
            start >= 0, end > start, end <= text.unicodeScalars.count
        {
            target = TextSpan(start, end)
        }
        return Article(
            id: id, title: value["title"]?.stringValue ?? "", text: text, metadata: metadata, target: target)
    }

    /// Streams `input` to `output` line by line.
    public func run(input: FileHandle, output: FileHandle) throws {
        var reader = LineReader(handle: input)
        var number = 0
        var buffer = ""
        while let line = reader.next() {
            number += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            buffer += process(line: line, number: number)
            buffer += "\n"
            if buffer.utf8.count > 1 << 16 {
                output.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        output.write(Data(buffer.utf8))
    }
}

/// Reads a file handle line by line with bounded memory per line.
struct LineReader {
    let handle: FileHandle
    private var pending: [UInt8] = []
    private var position = 0
    private var finished = false

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() -> String? {
        while true {
            if let newline = pending[position...].firstIndex(of: 0x0A) {
                let line = String(decoding: pending[position..<newline], as: UTF8.self)
                position = newline + 1
                return line
            }
            if finished {
                guard position < pending.count else { return nil }
                let line = String(decoding: pending[position...], as: UTF8.self)
                position = pending.count
                return line
            }
            if position > 0 {
                pending.removeFirst(position)
                position = 0
            }
            let chunk = handle.readData(ofLength: 1 << 16)
            if chunk.isEmpty { finished = true } else { pending.append(contentsOf: chunk) }
        }
    }
}
