import LedeCore

/// Why a sentence never enters a summary.
public enum SummaryExclusion: String, Sendable, Hashable, CaseIterable {
    case dateline
    case byline
    case caption
    case heading
    case photoCredit = "photo credit"
    case boilerplate
    case question = "question to the reader"
    case unattributedQuote = "unattributed quote"
    case peripheralQuote = "quote not central"
    case fragment
}

/// Recognises the parts of a news page that are not the story: datelines, bylines, captions,
/// photo credits, "Read more"/"Sign up" lines and questions to the reader.
enum BoilerplateFilter {
    private static let bylineMarkers = ByteNeedles([
        "published:", "updated:", "last updated", "posted:", "| updated", "posted on ",
    ])
    private static let photoCreditMarkers = ByteNeedles([
        "getty images", "photo credit", "picture credit", "image credit", "photograph:", "photo:", "picture:",
        "image:", "credit:", "(photo", "(picture", "(image", "/ap photo", "ap photo/", "/reuters", "/afp",
        "/epa", "rex features", "rex/shutterstock", "shutterstock", "alamy", "(file)", "file photo", "pa wire",
    ])
    private static let captionPrefixes: [[UInt8]] = [
        "pictured:", "pictured ", "above:", "below:", "left:", "right:", "top:", "bottom:", "inset:",
        "main picture", "main image", "caption:", "watch:", "video:", "see more", "gallery:", "(pictured",
    ].map { Array($0.utf8) }
    private static let captionMarkers = ByteNeedles([
        "(pictured", "(left)", "(right)", "(centre)", "(center)", ", pictured,",
    ])
    private static let boilerplatePrefixes: [[UInt8]] = [
        "read more", "more:", "related:", "see also", "click here", "sign up", "subscribe", "follow us",
        "follow @", "like us on", "share this", "share on", "advertisement", "email us", "download the",
        "for more information", "for more news", "watch the video", "to watch", "listen:", "editor's note",
        "note:", "this story has been", "this story was", "this article was", "this article has been",
        "this post", "copyright", "©", "all rights reserved", "reporting by", "editing by",
        "additional reporting", "contact us", "tell us", "let us know", "join the conversation",
        "comment below", "have your say", "what do you think",
    ].map { Array($0.utf8) }
    private static let boilerplateMarkers = ByteNeedles([
        "scroll down for", "click here", "sign up for", "sign up to", "sign up here", "subscribe to our",
        "subscribe here", "newsletter", "all rights reserved", "contributed to this report",
        "contributed reporting", "follow him on twitter", "follow her on twitter", "follow us on",
        "on twitter @", "like us on facebook", "terms of use", "privacy policy", "read more:", "read more at",
        "for the latest", "download our app", "share your", "share this article",
    ])

    /// The exclusion for a (trimmed) sentence, or nil when it may enter a summary.
    /// `lower` is the sentence in lower case with straight apostrophes.
    static func exclusion(lower: LowercaseText, words: Int, endsWithTerminal: Bool, endsWithQuestion: Bool,
                          isLastInDocument: Bool) -> SummaryExclusion? {
        if words == 0 { return .fragment }
        if isByline(lower, words: words) { return .byline }
        if isPhotoCredit(lower, words: words) { return .photoCredit }
        if isCaption(lower) { return .caption }
        if isBoilerplate(lower) { return .boilerplate }
        if endsWithQuestion { return .question }
        if isDateline(lower, words: words, endsWithTerminal: endsWithTerminal) { return .dateline }
        // Prose ends with a full stop; a line without one is a heading, a caption or a list item
        // (the last line of a cut-off article excepted).
        if !endsWithTerminal && !(isLastInDocument && words >= 8) { return words <= 12 ? .heading : .caption }
        if words < 4 { return .fragment }
        return nil
    }

    static func isByline(_ lower: LowercaseText, words: Int) -> Bool {
        if lower.hasPrefix("by ") && words <= 12 && !lower.contains(" said") { return true }
        return Self.bylineMarkers.anyOccurs(in: lower.bytes) && words <= 25
    }

    static func isPhotoCredit(_ lower: LowercaseText, words: Int) -> Bool {
        if Self.photoCreditMarkers.anyOccurs(in: lower.bytes) { return true }
        return words <= 8 && (lower.hasPrefix("courtesy") || lower.hasPrefix("photo") || lower.hasPrefix("source:"))
    }

    static func isCaption(_ lower: LowercaseText) -> Bool {
        for prefix in Self.captionPrefixes
        where lower.hasPrefix(prefix) {
            return true
        }
        return Self.captionMarkers.anyOccurs(in: lower.bytes)
    }

    static func isBoilerplate(_ lower: LowercaseText) -> Bool {
        for prefix in Self.boilerplatePrefixes
        where lower.hasPrefix(prefix) {
            return true
        }
        return Self.boilerplateMarkers.anyOccurs(in: lower.bytes)
    }

    /// A sentence that is only a place, a date and an agency: `LONDON, England (CNN) --`.
    static func isDateline(_ lower: LowercaseText, words: Int, endsWithTerminal: Bool) -> Bool {
        guard words <= 6 else { return false }
        return lower.hasSuffix("--") || lower.hasSuffix("—") || lower.hasSuffix("–") || lower.hasPrefix("(")
            && lower.hasSuffix(")")
    }
}
