import LedeCore
import LedeHost

/// Fuzzes the article readers (HTML, Markdown, plain text with front matter): any bytes load
/// without a crash, twice the same way, into articles whose target spans lie inside their text.
/// Run with a short `-timeout` so a reader that turns super-linear is caught too.
enum LoadFuzzTarget {
    @Sendable static func html(_ bytes: UnsafeRawBufferPointer) { run(Array(bytes), as: .html) }
    @Sendable static func markdown(_ bytes: UnsafeRawBufferPointer) { run(Array(bytes), as: .markdown) }
    /// Plain text that always opens with a `---` line, so the front matter parser sees every input.
    @Sendable static func frontMatter(_ bytes: UnsafeRawBufferPointer) { run(Array("---\n".utf8) + Array(bytes), as: .text) }

    static func run(_ bytes: [UInt8], as format: ArticleFormat) {
        let loader = ArticleLoader()
        let first = loader.read(bytes, path: "fuzz", format: format)
        let second = loader.read(bytes, path: "fuzz", format: format)
        TextFuzzTarget.check(first.diagnostics == second.diagnostics, "\(format) diagnostics differ between runs")
        TextFuzzTarget.check(first.articles.count == second.articles.count, "\(format) article count differs")
        TextFuzzTarget.check(first.articles.count <= 1, "\(format) gave several articles")
        for (a, b) in zip(first.articles, second.articles) {
            TextFuzzTarget.check(a.title == b.title && a.text == b.text, "\(format) text differs between runs")
            if let target = a.target {
                TextFuzzTarget.check(target.start >= 0 && target.end <= a.text.unicodeScalars.count, "target outside the text")
            }
        }
    }
}
