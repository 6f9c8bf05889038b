/// A token of news text with its scalar span.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Letters, with inner apostrophes, hyphens and abbreviation dots (`U.S.`, `Mr.`, `don't`).
        case word
        /// Digits with inner separators (`1,200`, `3.5`, `1996-08-30`).
        case number
        /// A quotation mark of any style (`"`, `“`, `”`, `'`, `‘`, `’`, `«`, `»`).
        case quote
        /// Any other punctuation or symbol.
        case punctuation
    }

    public var span: TextSpan
    public var kind: Kind

    public init(span: TextSpan, kind: Kind) {
        self.span = span
        self.kind = kind
    }

    public var start: Int { span.start }
    public var end: Int { span.end }
    public var length: Int { span.length }
}
