/// How far the quote rules look for their evidence, in tokens unless the name says words or
/// scalars. Evidence stays local, and the cost of each quote stays bounded on long documents.
enum SearchWindow {
    // MARK: - Around a quote

    /// Tokens read back from an opening mark for the words before the quote.
    static let beforeQuote = 60
    /// Tokens read on from a closing mark for the words after the quote.
    static let afterQuote = 40
    /// Tokens after a closing mark (and its comma) searched for a trailing cue.
    static let trailingCue = 30
    /// A cue this many tokens after a comma-ended quote is its outer source (`…," the Sentinel
    /// reported`), preferred to a cue before the quote.
    static let closeTrailingCue = 6
    /// Tokens between a leading cue and the quote that still make the cue tight (`said on
    /// Monday: "…"`); more and the quote is embedded in the cue's clause.
    static let tightLeadingGap = 3
    /// Tokens after a comma cue that still close the clause (`"…," he said, smiling.`).
    static let shortTailAfterComma = 3
    /// Tokens after a cue that still close the clause (`said in a statement on Monday`).
    static let shortTail = 10
    /// Tokens between the tail's start and a described (not named) subject before its cue.
    static let describedSubjectOffset = 3
    /// Capitalised words of a transcript label (`WALLACE:`, `SEN. ANN DOW:`).
    static let transcriptLabel = 3
    /// Words from `issued`/`released` to the `statement` that makes it a cue.
    static let statementObject = 3
    /// Tokens read back from a colon for the sentence that introduces the quote.
    static let colonSentence = 60
    /// Words after a quote that still leave it at the end of its paragraph (`he said.`).
    static let paragraphTailWords = 12

    // MARK: - Speaker phrases

    /// Tokens read back inside an appositive (`Hugh Hill, a doctor in Leeds, said`).
    static let appositive = 24
    /// Tokens read back inside a parenthetical (`(D-Md.)`).
    static let parenthetical = 10
    /// Words of a described speaker after an inverted cue (`said a 2008 campaign veteran`).
    static let describedSpeakerAfterCue = 9
    /// Words of a described speaker read back from its last word (`the former secretary`).
    static let describedSpeakerBeforeCue = 7
    /// Tokens read back for the owner of a relative `who` (`Smith, who said`).
    static let relativeOwner = 8

    // MARK: - Sentence subjects

    /// Tokens of an introductory clause before the subject (`Speaking to reporters on Monday,`).
    static let introduction = 14
    /// Words that may follow a town in an introduction before its state (`in Salem, New Hampshire,`).
    static let stateAfterTown = 4
    /// Tokens of an unmarked dateline's agency (`WASHINGTON (AFP) –`).
    static let datelineAgency = 8
    /// Capitalised words of a name that opens a sentence.
    static let openingName = 5
    /// Words of a described subject after its determiner (`The city's chief engineer`).
    static let openingDescription = 4
    /// Tokens of a name run that opens a sentence, role words included (`Union leader Sanne de Vries`).
    static let openingNameRun = 7
    /// Tokens from a possessive to the comma before its appositive (`Sunda Air's founder, Putri Halim`).
    static let possessiveAppositive = 8

    // MARK: - Speaker resolution (in scalars unless said)

    /// Scalars back from a phrase within which an entity mention may cover it.
    static let mentionLookBack = 200
    /// Scalars within which the last speaker is still the one `he`, `she` or `it` means when
    /// the entities plugin knows the article's people.
    static let recentSpeaker = 1500
    /// Scalars within which the last speaker is still the one a pronoun means without entities.
    static let recentSpeakerWithoutEntities = 3000
    /// Person mentions read back for a pronoun's antecedent.
    static let antecedentMentions = 40
    /// Sentences before a pronoun's own searched for its antecedent in subject position.
    static let subjectSentences = 2

    // MARK: - Reported speech

    /// Tokens after a cue searched for `that` or the start of the reported clause.
    static let reportedClauseStart = 8
    /// Tokens after a closing cue that may still follow it (`…, Trump said on Monday.`).
    static let closingCueTail = 3

    // MARK: - Token reading

    /// Tokens either side of a capitalised word searched for the same word in lower case.
    static let commonWordSearch = 3000
}
