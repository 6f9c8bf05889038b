import Foundation
import LedeCore
import LedeKit
import LedePlugins

/// One training or evaluation document: tokens, sentences and gold BIO tags.
struct NERExample {
    var id: String
    var scalars: [Unicode.Scalar]
    var tokens: [Token]
    var sentences: [Range<Int>]
    var gold: [Int]
    /// Gold entity spans (scalar offsets) with label index, for scoring.
    var entities: [(span: TextSpan, label: Int)]
    /// How much an update on this document counts (GMB below CoNLL).
    var weight: Float
    /// Whether a capitalised token tagged `O` teaches nothing (GMB leaves many names of CoNLL's
    /// MISC kind untagged, so its `O` on a capitalised word is not evidence).
    var trustsCapitalisedOutside = true
    /// The data set the document comes from, for domain-specific copies of its features (0: the
    /// target domain, CoNLL).
    var domain: UInt64 = 0
}

/// Reads `{"id", "text", "entities": [{"start", "end", "label"}]}` JSONL into examples.
enum NERCorpus {
    struct Record {
        var id: String
        var text: String
        var entities: [(span: TextSpan, label: Int)]
    }

    static func records(path: String) throws -> [Record] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LedeError("cannot read \(path)")
        }
        var records: [Record] = []
        for (number, line) in data.split(separator: 0x0A).enumerated() where !line.isEmpty {
            let value: JSONValue
            do { value = try JSONParser.parse(Array(line)) } catch { throw LedeError("\(path):\(number + 1): \(error)") }
            guard let text = value["text"]?.stringValue else { throw LedeError("\(path):\(number + 1): no text") }
            var entities: [(span: TextSpan, label: Int)] = []
            for entity in value["entities"]?.arrayValue ?? [] {
                guard let start = entity["start"]?.intValue, let end = entity["end"]?.intValue,
                    let name = entity["label"]?.stringValue, let label = EntityLabel(rawValue: name)
                else { continue }
                entities.append((TextSpan(start, end), NERTag.index(of: label)))
            }
            records.append(Record(id: value["id"]?.stringValue ?? "line-\(number + 1)", text: text, entities: entities))
        }
        return records
    }

    /// Joins consecutive one-sentence records into pseudo-documents of `size` sentences.
    static func grouped(_ records: [Record], size: Int) -> [Record] {
        var result: [Record] = []
        var index = 0
        while index < records.count {
            var text = ""
            var offset = 0
            var entities: [(span: TextSpan, label: Int)] = []
            let group = records[index..<min(records.count, index + size)]
            for record in group {
                if !text.isEmpty {
                    text += "\n"
                    offset += 1
                }
                entities += record.entities.map { (TextSpan($0.span.start + offset, $0.span.end + offset), $0.label) }
                text += record.text
                offset += record.text.unicodeScalars.count
            }
            result.append(Record(id: group.first?.id ?? "", text: text, entities: entities))
            index += size
        }
        return result
    }

    /// Tokenises a record the way lede does at run time and aligns the gold spans to tokens.
    static func example(_ record: Record, weight: Float, transform: ((Unicode.Scalar) -> Unicode.Scalar)? = nil)
        -> NERExample
    {
        var scalars = Array(record.text.unicodeScalars)
        if let transform { scalars = scalars.map(transform) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let document = Document(Article(id: record.id, title: "", text: String(view)))
        var gold = Array(repeating: NERTag.outside, count: document.tokens.count)
        for entity in record.entities {
            var first = true
            var i = document.tokenIndex(atOrAfter: entity.span.start)
            while i < document.tokens.count && document.tokens[i].end <= entity.span.end {
                gold[i] = first ? NERTag.begin(entity.label) : NERTag.inside(entity.label)
                first = false
                i += 1
            }
        }
        return NERExample(
            id: record.id, scalars: document.scalars, tokens: document.tokens,
            sentences: document.sentences.map(\.tokens), gold: gold, entities: record.entities, weight: weight)
    }

    /// GMB tags many country and capital names as persons or organisations (`Kabul` PERSON,
    /// `Tehran` ORG for Iran's government) where CoNLL writes LOC: relabel the spans whose whole
    /// text is a gazetteer country or city. Returns how many spans changed.
    static func relabelPlaceNames(_ example: inout NERExample, gazetteer: NERGazetteer) -> Int {
        let location = NERTag.index(of: .location)
        var changed = 0
        var i = 0
        while i < example.gold.count {
            let tag = example.gold[i]
            guard tag != NERTag.outside, !NERTag.isInside(tag) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < example.gold.count && example.gold[end] == NERTag.inside(NERTag.label(tag)) { end += 1 }
            let label = NERTag.label(tag)
            if label != location && label != NERTag.index(of: .miscellaneous) {
                var key = NERGazetteer.emptyKey
                for k in i..<end { key = NERGazetteer.extend(key, with: NERTokenInfo(example.scalars, example.tokens[k]).lower) }
                let classes = gazetteer.lookup(key)
                if classes.contains(.country) || classes.contains(.city) && !classes.contains(.surname) && !classes.contains(.givenMale) && !classes.contains(.givenFemale) {
                    example.gold[i] = NERTag.begin(location)
                    for k in (i + 1)..<end { example.gold[k] = NERTag.inside(location) }
                    changed += 1
                }
            }
            i = end
        }
        return changed
    }

    /// ASCII upper case, keeping scalar offsets.
    static func upper(_ s: Unicode.Scalar) -> Unicode.Scalar {
        s.value >= 0x61 && s.value <= 0x7A ? Unicode.Scalar(s.value - 32) ?? s : s
    }

    /// ASCII lower case, keeping scalar offsets.
    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value + 32) ?? s : s
    }
}
