import LedeCore
import LedeKit

/// The batch JSON of a stance analysis: `{relations, tone, target}`.
enum StanceJSON {
    static func encode(_ analysis: StanceAnalysis, document: Document) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("relations", .array(analysis.relations.map(relation))),
            ("alignments", .array(analysis.alignments.map(alignment))),
            ("tone", .array(analysis.tone.map(tone))),
        ]
        if let target = analysis.target { fields.append(("target", self.target(target, document: document))) }
        return .object(fields)
    }

    static func target(_ stance: TargetStance, document: Document) -> JSONValue {
        .object([
            ("text", .string(stance.text)),
            ("start", .int(stance.target.start)),
            ("end", .int(stance.target.end)),
            ("polarity", .string(stance.polarity.rawValue)),
            ("score", .double(rounded(stance.score))),
            ("probabilities", .object(zip(TargetPolarityModel.classes, stance.probabilities).map {
                ($0.rawValue, .double(rounded($1)))
            })),
            ("evidence", .string(document.text(stance.evidence))),
            ("evidence_start", .int(stance.evidence.start)),
            ("evidence_end", .int(stance.evidence.end)),
            ("cues", .array(stance.cues.map { .string($0) })),
        ])
    }

    static func relation(_ relation: StanceRelation) -> JSONValue {
        .object([
            ("source", .string(relation.source)),
            ("target", .string(relation.target)),
            ("polarity", .string(relation.polarity.rawValue)),
            ("score", .double(rounded(relation.score))),
            ("evidence", .array(relation.evidence.map(evidence))),
        ])
    }

    static func alignment(_ alignment: StanceAlignment) -> JSONValue {
        .object([
            ("first", .string(alignment.first)),
            ("second", .string(alignment.second)),
            ("aligned", .bool(alignment.aligned)),
            ("basis", .string(alignment.basis)),
            ("evidence", .array(alignment.evidence.map(evidence))),
        ])
    }

    static func tone(_ tone: EntityTone) -> JSONValue {
        .object([
            ("entity", .string(tone.entity)),
            ("label", .string(tone.label)),
            ("polarity", .string(tone.polarity.rawValue)),
            ("score", .double(rounded(tone.score))),
            ("author", counts(tone.authorCounts)),
            ("quoted", counts(tone.quotedCounts)),
            ("evidence", .array(tone.evidence.map(evidence))),
        ])
    }

    static func evidence(_ evidence: StanceEvidence) -> JSONValue {
        .object([
            ("start", .int(evidence.span.start)),
            ("end", .int(evidence.span.end)),
            ("text", .string(evidence.text)),
            ("rule", .string(evidence.rule)),
            ("polarity", .string(evidence.polarity.rawValue)),
            ("score", .double(rounded(evidence.score))),
        ])
    }

    static func counts(_ counts: [Int]) -> JSONValue {
        .object(zip(TargetPolarityModel.classes, counts).map { ($0.rawValue, .int($1)) })
    }

    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
