/// An article prepared for analysis: its scalars, tokens, sentences and paragraphs.
///
/// Building a `Document` is a pure function of the text. Every plugin reads the same one, so the
/// host builds it once per article and shares it.
public struct Document: Sendable {
    public let article: Article
    /// The text as Unicode scalars; every ``TextSpan`` indexes this array.
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    /// Each token's text with ASCII capitals lowered, made once: every analysis compares words
    /// with its word lists.
    public let lowercaseTokens: [String]
    public let sentences: [Sentence]
    public let paragraphs: [TextSpan]
    /// Headline, byline, dateline and captions found in the text.
    public let furniture: NewsFurniture

    public init(_ article: Article) {
        self.article = article
        let scalars = Array(article.text.unicodeScalars)
        self.scalars = scalars
        let tokens = Tokenizer.tokenize(scalars)
        self.tokens = tokens
        self.paragraphs = ParagraphSplitter.paragraphs(scalars)
        self.sentences = SentenceSplitter.sentences(scalars, tokens: tokens, paragraphs: paragraphs)
        self.furniture = NewsFurniture.detect(scalars, paragraphs: paragraphs)
        self.lowercaseTokens = tokens.map { ScalarText.string(scalars, $0.start..<$0.end, folding: .lowercase) }
    }

    public var text: String { article.text }

    /// The headline line at the top of the text, if any (see ``NewsFurniture``).
    public var headline: TextSpan? { furniture.headline }
    /// The byline near the top of the text, if any.
    public var byline: TextSpan? { furniture.byline }
    /// The dateline that opens the body (`LONDON (Reuters) —`), if any.
    public var dateline: TextSpan? { furniture.dateline }

    /// The text covered by `span`, clamped to the document.
    public func text(_ span: TextSpan) -> String {
        let start = max(0, min(span.start, scalars.count))
        let end = max(start, min(span.end, scalars.count))
        return ScalarText.string(scalars, start..<end)
    }

    /// The text of a token.
    public func text(_ token: Token) -> String { text(token.span) }

    /// Number of word tokens, the unit lede's speed figures are quoted in.
    public var wordCount: Int { tokens.reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) } }

    /// Index of the sentence that contains `offset`, by binary search.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let span = sentences[mid].span
            if offset < span.start { high = mid - 1 } else if offset >= span.end { low = mid + 1 } else { return mid }
        }
        return nil
    }

    /// Index of the first token whose start is at or after `offset`.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        tokens.partitionPoint { $0.span.start < offset }
    }
}
