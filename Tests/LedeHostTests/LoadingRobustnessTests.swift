import Foundation
import LedeCore
import Testing

@testable import LedeHost

@Suite("Loading odd text without crashing")
struct LoadingRobustnessTests {
    /// Deterministic pseudo-random bytes biased towards markup and JSON punctuation.
    static func noise(seed: UInt64, count: Int) -> [UInt8] {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1
        let alphabet = Array("<>/&#;x{}[]\":,-\\ \n\tp!a*_`()=abc".utf8) + [0xC3, 0xA9, 0xE2, 0x80, 0x9C, 0xFF, 0x1B]
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return alphabet[Int((state >> 33) % UInt64(alphabet.count))]
        }
    }

    @Test("every reader survives noise, odd Unicode and degenerate input")
    func noiseInput() {
        let loader = ArticleLoader(options: .init(home: nil))
        var inputs: [[UInt8]] = (0..<200).map { Self.noise(seed: UInt64($0), count: 1 + $0 * 7) }
        inputs += [
            "---", "---\n---", "---\n:\n---\n", "#", "# ", "<", "<!--", "<a href=\"", "&#", "&#x;", "[", "{", "[{",
            "\"", "![", "[a](", "```", "\u{301}\u{301}", "👍🏽", String(repeating: "\n", count: 50),
            String(repeating: "[", count: 5000), String(repeating: "<b>", count: 2000),
        ].map { Array($0.utf8) }
        for bytes in inputs {
            var result = LoadResult()
            for format in ArticleFormat.allCases + [nil] {
                loader.read(bytes, path: "noise", format: format, into: &result)
            }
        }
    }

    @Test("titles guessed from long or odd openings are short and clean")
    func titleGuess() {
        #expect(TitleGuess.title(fromBody: "  \n Short line\nrest") == "Short line")
        let long = String(repeating: "word ", count: 40)
        let title = TitleGuess.title(fromBody: long)
        #expect(title.hasSuffix("…"))
        #expect(title.unicodeScalars.count <= TitleGuess.maximumLength)
        #expect(!title.contains("  "))
        #expect(TitleGuess.title(fromBody: String(repeating: "é", count: 100)).unicodeScalars.count == 80)
        #expect(TitleGuess.title(fromBody: "") == "")
    }
}
