import Foundation
import LedeCore

extension ArticleLoader {
    /// Whether a `load` argument is a web address rather than a path.
    public static func isURL(_ argument: String) -> Bool {
        let lowered = argument.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// The URLs of a `--urls` file: one a line; blank lines, lines starting with `#` and
    /// ` # comments` after a URL are skipped (a `#` inside a URL is its fragment).
    public static func urls(inList text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            var content = line.trimmingSpaces
            if content.hasPrefix("#") { return nil }
            if let comment = content.firstRange(of: " #") ?? content.firstRange(of: "\t#") {
                content = content[..<comment.lowerBound].trimmingSpaces
            }
            return content.isEmpty ? nil : String(content)
        }
    }

    /// Fetches and reads web pages; each failure is one error naming the URL, the others load.
    /// An article keeps the page's canonical URL (else the address it was fetched from) as `url`,
    /// the address as given as `path`, and the time of the fetch as `fetched` (ISO 8601, UTC).
    public func loadURLs(
        _ urls: [String], fetcher: WebFetcher, progress: ((Int, Int) -> Void)? = nil,
        isCancelled: () -> Bool = { false }
    ) -> LoadResult {
        var result = LoadResult()
        let pages = fetcher.fetch(urls, progress: progress, isCancelled: isCancelled)
        if isCancelled() { result.interrupted = true }
        let stamp = ISO8601DateFormatter()
        for (url, page) in zip(urls, pages) {
            result.filesRead += 1
            switch page {
            case .failure(.cancelled) where result.interrupted:
                continue
            case .failure(let failure):
                result.diagnostics.append(LoadDiagnostic(.error, path: url, failure.message))
            case .success(let page):
                var read = LoadResult()
                self.read(page.bytes, path: url, format: .html, charset: page.charset, into: &read)
                result.diagnostics.append(contentsOf: read.diagnostics)
                for var article in read.articles {
                    if article.metadata("url") == nil {
                        let at = article.metadata.firstIndex { $0.key == "path" } ?? article.metadata.count
                        article.metadata.insert((key: "url", value: page.finalURL), at: at)
                    }
                    article.metadata.append((key: "fetched", value: stamp.string(from: page.fetched)))
                    result.articles.append(article)
                }
            }
        }
        return result
    }
}
