import LedeCore

/// The cue after a quote: `"…," Trump said`, `"…," said Trump`, `"…" — Trump`.
extension QuoteAttributor {
    /// `"…," Trump said` / `"…," said Trump` / `"…" — Trump`. With `strict` (the quote ended its
    /// sentence) only a short closing tail counts (`"…." Trump said.`), not a new sentence.
    func trailingAttribution(_ f: QuoteFrame, strict: Bool, endsWithTerminal: Bool) -> Attribution? {
        var start = f.after.lowerBound
        while start < f.after.upperBound && (reader.isPunct(start, ",") || reader.isPunct(start, "(")) { start += 1 }
        guard start < f.after.upperBound else { return nil }
        if reader.isDash(start) {
            if let phrase = phrases.right(of: start, limit: f.after.upperBound), phrase.kind == .name {
                return Attribution(phrase: phrase, cue: start, cueText: "—", rule: .dash)
            }
            return nil
        }
        var t = start
        while t < f.after.upperBound && t < start + SearchWindow.trailingCue {
            if let (kind, according) = cueKind(t) {
                if strict && !isShortTail(after: t, end: f.after.upperBound) { return nil }
                if according {
                    guard let phrase = phrases.right(of: t + 1, limit: f.after.upperBound) else { return nil }
                    return Attribution(phrase: phrase, cue: t, cueText: "according to", rule: .accordingTo)
                }
                if t == start {
                    let w = reader.lower(t)
                    guard kind == .speech || (kind == .speechNoInversion && w != "told" && w != "tells"),
                        let phrase = phrases.right(of: t, limit: f.after.upperBound) else { return nil }
                    return Attribution(phrase: phrase, cue: t, cueText: reader.lower(t), rule: .saidSpeaker)
                }
                if kind == .participle || kind == .naming { return nil }
                // `"velvet gloves" in its dealings with Asia, said Nargis Kassenova.`
                if reader.isPunct(t - 1, ","), kind == .speech, !endsWithTerminal,
                    let phrase = phrases.right(of: t, limit: f.after.upperBound), phrase.kind != .pronoun
                {
                    return Attribution(phrase: phrase, cue: t, cueText: reader.lower(t), rule: .saidSpeaker, strength: .weaker)
                }
                guard let phrase = phrases.left(of: t, limit: start) else { return nil }
                // After a quote that ended its sentence the subject must open the tail
                // (`In a later vote, he warned` is a new clause); after a fragment, a closing
                // `…, the lawsuit says.` may come further on.
                let closesSentence = isShortTail(after: t, end: f.after.upperBound) && !startsQuote(f.after.upperBound)
                // `…, Ban said.` and `…," as Cruz said on Monday`: the source closes the sentence.
                let opener = phrase.tokens.lowerBound - 1
                if closesSentence, !endsWithTerminal, reader.isPunct(opener, ",") || reader.word(opener) == "as" {
                    return Attribution(phrase: phrase, cue: t, cueText: reader.lower(t), rule: .speakerSaid, strength: .weaker)
                }
                var k = start
                while k < phrase.tokens.lowerBound {
                    if reader.isPunct(k, ",") || reader.endsSentence(k) {
                        if endsWithTerminal || !closesSentence { return nil }
                    }
                    if let w = reader.word(k), Lexicon.clauseOpeners.contains(w) {
                        return nil
                    }
                    k += 1
                }
                if phrase.tokens.lowerBound - start > SearchWindow.describedSubjectOffset && phrase.kind != .name && !isShortTail(after: t, end: f.after.upperBound) {
                    return nil
                }
                return Attribution(phrase: phrase, cue: t, cueText: reader.lower(t), rule: .speakerSaid)
            }
            if reader.endsSentence(t) { return nil }
            t += 1
        }
        return nil
    }

    /// Whether token `t` is the opening mark of another quote (the frame stopped there).
    private func startsQuote(_ t: Int) -> Bool {
        t < reader.count && reader.tokens[t].kind == .quote
    }

    /// The cue at `t` ends its clause: nothing follows, or a time, place or manner phrase
    /// (`said on Monday`, `said in a statement`), never `said that …`.
    private func isShortTail(after t: Int, end: Int) -> Bool {
        if t + 1 >= end { return true }
        if reader.isPunct(t + 1, ",") { return end - t <= SearchWindow.shortTailAfterComma }
        guard let next = reader.word(t + 1) else { return true }
        if next == "that" { return false }
        return end - t <= SearchWindow.shortTail
    }
}
