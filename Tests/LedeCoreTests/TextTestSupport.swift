import LedeCore

/// Small helpers shared by the text core suites.
enum TextTestSupport {
    static func document(_ text: String) -> Document {
        Document(Article(id: "t", title: "", text: text))
    }

    static func tokens(_ text: String) -> [String] {
        let document = document(text)
        return document.tokens.map { document.text($0) }
    }

    static func sentences(_ text: String) -> [String] {
        let document = document(text)
        return document.sentences.map { document.text($0.span) }
    }
}
