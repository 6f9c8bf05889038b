/// The recogniser's BIO tags over the four CoNLL labels: `O`, then `B-` and `I-` of each label.
package enum NERTag {
    /// Number of tags: `O` plus `B-`/`I-` for PERSON, ORG, LOC, MISC.
    package static let count = 9
    /// The `O` tag.
    package static let outside = 0
    /// Labels in tag order.
    package static let labels: [EntityLabel] = [.person, .organization, .location, .miscellaneous]

    /// The `B-` tag of a label.
    @inline(__always) package static func begin(_ label: Int) -> Int { 1 + 2 * label }
    /// The `I-` tag of a label.
    @inline(__always) package static func inside(_ label: Int) -> Int { 2 + 2 * label }
    /// The label index of a tag, or -1 for `O`.
    @inline(__always) package static func label(_ tag: Int) -> Int { tag == 0 ? -1 : (tag - 1) / 2 }
    /// Whether the tag is an `I-` tag.
    @inline(__always) package static func isInside(_ tag: Int) -> Bool { tag != 0 && (tag - 1) % 2 == 1 }

    /// Whether `tag` may follow `previous`: an `I-X` only continues a `B-X` or `I-X`.
    @inline(__always) package static func isAllowed(_ tag: Int, after previous: Int) -> Bool {
        !isInside(tag) || (previous != 0 && label(previous) == label(tag))
    }

    /// The label index of a CoNLL label.
    package static func index(of label: EntityLabel) -> Int {
        switch label {
        case .person: return 0
        case .organization: return 1
        case .location: return 2
        case .miscellaneous: return 3
        }
    }

    /// Names for reports: `O`, `B-PERSON`, ….
    package static func name(_ tag: Int) -> String {
        tag == 0 ? "O" : (isInside(tag) ? "I-" : "B-") + labels[label(tag)].rawValue
    }
}
