import Foundation
import Testing

/// A corpus at the prompt, in the one serialized suite of terminal tests.
extension InteractiveTests {
    @Test("at the prompt a corpus loads once, indexes, and draws a timeline's sparkline; reopened it is as it was")
    func corpusAtThePrompt() throws {
        let corpus = LedeRun.temporaryDirectory().appendingPathComponent("week.db").path
        let s = try start("--no-rc --corpus '\(corpus)'")
        s.type("load scripts/samples")
        s.keys("Enter")
        try s.waitFor("loaded 10 articles; current: 1:")
        s.type("load scripts/samples/05*")
        s.keys("Enter")
        try s.waitFor("0 new, 1 already loaded")
        s.type("index --with entities,quotes")
        s.keys("Enter")
        try s.waitFor("indexed 10 articles (20 analyses)")
        s.type("timeline Voss --by month")
        s.keys("Enter")
        try s.waitFor("Dragan Voss, mentions per month: █")
        s.type("use 4")
        s.keys("Enter")
        try s.waitFor("lede 4 ")
        // A second lede on the same file, while the first still has it open.
        let again = try start("--no-rc --corpus '\(corpus)'")
        try again.waitFor("lede 4 Court halts")
        again.type("index")
        again.keys("Enter")
        try again.waitFor("indexed 10 articles")
        again.type("index")
        again.keys("Enter")
        try again.waitFor("index: every analysis is there already")
    }
}
