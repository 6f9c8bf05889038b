import Testing

@testable import LedePlugins

@Suite("Quotes: the attribution rules and their order")
struct QuotesRuleListTests {
    // MARK: - Steps

    @Test("the sentence steps run in the documented order")
    func sentenceOrder() {
        #expect(
            QuoteAttributor.sentenceSteps.map(\.name) == [
                "transcript-label", "cue-after-comma", "cue-before", "cue-after", "cue-in-sentence", "cue-after-sentence",
            ])
    }

    @Test("the context steps run in the documented order")
    func contextOrder() {
        #expect(
            QuoteAttributor.contextSteps.map(\.name) == [
                "colon-sentence", "dash-next-paragraph", "continued-quote", "previous-quote", "next-quote",
                "previous-paragraph", "previous-sentence", "sentence-subject",
            ])
    }

    @Test("every step has its own name and reports at least one rule")
    func stepsAreDistinct() {
        let names = QuoteAttributor.sentenceSteps.map(\.name) + QuoteAttributor.contextSteps.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(QuoteAttributor.sentenceSteps.allSatisfy { !$0.rules.isEmpty })
        #expect(QuoteAttributor.contextSteps.allSatisfy { !$0.rules.isEmpty })
    }

    @Test("every rule but the indirect ones and 'unattributed' is reported by some step")
    func rulesAreReachable() {
        let reported = Set(QuoteAttributor.sentenceSteps.flatMap(\.rules) + QuoteAttributor.contextSteps.flatMap(\.rules))
        let elsewhere: Set<AttributionRule> = [.indirect, .indirectParticiple, .indirectTrailing, .unattributed]
        #expect(reported == Set(AttributionRule.allCases).subtracting(elsewhere))
    }

    // MARK: - Rules

    @Test("the rule names are the ones quotes report")
    func ruleNames() {
        #expect(
            AttributionRule.allCases.map(\.name) == [
                "transcript-label", "cue-before", "said-speaker", "speaker-said", "according-to", "dash", "cue-in-sentence",
                "colon-intro", "colon-name", "continued-quote", "same-paragraph", "previous-paragraph", "previous-sentence",
                "sentence-subject", "indirect", "indirect-participle", "indirect-trailing", "unattributed",
            ])
    }

    @Test("every rule has a distinct name and a confidence in (0, 1]")
    func ruleConfidences() {
        let names = AttributionRule.allCases.map(\.name)
        #expect(Set(names).count == names.count)
        for rule in AttributionRule.allCases {
            #expect(rule.confidence > 0 && rule.confidence <= 1, "\(rule.name)")
            if let weaker = rule.weakerConfidence {
                #expect(weaker > 0 && weaker < rule.confidence, "\(rule.name)")
            }
        }
    }

    @Test("a quote that no rule attributes has the lowest confidence")
    func unattributedIsLowest() {
        let others = AttributionRule.allCases.filter { $0 != .unattributed }
        #expect(others.allSatisfy { ($0.weakerConfidence ?? $0.confidence) > AttributionRule.unattributed.confidence })
    }
}
