import Foundation
import LedeKit

/// A page's metadata, from `<meta>` tags (Open Graph, Dublin Core, article:*), JSON-LD
/// (`headline`, `datePublished`, `author`, `publisher`), `<link rel=canonical>`, `<time>`,
/// `<html lang>` and `<title>`. The first source that has a field wins, in the order listed
/// for each field.
struct HTMLMetadata {
    /// The headline the page's metadata give (`og:title`, JSON-LD `headline`…), site name removed.
    var title: String?
    /// The `<title>`, site name removed.
    var pageTitle: String?
    /// `url`, `date`, `author`, `source`, `language`, in that order, those found.
    var fields: [(key: String, value: String)] = []
    /// JSON-LD `articleBody`, for pages whose HTML holds little of the text.
    var articleBody: String?

    static let dateKeys = [
        "article:published_time", "og:article:published_time", "article.published", "datepublished",
        "og:published_time", "publish-date", "publish_date", "pubdate", "dc.date.issued", "dc.date", "dcterms.date",
        "date", "sailthru.date", "parsely-pub-date", "article:modified_time",
    ]
    static let authorKeys = ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"]
    static let siteKeys = ["og:site_name", "application-name", "twitter:site"]
    static let titleKeys = ["og:title", "twitter:title", "dc.title", "parsely-title"]
    static let elements: Set<String> = ["meta", "link", "time", "html", "script"]

    init(_ document: HTMLDocument) {
        var meta: [String: String] = [:]
        var canonical: String?
        var time: String?
        var language: String?
        var linked = LinkedData()
        for (index, node) in document.nodes.enumerated() where node.kind.contains(.metadata) {
            switch node.name {
            case "meta":
                guard let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop")
                        ?? node.attribute("http-equiv"))?.lowercased(),
                    let content = node.attribute("content").map(HTMLReader.collapseSpaces), !content.isEmpty,
                    meta[key] == nil
                else { continue }
                meta[key] = content
            case "link":
                if canonical == nil, node.attribute("rel")?.lowercased() == "canonical",
                    let href = node.attribute("href"), !href.isEmpty
                {
                    canonical = href
                }
            case "time":
                if time == nil, let stamp = node.attribute("datetime"), !stamp.isEmpty { time = stamp }
            case "html":
                if let lang = node.attribute("lang"), !lang.isEmpty { language = lang }
            case "script":
                if node.attribute("type")?.lowercased() == "application/ld+json", let child = node.children.first {
                    linked.read(document.rawText(of: child))
                }
            default:
                _ = index
            }
        }
        articleBody = linked.articleBody
        let site = linked.publisher ?? Self.first(Self.siteKeys, in: meta).map { Self.siteName($0) }
        let pageTitle = document.elements(named: "title").first.map { document.plainText($0) }
        let candidates = [Self.first(Self.titleKeys, in: meta), linked.headline]
        if let raw = candidates.compactMap({ $0 }).first(where: { !$0.isEmpty }) {
            title = Self.cleanTitle(raw, site: site)
        }
        if let pageTitle, !pageTitle.isEmpty { self.pageTitle = Self.cleanTitle(pageTitle, site: site) }
        let author = linked.authors.isEmpty
            ? Self.first(Self.authorKeys, in: meta).flatMap(Self.personName) ?? Self.byline(document)
            : linked.authors.joined(separator: ", ")
        let found: [(String, String?)] = [
            ("url", canonical ?? meta["og:url"] ?? linked.url),
            ("date", linked.datePublished ?? Self.first(Self.dateKeys, in: meta) ?? time),
            ("author", author),
            ("source", site),
            ("language", language ?? meta["og:locale"] ?? meta["content-language"] ?? meta["language"]),
        ]
        for case let (key, value?) in found where !value.isEmpty { fields.append((key, value)) }
    }

    static func first(_ keys: [String], in meta: [String: String]) -> String? {
        keys.lazy.compactMap { meta[$0] }.first
    }

    /// The author named in the page's byline: an `itemprop=author` or `rel=author` element, or
    /// one whose class names a byline or author, when its text is short enough to be a name.
    static func byline(_ document: HTMLDocument) -> String? {
        for (index, node) in document.nodes.enumerated() where !node.isText && !node.attributes.isEmpty {
            let className = node.attribute("class") ?? ""
            guard node.attribute("itemprop") == "author" || node.attribute("rel") == "author"
                || Self.mentions(className, "yline") || Self.mentions(className, "uthor-name")
            else { continue }
            guard let name = personName(document.plainText(index)) else { continue }
            let words = name.split(separator: " ").count
            if name.count >= 4 && name.count <= 60 && words >= 2 && words <= 6 && !name.contains("http") { return name }
        }
        return nil
    }

    /// Whether `text` holds `word` (bytes compared, no Foundation).
    static func mentions(_ text: String, _ word: String) -> Bool {
        let bytes = Array(text.utf8), needle = Array(word.utf8)
        guard needle.count <= bytes.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// `@handle` sites become `handle`.
    static func siteName(_ text: String) -> String {
        text.hasPrefix("@") ? String(text.dropFirst()) : text
    }

    /// A person's name from an author field: URLs (profile pages) are not names; `By ` goes.
    static func personName(_ text: String) -> String? {
        if text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("/") { return nil }
        var name = Substring(text)
        if name.lowercased().hasPrefix("by ") { name = name.dropFirst(3) }
        while let last = name.last, last == "-" || last == "\u{2013}" || last == "|" || last == "," || last == " " {
            name = name.dropLast()
        }
        let trimmed = String(name.trimmingSpaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " / "]

    /// The title without the site's name before or after a separator (`Headline | Site`).
    static func cleanTitle(_ raw: String, site: String?) -> String {
        var title = HTMLReader.collapseSpaces(raw)
        // `Headline | Section | Site`: strip one suffix at a time.
        for _ in 0..<3 {
            let shorter = stripSuffix(title, site: site)
            if shorter == title { break }
            title = shorter
        }
        return title
    }

    static func stripSuffix(_ title: String, site: String?) -> String {
        for separator in titleSeparators where mentions(title, separator) {
            let parts = title.components(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            let last = parts[parts.count - 1], first = parts[0]
            if let site, !site.isEmpty {
                let key = site.lowercased()
                if last.lowercased() == key || key.hasPrefix(last.lowercased()) && last.count >= 3 {
                    return parts.dropLast().joined(separator: separator)
                }
                if first.lowercased() == key { return parts.dropFirst().joined(separator: separator) }
            }
            // No site name to go by: in `Headline | Site` a short last part is the site's.
            if parts.count == 2 && last.split(separator: " ").count <= 4 && last.count * 3 < title.count {
                return parts.dropLast().joined(separator: separator)
            }
        }
        return title
    }
}
