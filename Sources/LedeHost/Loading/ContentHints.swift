/// What an element's `class` and `id` say about it: page furniture (menus, share buttons,
/// comments, newsletter boxes, related links), the article itself, or nothing.
///
/// Class names and ids are split into words at spaces, each word into parts at `-`, `_` and `:`;
/// a part matches a hint it starts with (`comments`, `sharebar`). Hiding classes (`sr-only`,
/// `d-none`) count only as whole words, so `overflow-hidden` hides nothing.
struct ContentHints: Sendable {
    enum Verdict: Sendable {
        /// A furniture word, even beside a content word (`comment-body`, `share-tools`).
        case furniture
        /// A word that leans towards furniture (`card`, `header-content`).
        case weakFurniture
        /// A well-known name for the article's own container (`entry-content`, `article-body`).
        case article
        case content
        case neutral
    }

    /// Word prefixes that mark furniture: short ones match a word of at most two letters more
    /// (`ad`, `ads`, `adv`), long ones any word they start.
    static let furnitureNames: [String] = [
        "comment", "share", "sharing", "social", "newsletter", "subscribe", "subscription", "signup", "cookie",
        "consent", "gdpr", "related", "recommend", "promo", "sidebar", "footer", "breadcrumb", "advert",
        "sponsor", "outbrain", "taboola", "disqus", "credit", "trending", "popular", "paywall", "byline",
        "author", "tags", "tagged", "taglist", "pagination", "pager", "toolbar", "masthead", "navbar",
        "navigation", "nav", "menu", "skip", "modal", "popup", "overlay", "banner", "ad", "ads", "adv", "adslot",
        "adunit", "dfp", "teaser", "teasers", "follow", "login", "register", "screenreader", "offscreen", "cta",
        "copyright", "crumbs", "crumb", "replies", "reply",
    ]
    /// Word prefixes that only lean towards furniture: they lower a container's score and let
    /// link-heavy ones go, but remove nothing by themselves.
    static let weakFurnitureNames: [String] = [
        "header", "top", "bottom", "more", "next", "prev", "extra", "meta", "embed", "video", "player", "gallery",
        "carousel", "slider", "slideshow", "thumbnail", "thumb", "rating", "profile", "bio", "avatar", "utility",
        "rail", "widget", "print", "alert", "breaking", "ticker", "partner", "donate", "timestamp", "legal",
        "disclaimer", "toc", "aside", "community", "feedback", "survey", "poll", "reactions", "card", "list",
        "listing", "topbar", "widget", "date",
    ]
    /// Whole class words that hide an element.
    static let hidingWords: Set<String> = [
        "hidden", "hide", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "invisible",
        "is-hidden", "u-hidden", "element-invisible", "offscreen",
    ]
    /// Word prefixes of the article's container.
    static let articleNames: [String] = [
        "articlebody", "article-body", "article__body", "article-content", "article__content", "articlecontent",
        "article-text", "articletext", "entry-content", "entrycontent", "post-content", "postcontent",
        "post-body", "postbody", "story-body", "storybody", "story-content", "storycontent", "story-text",
        "storytext", "body-text", "bodytext", "main-content", "maincontent", "content-body", "article-main",
        "single-content", "post-entry", "blog-post", "td-post-content", "field-body", "field-name-body", "rich-text",
        "richtext",
    ]
    /// Word prefixes that lean towards content.
    static let contentNames: [String] = [
        "article", "content", "entry", "story", "post", "main", "body", "text", "blog", "page", "column",
    ]

    private var memo: [String: Verdict] = [:]

    /// The verdict for the lower-cased `class` and `id` of one element.
    /// Whether an element's class or id names comments or replies.
    func namesComments(_ node: HTMLDocument.Node) -> Bool {
        for name in [node.attribute("class"), node.attribute("id")] {
            guard let name = name?.lowercased() else { continue }
            if ["comment", "disqus", "replies"].contains(where: { HTMLMetadata.mentions(name, $0) }) { return true }
        }
        return false
    }

    /// The class and the id are judged apart (each once per page) and the stronger verdict wins.
    mutating func verdict(class className: String?, id: String?) -> Verdict {
        var byClass = Verdict.neutral
        if let className { byClass = judgeOnce(className) }
        guard let id, !id.isEmpty else { return byClass }
        return Self.stronger(byClass, judgeOnce(id))
    }

    private mutating func judgeOnce(_ names: String) -> Verdict {
        if names.isEmpty { return .neutral }
        if let known = memo[names] { return known }
        let verdict = Self.judge(names.lowercased())
        memo[names] = verdict
        return verdict
    }

    /// An article name beats furniture (a container named for both holds the article), furniture
    /// beats a lean towards it, which beats content.
    static func stronger(_ a: Verdict, _ b: Verdict) -> Verdict {
        for verdict in [Verdict.article, .furniture, .weakFurniture, .content] where a == verdict || b == verdict {
            return verdict
        }
        return .neutral
    }

    /// The names as bytes, filed by their first byte so that a part is compared with few.
    private static func byFirstByte(_ names: [String]) -> [[[UInt8]]] {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for name in names { table[Int(name.utf8.first ?? 0)].append(Array(name.utf8)) }
        return table
    }
    private static let furnitureBytes = byFirstByte(furnitureNames)
    private static let weakFurnitureBytes = byFirstByte(weakFurnitureNames)
    private static let articleBytes = byFirstByte(articleNames)
    private static let contentBytes = byFirstByte(contentNames)
    private static let hidingBytes = Set(hidingWords.map { Array($0.utf8) })

    static func judge(_ names: String) -> Verdict {
        let bytes = Array(names.utf8)
        var furniture = false
        var weak = false
        var content = false
        var wordStart = 0
        while wordStart < bytes.count {
            var wordEnd = wordStart
            while wordEnd < bytes.count, !isWordBreak(bytes[wordEnd]) { wordEnd += 1 }
            if wordEnd > wordStart {
                let word = bytes[wordStart..<wordEnd]
                if hidingBytes.contains(Array(word)) { return .furniture }
                if articleBytes[Int(bytes[wordStart])].contains(where: { word.starts(with: $0) }) { return .article }
                var partStart = wordStart
                while partStart < wordEnd {
                    var partEnd = partStart
                    while partEnd < wordEnd, !isPartBreak(bytes[partEnd]) { partEnd += 1 }
                    let part = bytes[partStart..<partEnd]
                    if let first = part.first.map(Int.init) {
                        if furnitureBytes[first].contains(where: { part.starts(with: $0) && (part.count <= $0.count + 2 || $0.count >= 5) }) {
                            furniture = true
                        } else if weakFurnitureBytes[first].contains(where: { part.starts(with: $0) && part.count <= $0.count + 2 }) {
                            weak = true
                        } else if contentBytes[first].contains(where: { part.starts(with: $0) }) {
                            content = true
                        }
                    }
                    partStart = partEnd + 1
                }
            }
            wordStart = wordEnd + 1
        }
        if furniture { return .furniture }
        if weak { return .weakFurniture }
        return content ? .content : .neutral
    }

    private static func isWordBreak(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x23 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isPartBreak(_ byte: UInt8) -> Bool { byte == 0x2D || byte == 0x5F || byte == 0x3A }
}
