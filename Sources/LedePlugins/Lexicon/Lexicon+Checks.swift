import LedeCore

/// What the lexicon tests check across the core's and the built-in plugins' lists.
extension Lexicon {
    /// Every list of the lexicon, the core's and the plugins'.
    static let allLists: [WordList] =
        coreLists + [
            // Grammar
            beForms, passiveAuxiliaries, targetLinks,
            // Quotes
            speakerPronouns, determiners, speakerAuxiliaries, phraseBreakers, writings, sentenceAdverbs, nounMarkers,
            timeWords, nameTitles, roleWords, titleContext, scareContext, clauseOpeners, introWords, venuePrepositions,
            objectPrepositions, placePrepositions, modals, minorWords, titleLeaders, bareClauseCues, quoteCalendarWords,
            speakerMatchTitles, nameParticles, titlePrepositions, agentNouns, agentLinks,
            // Entities
            organisationHeads, organisationNameHeads, stormWords, nameLinkWords, openingAdverbs, kinNouns, nameAuxiliaries, nameVerbs, roleHeads, roleModifiers, calendarWords, titlePrefixes, leaderHeads, organizationWords,
            stateHoldings, stateTitles, placeNouns, genericHeads, placeNounOwners, acronymSkipWords, surnameParticles,
            organisationLinks, possessiveDeterminers,
            // Stance
            negativeVerbs, positiveVerbs, weakRelationVerbs, doublingVerbs, topicWords, clauseBreakers, nounDeterminers,
            nounLinks, subjectStops, themeStops, verbCues, opaqueSubjects, malePronouns, femalePronouns, targetPronouns,
            thirdPersonPronouns, verbCoordinators, copulas, negations, stanceSpeechWords, judgingNamingVerbs, actorNonNames, actorTitles,
            modifierPrepositions,
            // Summary
            summarySpeechWords, summarySentenceOpeners, titleLinkingWords, commonVerbs, genericNouns, fallbackStopwords,
        ] + roleSynonyms

    /// Lists that give a word roles that exclude each other, so they must share none.
    static let disjointLists: [(WordList, WordList)] =
        coreDisjointLists + [
            // A speaker is a pronoun or a described phrase, never both.
            (speakerPronouns, determiners),
            // A date is never a speaker; a time word after `said` is never its subject.
            (quoteCalendarWords, speakerPronouns),
            // A verb's stance is positive or negative.
            (positiveVerbs, negativeVerbs),
            // A pronoun's gender is one.
            (malePronouns, femalePronouns),
            // A participle cue is not among the verbs a speaker phrase skips.
            (speechCues, speakerAuxiliaries),
        ]
}
