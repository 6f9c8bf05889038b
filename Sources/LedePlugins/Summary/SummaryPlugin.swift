import Foundation
import LedeCore
import LedeKit

/// The built-in summary plugin: the few sentences that carry the story, and its key phrases.
public struct SummaryPlugin: CommandPlugin {
    /// Whether entity salience comes from the entities plugin (when it is loaded) rather than
    /// from name-like words.
    public var usesEntities: Bool

    public init(usesEntities: Bool = true) {
        self.usesEntities = usesEntities
    }

    public var descriptor: PluginDescriptor {
        PluginDescriptor(
            name: "summary", version: "1.0.0",
            summary: "Extractive summaries and key phrases",
            dependencies: usesEntities ? ["entities"] : [],
            commands: [Self.summaryCommand, Self.keywordsCommand])
    }

    public func analyze(_ document: Document, context: any AnalysisContext) throws -> SummaryAnalysis {
        // Entity salience from the entities plugin when it is there; name-like words otherwise.
        let entities = usesEntities ? try context.optionalOutput(of: EntitiesPlugin(), for: document) : nil
        return SummaryBuilder(document: document, stopwords: Stopwords.shared).analysis(entities: entities)
    }

    public func encode(_ output: SummaryAnalysis, document: Document) -> JSONValue {
        let sentences = output.select().map { chosen -> JSONValue in
            let span = chosen.candidate.span
            return .object([
                ("start", .int(span.start)), ("end", .int(span.end)), ("text", .string(document.text(span))),
                ("score", .double(Self.rounded(chosen.candidate.score))),
            ])
        }
        let keywords = output.keywords.prefix(10).map { JSONValue.string($0.text) }
        return .object([("sentences", .array(sentences)), ("keywords", .array(Array(keywords)))])
    }

    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

/// Builds a ``SummaryAnalysis``: trims and filters sentences, then scores them.
struct SummaryBuilder {
    let document: Document
    let stopwords: Set<String>

    func analysis(entities: EntityAnalysis? = nil) -> SummaryAnalysis {
        let index = TermIndex(document, stopwords: stopwords)
        let quotes = QuoteRegions(document)
        var candidates: [SummaryCandidate] = []
        var vectors: [SparseVector] = []
        candidates.reserveCapacity(document.sentences.count)
        vectors.reserveCapacity(document.sentences.count)
        let sentences = document.sentences
        for (i, sentence) in sentences.enumerated() {
            let opensParagraph = i == 0 || sentences[i - 1].paragraph != sentence.paragraph
            let start = SentenceTrimmer.contentStart(document, sentence, opensParagraph: opensParagraph, stopwords: stopwords)
            let range = start..<sentence.tokens.upperBound
            var candidate = candidate(i, range, quotes: quotes)
            if candidate.exclusion == nil, let headline = document.headline, headline.contains(sentence.span.start) {
                candidate.exclusion = .heading
            }
            if candidate.exclusion == nil && start == sentence.tokens.lowerBound
                && SentenceTrimmer.opensWithCaptionLabel(document, range)
            {
                candidate.exclusion = .caption
            }
            candidates.append(candidate)
            vectors.append(index.vector(range))
        }
        let salience = entities.flatMap { EntitySalience(entities: $0, document: document) }
            ?? EntitySalience(index: index, vectors: vectors, document: document)
        // The headline, when the article has one, says what the story is about.
        let title = document.article.title.isEmpty
            ? document.headline.map { index.vector(document.tokenIndex(atOrAfter: $0.start)..<document.tokenIndex(atOrAfter: $0.end)) }
            : index.vector(of: document.article.title)
        SentenceScorer().score(&candidates, vectors: vectors, terms: index.terms.count, salience: salience.scores,
                               title: title ?? SparseVector())
        applyQuoteRule(&candidates)
        for i in candidates.indices where candidates[i].exclusion == nil { candidates[i].names = salience.names[i] }
        let keywords = KeywordExtractor(document: document, index: index).keyphrases()
        return SummaryAnalysis(candidates: candidates, keywords: keywords, vectors: vectors)
    }

    private func candidate(_ i: Int, _ range: Range<Int>, quotes: QuoteRegions)
        -> SummaryCandidate
    {
        let tokens = document.tokens
        let text = document.scalars
        guard !range.isEmpty else {
            let span = document.sentences[i].span
            return SummaryCandidate(sentence: i, span: span, words: 0, exclusion: .fragment, isQuote: false,
                                    position: 0, centrality: 0, salience: 0, score: 0, names: [])
        }
        let span = TextSpan(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
        var words = 0
        var quoted = 0
        var attributed = false
        var lastTerminal: Unicode.Scalar?
        for t in range {
            let token = tokens[t]
            switch token.kind {
            case .word, .number:
                words += 1
                if quotes.inside[t] {
                    quoted += 1
                } else if token.kind == .word && Lexicon.summarySpeechWords.contains(document.lowercaseTokens[t]) {
                    attributed = true
                }
                // `… in Washington D.C.` ends on the abbreviation's dot.
                lastTerminal = token.kind == .word && token.length > 1 && text[token.end - 1] == "." ? "." : nil
            case .punctuation:
                let c = text[token.start]
                if c == "." || c == "!" || c == "?" || c == "…" { lastTerminal = c } else if c != ")" { lastTerminal = nil }
            case .quote:
                break
            }
        }
        let isQuote = words > 0 && quoted * 4 >= words * 3
        let lower = LowercaseText(document, span)
        var exclusion = BoilerplateFilter.exclusion(
            lower: lower, words: words, endsWithTerminal: lastTerminal != nil,
            endsWithQuestion: lastTerminal == "?" && !isQuote,
            isLastInDocument: i + 1 == document.sentences.count)
        if exclusion == nil && isQuote && !attributed { exclusion = .unattributedQuote }
        if exclusion == nil && words > 40 && SentenceTrimmer.captionMarkers.contains(where: { lower.contains($0) }) {
            exclusion = .caption
        }
        return SummaryCandidate(sentence: i, span: span, words: words, exclusion: exclusion, isQuote: isQuote,
                                position: 0, centrality: 0, salience: 0, score: 0, names: [])
    }

    /// An attributed quote enters only when it is central: at least as central as the median
    /// eligible sentence.
    private func applyQuoteRule(_ candidates: inout [SummaryCandidate]) {
        let central = candidates.filter { $0.exclusion == nil }.map(\.centrality).sorted()
        guard !central.isEmpty else { return }
        let median = central[central.count / 2]
        for i in candidates.indices where candidates[i].exclusion == nil && candidates[i].isQuote {
            if candidates[i].centrality < median { candidates[i].exclusion = .peripheralQuote }
        }
    }
}

/// The stopword list shipped as `summary-stopwords.txt`, read once.
enum Stopwords {
    static let shared: Set<String> = {
        let fallback = Lexicon.fallbackStopwords.words
        guard let text = ResourceStore.text("summary-stopwords.txt") else { return fallback }
        var words = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let word = line.trimmingCharacters(in: .whitespaces)
            if !word.isEmpty { words.insert(word) }
        }
        return words.isEmpty ? fallback : words
    }()
}
