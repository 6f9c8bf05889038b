/// What the reader needs to know about an element's name, looked up once per element: the
/// name sets of ``HTMLDocument`` and ``ContentExtractor`` folded into bits.
struct ElementKind: OptionSet, Sendable {
    let rawValue: UInt16

    static let void = ElementKind(rawValue: 1 << 0)
    static let closesParagraph = ElementKind(rawValue: 1 << 1)
    static let heading = ElementKind(rawValue: 1 << 2)
    static let furniture = ElementKind(rawValue: 1 << 3)
    static let neverFurniture = ElementKind(rawValue: 1 << 4)
    static let inline = ElementKind(rawValue: 1 << 5)
    static let block = ElementKind(rawValue: 1 << 6)
    static let group = ElementKind(rawValue: 1 << 7)
    /// Elements ``HTMLMetadata`` reads.
    static let metadata = ElementKind(rawValue: 1 << 8)
    /// Elements whose content is raw text (`script`, `style`…).
    static let rawText = ElementKind(rawValue: 1 << 9)
    /// Elements that an opening sibling closes (`li`, `td`…).
    static let closedBySibling = ElementKind(rawValue: 1 << 10)

    private static let table: [String: ElementKind] = {
        var table: [String: ElementKind] = [:]
        let sets: [(Set<String>, ElementKind)] = [
            (HTMLDocument.voidElements, .void), (HTMLDocument.closesParagraph, .closesParagraph),
            (HTMLDocument.headings, .heading), (ContentExtractor.furnitureElements, .furniture),
            (ContentExtractor.neverFurniture, .neverFurniture), (ContentExtractor.inlineElements, .inline),
            (ContentExtractor.blockElements, .block), (ContentExtractor.groupElements, .group),
            (HTMLMetadata.elements, .metadata), (HTMLTokenizer.rawTextElements, .rawText),
            (Set(HTMLDocument.closedBySibling.keys), .closedBySibling),
        ]
        for (names, kind) in sets {
            for name in names { table[name, default: []].insert(kind) }
        }
        return table
    }()

    init(rawValue: UInt16) { self.rawValue = rawValue }

    init(name: String) { self = Self.table[name] ?? [] }
}
