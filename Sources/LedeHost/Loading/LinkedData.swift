import LedeKit

/// The article facts in a page's JSON-LD (`<script type="application/ld+json">`): the first
/// `Article`-like object (NewsArticle, BlogPosting, Report…, also inside `@graph` or arrays)
/// gives the headline, dates, authors, publisher and URL.
struct LinkedData {
    var headline: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?
    /// The article's text, which some pages carry only here (their HTML body is built by script).
    var articleBody: String?
    private var foundArticle = false

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "report", "scholarlyarticle", "techarticle", "liveblogposting",
        "socialmediaposting", "posting", "webpage", "medicalwebpage",
    ]

    mutating func read(_ script: String) {
        guard !foundArticle, let value = try? JSONParser.parse(script.trimmingSpaces.isEmpty ? "null" : script) else {
            return
        }
        visit(value, depth: 0)
    }

    private mutating func visit(_ value: JSONValue, depth: Int) {
        guard depth < 8, !foundArticle else { return }
        switch value {
        case .array(let items):
            for item in items { visit(item, depth: depth + 1) }
        case .object:
            if let graph = value["@graph"] { visit(graph, depth: depth + 1) }
            let types = Self.strings(value["@type"]).map { $0.lowercased() }
            guard types.contains(where: Self.articleTypes.contains) else { return }
            let isPage = types.allSatisfy { $0.hasSuffix("webpage") }
            if headline == nil { headline = value["headline"]?.stringValue ?? (isPage ? nil : value["name"]?.stringValue) }
            if datePublished == nil { datePublished = value["datePublished"]?.stringValue ?? value["dateCreated"]?.stringValue }
            if authors.isEmpty { authors = Self.names(value["author"] ?? value["creator"]) }
            if publisher == nil, let name = Self.names(value["publisher"]).first { publisher = name }
            if articleBody == nil { articleBody = value["articleBody"]?.stringValue }
            if url == nil { url = value["url"]?.stringValue ?? value["mainEntityOfPage"]?["@id"]?.stringValue }
            if !isPage { foundArticle = true }
        default:
            return
        }
    }

    static func strings(_ value: JSONValue?) -> [String] {
        switch value {
        case .string(let text)?: return [text]
        case .array(let items)?: return items.compactMap(\.stringValue)
        default: return []
        }
    }

    /// Names of people or organisations: strings, `{"name": …}` objects, or arrays of either.
    static func names(_ value: JSONValue?) -> [String] {
        switch value {
        case .string(let text)?:
            return HTMLMetadata.personName(HTMLReader.collapseSpaces(text)).map { [$0] } ?? []
        case .array(let items)?:
            var seen: [String] = []
            for item in items { for name in names(item) where !seen.contains(name) { seen.append(name) } }
            return seen
        case .object?:
            return names(value?["name"])
        default:
            return []
        }
    }
}
