import LedeCore

/// Fuzzes the text core: any bytes, read as UTF-8, must give well-formed tokens, sentences,
/// paragraphs and furniture. A broken invariant stops the process so the fuzzer keeps the input.
enum TextFuzzTarget {
    @Sendable static func run(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        let document = Document(Article(id: "fuzz", title: "", text: text))
        let count = document.scalars.count
        var previousEnd = 0
        for token in document.tokens {
            check(token.start >= previousEnd && token.end > token.start && token.end <= count, "token out of order")
            previousEnd = token.end
        }
        var nextToken = 0
        for sentence in document.sentences {
            check(sentence.tokens.lowerBound == nextToken, "sentence skips or repeats tokens")
            check(!sentence.tokens.isEmpty && sentence.tokens.upperBound <= document.tokens.count, "empty sentence")
            check(sentence.paragraph >= 0 && sentence.paragraph < document.paragraphs.count, "bad paragraph index")
            check(document.paragraphs[sentence.paragraph].contains(sentence.span), "sentence outside its paragraph")
            nextToken = sentence.tokens.upperBound
        }
        check(nextToken == document.tokens.count, "tokens left outside sentences")
        var previousParagraph = 0
        for paragraph in document.paragraphs {
            check(paragraph.start >= previousParagraph && paragraph.end <= count && !paragraph.isEmpty, "bad paragraph")
            previousParagraph = paragraph.end
        }
        let furniture = document.furniture
        for span in [furniture.headline, furniture.byline, furniture.dateline, furniture.datelinePlace].compactMap({ $0 })
            + furniture.captions
        {
            check(span.start >= 0 && span.end <= count && span.start <= span.end, "furniture out of bounds")
        }
        for sentence in document.sentences { _ = document.text(sentence.span) }
    }

    static func check(_ condition: Bool, _ message: String) {
        if !condition { fatalError("text fuzz: \(message)") }
    }
}
