/// A news article loaded into lede: its text and whatever metadata came with it.
///
/// Offsets everywhere in lede are Unicode-scalar offsets into ``text``, end exclusive.
public struct Article: Sendable, Hashable {
    /// A short stable identifier (`a1`, or the `id` given by a JSON source).
    public var id: String
    public var title: String
    /// The body text that every analysis reads.
    public var text: String
    /// Extra fields in the order they were read (url, date, source, author, path, …).
    public var metadata: [(key: String, value: String)]
    /// An optional stance target span (batch mode: `target`, `target_start`, `target_end`).
    public var target: TextSpan?

    public init(
        id: String, title: String, text: String,
        metadata: [(key: String, value: String)] = [], target: TextSpan? = nil
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.metadata = metadata
        self.target = target
    }

    /// The first metadata value stored under `key`.
    public func metadata(_ key: String) -> String? {
        metadata.first { $0.key == key }?.value
    }

    public static func == (lhs: Article, rhs: Article) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && lhs.text == rhs.text && lhs.target == rhs.target
            && lhs.metadata.map(\.key) == rhs.metadata.map(\.key)
            && lhs.metadata.map(\.value) == rhs.metadata.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(text)
    }
}
