import Foundation
import LedeKit
import LedeHost

/// `lede bench-load PATH… [--runs N] [--jobs N]` (hidden, for `Benchmarks/bench-html.py`): loads the paths
/// N times in this process and prints the median time and throughput of `load` alone as one
/// `key=value` line, without process start-up or output.
enum LoadBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        var paths: [String] = []
        var runs = 5
        var jobs = ProcessInfo.processInfo.activeProcessorCount
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument == "--runs", let value = iterator.next().flatMap(Int.init), value > 0 {
                runs = value
            } else if argument == "--jobs", let value = iterator.next().flatMap(Int.init), value > 0 {
                jobs = value
            } else {
                paths.append(argument)
            }
        }
        guard !paths.isEmpty else {
            StandardStreams.err("usage: lede bench-load PATH… [--runs N] [--jobs N]\n")
            return 2
        }
        var options = ArticleLoader.Options()
        options.jobs = jobs
        let loader = ArticleLoader(options: options)
        var seconds: [Double] = []
        var bytes = 0
        var articles = 0
        for _ in 0..<runs {
            let clock = ContinuousClock()
            var result = LoadResult()
            let elapsed = clock.measure { result = loader.load(paths) }
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            articles = result.articles.count
            bytes = result.bytesRead
        }
        let median = seconds.sorted()[seconds.count / 2]
        let line = String(
            format: "bench-load: articles=%d bytes=%d jobs=%d runs=%d median_s=%.4f mb_per_s=%.1f\n", articles, bytes, jobs, runs, median,
            Double(bytes) / 1e6 / median)
        StandardStreams.out(line)
        return 0
    }
}
