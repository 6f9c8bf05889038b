import LedeCore

/// How quote attribution reads the speech cues of ``Lexicon``: each cue's kind, and the two-word
/// cues.
enum QuoteLexicon {
    /// How a cue word introduces speech.
    enum CueKind: Sendable {
        /// `said`, `added`, `wrote`: the speaker may stand before or after it (`said Trump`).
        case speech
        /// `told`, `asked`, `warned`: the speaker stands before it; what follows is the listener.
        case speechNoInversion
        /// `called`, `described`, `dubbed`: introduces a quoted fragment (`called it a "disaster"`).
        case naming
        /// `saying`, `adding`, `noting`: the speaker is the subject of the clause it hangs on.
        case participle
    }

    /// The kind of every speech cue in ``Lexicon``.
    static let cues: [String: CueKind] = {
        var table: [String: CueKind] = [:]
        for word in Lexicon.speechVerbs.entries { table[word] = .speech }
        for word in Lexicon.listenerSpeechVerbs.entries { table[word] = .speechNoInversion }
        for word in Lexicon.namingVerbs.entries { table[word] = .naming }
        for word in Lexicon.speechParticiples.entries { table[word] = .participle }
        return table
    }()

    /// Two-word cues: a verb and the particle that makes it speech (`fired back`, `went on`).
    static let particleCues: [String: Set<String>] = [
        "fired": ["back"], "fires": ["back"], "shot": ["back"], "pushed": ["back"], "hit": ["back"], "went": ["on"],
        "goes": ["on"], "chimed": ["in"], "weighed": ["in"], "spoke": ["out", "about", "of"], "speaks": ["about", "of"],
        "lashed": ["out"], "pointed": ["out"], "points": ["out"], "summed": ["up"], "talked": ["about", "of", "up"],
        "talks": ["about", "of", "up"], "talking": ["about"], "wrote": ["about", "of"], "puts": ["it"], "put": ["it"],
        "found": ["that"], "finds": ["that"],
    ]
}
