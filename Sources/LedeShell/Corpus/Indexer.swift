import CEditLine
import Dispatch
import Foundation
import LedeCore
import LedeCorpus
import LedeHost
import LedeKit
import Synchronization

/// Computes the analyses a corpus lacks, on several threads, and stores them a chunk at a time:
/// what is stored stays stored when lede is stopped (Ctrl-C, a crash, `kill -9`), so the next
/// run goes on from there.
struct Indexer {
    let shell: Shell
    let plugins: [AnyPlugin]
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Draw a progress bar (at a terminal) when there are at least this many articles to do.
    var progressMinimum = 200

    struct Outcome {
        var analysed = 0
        var computed = 0
        var failures: [String] = []
        var interrupted = false
        var seconds = 0.0
        var words = 0
    }

    /// How many articles are read and analysed together; each chunk is one transaction.
    static let chunk = 128

    /// Analyses every article of `ids` (all when nil) that lacks one of the plugins' analyses.
    func run(ids: [String]?) throws(LedeError) -> Outcome {
        let corpus = shell.session.corpus
        var needed: [String: [AnyPlugin]] = [:]
        for plugin in plugins {
            for id in try corpus.missing(plugin: plugin.name, version: plugin.descriptor.version, among: ids) {
                needed[id, default: []].append(plugin)
            }
        }
        let work = needed.keys.sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }
        var outcome = Outcome()
        guard !work.isEmpty else { return outcome }
        let started = ContinuousClock.now
        let progress = ProgressBar(enabled: shell.options.terminalOutput, unit: "articles", minimum: progressMinimum)
        var done = 0
        for start in stride(from: 0, to: work.count, by: Self.chunk) {
            if shell.isInterrupted {
                outcome.interrupted = true
                break
            }
            let slice = Array(work[start..<min(start + Self.chunk, work.count)])
            let articles = try corpus.articles(ids: slice)
            let results = Self.analyse(articles, needed: needed, jobs: jobs, plugins: plugins)
            var stored: [StoredAnalysis] = []
            for result in results {
                stored += result.analyses
                outcome.failures += result.failures
                outcome.words += result.words
            }
            try corpus.store(stored)
            outcome.computed += stored.count
            outcome.analysed += articles.count
            done += slice.count
            progress.update(done, of: work.count)
        }
        progress.finish()
        let elapsed = started.duration(to: .now).components
        outcome.seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        return outcome
    }

    struct ArticleResult: Sendable {
        var analyses: [StoredAnalysis] = []
        var failures: [String] = []
        var words = 0
    }

    /// Analyses a chunk on `jobs` threads; each thread has its own cache, so nothing of the chunk
    /// outlives it but the JSON.
    static func analyse(
        _ articles: [Article], needed: [String: [AnyPlugin]], jobs: Int, plugins: [AnyPlugin]
    ) -> [ArticleResult] {
        let results = ParallelSlots<ArticleResult>(count: articles.count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, articles.count))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < articles.count else { return }
                let article = articles[index]
                let cache = AnalysisCache(plugins: plugins, cancelled: { lede_sigint_pending() != 0 })
                let document = Document(article)
                var result = ArticleResult(words: document.wordCount)
                for plugin in needed[article.id] ?? [] {
                    do {
                        let json = try cache.json(ofPlugin: plugin.name, for: document)
                        result.analyses.append(
                            StoredAnalysis(
                                article: article.id, plugin: plugin.name, version: plugin.descriptor.version,
                                json: JSONWriter.string(json)))
                    } catch is InterruptedError {
                        break
                    } catch {
                        let message = (error as? any UserFacingError)?.message ?? String(describing: error)
                        result.failures.append("article \(article.id): \(plugin.name): \(message)")
                    }
                }
                results.store(result, at: index)
            }
        }
        return results.values
    }
}
