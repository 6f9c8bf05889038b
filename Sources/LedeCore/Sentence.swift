/// A sentence: its span and the range of its tokens in ``Document/tokens``.
public struct Sentence: Sendable, Hashable {
    public var span: TextSpan
    public var tokens: Range<Int>
    /// Index of the paragraph it belongs to.
    public var paragraph: Int

    public init(span: TextSpan, tokens: Range<Int>, paragraph: Int) {
        self.span = span
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
