import Foundation
import Testing

/// Bad input at the prompt: one clear line naming the file, nothing loaded is lost, lede goes on.
@Suite("Bad input through the real binary")
struct BadInputTests {
    func folder(_ files: [String: Data]) throws -> URL {
        let dir = LedeRun.temporaryDirectory()
        for (name, data) in files { try data.write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    @Test("a folder of good and bad files loads the good ones and names each bad one")
    func mixedFolder() throws {
        var binary = Data("PK".utf8)
        binary.append(contentsOf: [0, 0, 1, 2, 0, 0xFF, 0xFE, 0, 0, 0])
        let dir = try folder([
            "good.txt": Data("---\ntitle: Harbour reopens\n---\nThe harbour reopened on Monday.\n".utf8),
            "empty.txt": Data(),
            "binary.txt": binary,
            "latin1.txt": Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x73, 0x2E, 0x0A]),
            "feed.jsonl": Data("{\"id\": \"x1\", \"title\": \"One\", \"text\": \"First story.\"}\n{broken\n{\"id\": \"x3\", \"text\": \"Third story.\"}\n".utf8),
        ])
        let run = try LedeRun.run(["-c", "load \(dir.path); list --format tsv"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let rows = run.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 4)  // good, latin1, and two JSONL lines
        #expect(run.stderr.contains("empty.txt"))
        #expect(run.stderr.contains("binary.txt"))
        #expect(run.stderr.contains("latin1.txt"))
        #expect(run.stderr.contains("feed.jsonl:2"))
        for line in run.stderr.split(separator: "\n") {
            #expect(line.contains("warning") || line.contains("error"), "one line per problem: \(line)")
        }
    }

    @Test("a missing file is an error; what was loaded before stays")
    func missingFile() throws {
        let dir = try folder(["a.txt": Data("Title\nBody text.\n".utf8)])
        let run = try LedeRun.run([], input: "load \(dir.path)/a.txt\nload \(dir.path)/missing.txt\nlist --format tsv\n")
        #expect(run.status == 1)
        #expect(run.stderr.contains("missing.txt"))
        let piped = try LedeRun.run(
            ["--keep-going"], input: "load \(dir.path)/a.txt\nload \(dir.path)/missing.txt\nlist --format tsv\n")
        #expect(piped.stdout.contains("1\t*\tTitle"))
    }

    @Test("--max-size refuses a larger file with the reason")
    func maxSize() throws {
        let dir = try folder(["big.txt": Data(("Title\n" + String(repeating: "word ", count: 300_000)).utf8)])
        let run = try LedeRun.run(["-c", "load --max-size 1 \(dir.path)/big.txt"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("big.txt"))
        let bad = try LedeRun.run(["-c", "load --max-size lots \(dir.path)/big.txt"])
        #expect(bad.stderr.contains("--max-size"))
        let ok = try LedeRun.run(["-c", "load \(dir.path)/big.txt; info --format tsv"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("words\t300000"))
    }

    @Test("escape sequences and control characters in an article never reach the output raw")
    func hostileText() throws {
        let dir = try folder([
            "evil.txt": Data("Evil \u{1B}]0;pwned\u{07}title\nBody \u{1B}[2J\u{1B}[31mred\u{1B}[0m and a bell\u{07}.\n".utf8)
        ])
        let run = try LedeRun.run(["-c", "load \(dir.path)/evil.txt; show; list; find red"])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\u{1B}"))
        #expect(!run.stdout.contains("\u{07}"))
        #expect(run.stdout.contains("red"))
    }

    @Test("an unknown option suggests the closest one and the session goes on")
    func unknownOption() throws {
        let run = try LedeRun.run(["--keep-going"], input: "list --fromat json\necho still here\n")
        #expect(run.stderr.contains("unknown option '--fromat'"))
        #expect(run.stderr.contains("did you mean '--format'?"))
        #expect(run.stdout == "still here\n")
    }
}
