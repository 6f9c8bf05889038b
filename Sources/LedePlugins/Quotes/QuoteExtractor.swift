import LedeCore

/// The quotes analysis of one document: pairs the marks, attributes each quotation, labels its
/// kind, finds reported speech, and resolves every speaker.
struct QuoteExtractor {
    let document: Document
    let entities: EntityAnalysis?

    func analyze() -> QuoteAnalysis {
        let reader = TokenReader(document)
        let all = QuotePairing.passages(in: document.scalars, paragraphs: document.paragraphs)
        // Quotes in double marks are the direct quotes the batch lists; single marks count only in
        // an article that uses no other kind (British style).
        let singleIsPrimary = !all.contains { $0.depth == 0 && $0.style != .single }
        let passages = all.filter { $0.depth == 0 && reader.wordCount($0.content) > 0 }
        let attributor = QuoteAttributor(reader: reader, passages: passages)
        let attributions = attributor.attributeAll()
        let classifier = QuoteKindClassifier(reader: reader)
        var items: [(quote: Quote, phrase: SpeakerPhrase?)] = []
        items.reserveCapacity(passages.count)
        for (i, passage) in passages.enumerated() {
            let attribution = attributions[i]
            let kind = classifier.kind(of: passage, attribution: attribution, frame: attributor.frame(i))
            var quote = Quote(
                span: passage.span, content: passage.content, kind: kind,
                rule: (attribution?.rule ?? .unattributed).name,
                confidence: attribution?.confidence ?? AttributionRule.unattributed.confidence)
            quote.isPrimaryStyle = passage.style == .double || (passage.style == .single && singleIsPrimary)
            let speaks = kind == .speech || kind == .partial
            quote.cue = speaks ? attribution?.cueText : nil
            if speaks, let via = attribution?.via {
                quote.via = document.text(
                    TextSpan(reader.tokens[via.tokens.lowerBound].start, reader.tokens[via.tokens.upperBound - 1].end))
            }
            items.append((quote, speaks ? attribution?.phrase : nil))
        }
        let direct = items.map(\.quote)
        items += IndirectSpeechFinder(reader: reader, attributor: attributor, quotes: direct).find()
        items.sort { $0.quote.span.start != $1.quote.span.start ? $0.quote.span.start < $1.quote.span.start : $0.quote.span.end < $1.quote.span.end }

        var resolver = SpeakerResolver(reader: reader, entities: entities, quoted: passages.map(\.span))
        var quotes: [Quote] = []
        quotes.reserveCapacity(items.count)
        for (quote, phrase) in items {
            var quote = quote
            if let phrase {
                let span = TextSpan(reader.tokens[phrase.tokens.lowerBound].start, reader.tokens[phrase.tokens.upperBound - 1].end)
                quote.speakerSpan = span
                quote.speakerMention = document.text(span)
                let resolution = resolver.resolve(phrase)
                quote.speaker = resolution.speaker
                quote.speakerEntity = resolution.entity
            }
            quotes.append(quote)
        }
        return QuoteAnalysis(quotes: quotes)
    }
}
