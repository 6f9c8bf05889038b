import LedeCore

/// The forms of `be` and the auxiliaries of the passive, which quotes and stance both read.
extension Lexicon {
    /// The forms of `be` that make a participle after them passive (`was criticised`).
    static let beForms = WordList("be forms", ["was", "were", "been", "being", "is", "are", "be"])

    /// The auxiliaries of a passive: `be` and `get` (`were told`, `got called`).
    static let passiveAuxiliaries = beForms.union("passive auxiliaries", [WordList("get forms", ["get", "got", "gets"])])

    /// Prepositions after an attitudinal word that introduce its target (`support for`,
    /// `criticism of`), `with` aside.
    static let targetLinks = nounLinks.subtracting("target links", ["with"])
}
