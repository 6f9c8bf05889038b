import LedeCore
import LedeKit

/// The figures an article states — money, percentages, counts of things, years — with their
/// value, unit and the sentence that makes the claim: where a fact-checker starts.
struct NumbersPlugin: AnalysisPlugin {
    struct Figure: Sendable, Equatable {
        var span: TextSpan
        var value: Double
        /// `money`, `percent`, `count`, `year`, `ordinal`, `decade`, `date` or `number`.
        var kind: String
        /// `USD`, `GBP`, `EUR`, `JPY`, `%`, or the counted noun (`people`, `jobs`).
        var unit: String?
        var sentence: TextSpan?
    }

    var descriptor: PluginDescriptor {
        PluginDescriptor(
            name: "numbers", version: "1.0.0", summary: "Figures stated in each article",
            commands: [CommandDescriptor("numbers", summary: "Figures stated in each article")])
    }

    static let currencies: [String: String] = ["$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"]
    static let multipliers: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3,
        "mn": 1e6, "tn": 1e12,
    ]
    static let currencyWords: [String: String] = [
        "dollars": "USD", "pounds": "GBP", "euros": "EUR", "yen": "JPY", "francs": "CHF", "rupees": "INR",
    ]
    static let notUnits: Set<String> = [
        "and", "or", "to", "of", "in", "on", "at", "for", "the", "a", "an", "was", "were", "is", "are", "by", "from",
        "with", "as", "than", "per", "that", "who", "which", "but", "after", "before", "when", "have", "has",
    ]

    func analyze(_ document: Document, context: any AnalysisContext) throws -> [Figure] {
        var figures: [Figure] = []
        let tokens = document.tokens
        for (index, token) in tokens.enumerated() where token.kind == .number {
            if index % 1024 == 0 { try context.checkCancellation() }
            let text = document.text(token)
            guard var figure = Self.parse(text, span: token.span) else { continue }
            func word(_ offset: Int) -> String? {
                let position = index + offset
                guard tokens.indices.contains(position) else { return nil }
                return document.text(tokens[position]).lowercased()
            }
            var end = token.end
            if let symbol = word(-1), let code = Self.currencies[symbol], tokens[index - 1].end == token.start {
                figure.kind = "money"
                figure.unit = code
                figure.span.start = tokens[index - 1].start
            }
            var next = 1
            if let scale = word(next).flatMap({ Self.multipliers[$0] }) {
                figure.value *= scale
                end = tokens[index + next].end
                next += 1
            }
            if word(next) == "%" || word(next) == "percent" || (word(next) == "per" && word(next + 1) == "cent") {
                figure.kind = "percent"
                figure.unit = "%"
                end = tokens[index + next + (word(next) == "per" ? 1 : 0)].end
            } else if let code = word(next).flatMap({ Self.currencyWords[$0] }), figure.kind != "money" {
                figure.kind = "money"
                figure.unit = code
                end = tokens[index + next].end
            } else if figure.kind == "number", let noun = word(next), tokens[index + next].kind == .word,
                noun.unicodeScalars.count > 2, !Self.notUnits.contains(noun),
                let first = noun.unicodeScalars.first, first.properties.isLowercase
            {
                figure.kind = "count"
                figure.unit = noun
                end = tokens[index + next].end
            }
            figure.span.end = end
            figure.sentence = document.sentenceIndex(containing: token.start).map { document.sentences[$0].span }
            figures.append(figure)
        }
        return figures
    }

    /// The value and a first kind of one number token: `1,200`, `3.5`, `5th`, `1990s`, `10m`, `2024`.
    static func parse(_ text: String, span: TextSpan) -> Figure? {
        var digits = ""
        var suffix = ""
        var separators = 0
        for scalar in text.unicodeScalars {
            if suffix.isEmpty, ("0"..."9").contains(scalar) || scalar == "." {
                digits.unicodeScalars.append(scalar)
            } else if suffix.isEmpty, scalar == "," {
                continue
            } else if suffix.isEmpty, scalar == "-" || scalar == "/" || scalar == ":" {
                separators += 1
                digits.unicodeScalars.append(scalar)
            } else {
                suffix.unicodeScalars.append(scalar)
            }
        }
        suffix = suffix.lowercased()
        if separators > 0 {
            return Figure(span: span, value: 0, kind: "date", unit: nil)
        }
        guard let value = Double(digits) else { return nil }
        switch suffix {
        case "": break
        case "st", "nd", "rd", "th": return Figure(span: span, value: value, kind: "ordinal", unit: nil)
        case "s": return Figure(span: span, value: value, kind: "decade", unit: nil)
        default:
            guard let scale = multipliers[suffix] else { return Figure(span: span, value: value, kind: "number") }
            return Figure(span: span, value: value * scale, kind: "number", unit: nil)
        }
        let isYear = digits.count == 4 && !digits.contains(".") && (1800...2100).contains(value)
        return Figure(span: span, value: value, kind: isYear ? "year" : "number", unit: nil)
    }

    func encode(_ output: [Figure], document: Document) -> JSONValue {
        let items = output.map { figure -> JSONValue in
            var fields: [(String, JSONValue)] = [
                ("start", .int(figure.span.start)), ("end", .int(figure.span.end)),
                ("text", .string(document.text(figure.span))), ("kind", .string(figure.kind)),
                ("value", figure.kind == "date" ? .null : .double(figure.value)), ("unit", .string(figure.unit)),
            ]
            if let sentence = figure.sentence {
                fields.append(("sentence", .object([("start", .int(sentence.start)), ("end", .int(sentence.end))])))
            }
            return .object(fields)
        }
        return .object([("numbers", .array(items))])
    }

}
