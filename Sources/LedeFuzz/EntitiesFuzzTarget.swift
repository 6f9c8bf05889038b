import LedeCore
import LedePlugins

/// Fuzzes the entities analysis: any text gives name and role mentions inside the text, names
/// in order and non-overlapping, and every mention in a group of its own label.
enum EntitiesFuzzTarget {
    @Sendable static func run(_ bytes: UnsafeRawBufferPointer) {
        guard let model = NERModel.shipped else { fatalError("entities fuzz: no model resource") }
        let text = String(decoding: bytes, as: UTF8.self)
        let document = Document(Article(id: "fuzz", title: "", text: text))
        let analysis = EntitiesPlugin.analysis(of: document, model: model)
        var previousEnd = 0
        for item in analysis.spans {
            TextFuzzTarget.check(item.span.start >= previousEnd && item.span.end > item.span.start, "name spans overlap")
            TextFuzzTarget.check(item.span.end <= document.scalars.count, "name span out of bounds")
            TextFuzzTarget.check(item.entity >= 0 && item.entity < analysis.entities.count, "bad entity index")
            TextFuzzTarget.check(analysis.entities[item.entity].label == item.label, "group label differs")
            previousEnd = item.span.end
        }
        for entity in analysis.entities {
            TextFuzzTarget.check(!entity.mentions.isEmpty, "entity without mentions")
            for mention in entity.mentions {
                TextFuzzTarget.check(mention.span.start >= 0 && mention.span.end <= document.scalars.count, "mention out of bounds")
            }
        }
    }
}
