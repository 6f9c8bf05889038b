import Foundation
import Testing

/// A corpus file as users meet it: across processes, under kill -9, beside a second lede.
@Suite("Corpus files in the real binary", .serialized)
struct CorpusEndToEndTests {
    static let samples = LedeRun.root.appendingPathComponent("scripts/samples").path

    /// `count` unique made-up articles as JSONL.
    static func articles(_ count: Int) throws -> String {
        let path = LedeRun.temporaryDirectory().appendingPathComponent("articles.jsonl").path
        var lines = ""
        for n in 0..<count {
            let text = """
                Mayor Ana Okafor of Portel said on Monday that talks on fishing quotas, round \(n), had stalled. \
                "We came with a fair offer, and Eriksen walked away," Okafor said. Lars Eriksen criticised Okafor over the delay. Rosa Duarte praised Okafor.
                """
            lines += #"{"id": "t\#(n)", "title": "Round \#(n)", "date": "2026-03-\#(n % 28 + 1)", "text": "\#(text.replacingOccurrences(of: "\"", with: "\\\""))"}"# + "\n"
        }
        try lines.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    static func field(_ name: String, in run: LedeRun) -> String? {
        for line in run.stdout.split(separator: "\n") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            if parts.count == 2 && parts[0] == name { return String(parts[1]) }
        }
        return nil
    }

    @Test("a corpus reopens in a new process as it was left: articles, current article, analyses")
    func reopen() throws {
        let corpus = LedeRun.temporaryDirectory().appendingPathComponent("week.db").path
        let first = try LedeRun.run(["--no-rc", "--corpus", corpus, "-c", "load '\(Self.samples)'; use 3; index --with entities,quotes --format tsv"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("\n10\t20\t0\t"), "\(first.stdout)")
        let second = try LedeRun.run(["--no-rc", "--corpus", corpus, "-c", "list --format tsv; index --with entities,quotes --format tsv; corpus --format tsv"])
        #expect(second.status == 0, "\(second.stderr)")
        let rows = second.stdout.split(separator: "\n").filter { $0.first?.isNumber == true && $0.contains("lede sample") }
        #expect(rows.count == 10)
        #expect(rows.contains { $0.hasPrefix("3\t*\t") }, "\(second.stdout)")
        #expect(second.stdout.contains("\n0\t0\t0\t"), "nothing is analysed twice: \(second.stdout)")
        #expect(Self.field("analyses: entities", in: second) == "10")
    }

    @Test("loading the same articles again adds none; search answers in every format")
    func loadOnceAndSearch() throws {
        let corpus = LedeRun.temporaryDirectory().appendingPathComponent("c.db").path
        let run = try LedeRun.run([
            "--no-rc", "--corpus", corpus, "-c",
            "load '\(Self.samples)'; load '\(Self.samples)/03-rotterdam-dock-strike.txt'; list --format tsv; search strike --format jsonl",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.filter { $0.contains("\tlede sample (fictional)\t") }.count == 10)
        let hits = lines.filter { $0.hasPrefix("{") }.compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(hits.count >= 1)
        #expect(hits.first?["article"] as? String == "3")
        #expect((hits.first?["snippet"] as? String)?.contains("[strike]") == true)
        #expect(Set(hits.first?.keys.map { $0 } ?? []) == ["article", "title", "date", "source", "snippet", "score"])
    }

    @Test("kill -9 during index keeps what was stored and leaves a sound file; index goes on from there")
    func killDuringIndex() throws {
        let corpus = LedeRun.temporaryDirectory().appendingPathComponent("k.db").path
        let source = try Self.articles(3000)
        let loaded = try LedeRun.run(["--no-rc", "--corpus", corpus, "-c", "load '\(source)'"])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        // The run is killed with SIGKILL when its time is up.
        let killed = try LedeRun.run(["--no-rc", "--corpus", corpus, "-c", "index --with summary"], timeout: 2)
        #expect(killed.status == -1, "index finished before it could be killed: make the corpus bigger")
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])", corpus]
        let pipe = Pipe()
        check.standardOutput = pipe
        try check.run()
        check.waitUntilExit()
        #expect(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "ok\n")
        let after = try LedeRun.run(["--no-rc", "--corpus", corpus, "-c", "corpus --format tsv"])
        let kept = Int(Self.field("analyses: summary", in: after) ?? "0") ?? 0
        #expect(kept < 3000)
        let resumed = try LedeRun.run(["--no-rc", "--corpus", corpus, "-c", "index --with summary --format tsv; corpus --check --format tsv"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("\n\(3000 - kept)\t\(3000 - kept)\t0\t"), "\(resumed.stdout)")
        #expect(Self.field("analyses: summary", in: resumed) == "3000")
        #expect(Self.field("integrity", in: resumed) == "ok")
    }

    @Test("kill -9 during a load of many files keeps the batches stored; loading again adds only the rest")
    func killDuringLoad() throws {
        let folder = LedeRun.temporaryDirectory()
        let files = folder.appendingPathComponent("scrape")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        for file in 0..<300 {
            var lines = ""
            for n in 0..<200 {
                let id = file * 200 + n
                lines += #"{"title": "Item \#(id)", "date": "2026-04-\#(id % 28 + 1)", "text": "The harbour board met for the \#(id)th time and agreed nothing. Ana Okafor said the delay was costly."}"# + "\n"
            }
            try lines.write(to: files.appendingPathComponent(String(format: "part-%03d.jsonl", file)), atomically: false, encoding: .utf8)
        }
        let corpus = folder.appendingPathComponent("load.db").path
        let killed = try LedeRun.run(["--no-rc", "--corpus", corpus, "-c", "load '\(files.path)'"], timeout: 1.0)
        #expect(killed.status == -1, "the load finished before it could be killed: make the scrape bigger")
        let after = try LedeRun.run(["--no-rc", "--corpus", corpus, "-c", "corpus --check --format tsv"])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(Self.field("integrity", in: after) == "ok")
        let kept = Int(Self.field("articles", in: after) ?? "") ?? -1
        #expect(kept >= 0 && kept < 60_000)
        let again = try LedeRun.run(["--no-rc", "--corpus", corpus, "-c", "load '\(files.path)'; corpus --format tsv"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(Self.field("articles", in: again) == "60000")
    }

    @Test("--match, --since, --until and --source narrow any analysis command to part of the articles")
    func narrowing() throws {
        let run = try LedeRun.run([
            "--no-rc", "-c",
            "load '\(Self.samples)'; quotes --match 'strike' --format tsv; echo ==; summary -n 1 --since 2026-06 --until 2026-07 --format tsv",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let parts = run.stdout.components(separatedBy: "==\n")
        #expect(parts.count == 2)
        let quoteArticles = Set(parts[0].split(separator: "\n").dropFirst().map { $0.split(separator: "\t").first.map(String.init) ?? "" })
        #expect(quoteArticles == ["3"], "\(parts[0])")
        let summaryArticles = parts[1].split(separator: "\n").dropFirst().map { $0.split(separator: "\t").first.map(String.init) ?? "" }
        #expect(summaryArticles == ["5", "6"], "\(parts[1])")
        let bad = try LedeRun.run(["--no-rc", "-c", "load '\(Self.samples)'; quotes --since 'last week'"])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("error: --since: 'last week' is not a date\n"), "\(bad.stderr)")
    }

    @Test("a second lede reads a corpus while another writes to it")
    func readerBesideWriter() throws {
        let corpus = LedeRun.temporaryDirectory().appendingPathComponent("rw.db").path
        let source = try Self.articles(1500)
        _ = try LedeRun.run(["--no-rc", "--corpus", corpus, "-c", "load '\(source)'"])
        let writer = DispatchQueue(label: "writer")
        let done = DispatchSemaphore(value: 0)
        writer.async {
            _ = try? LedeRun.run(["--no-rc", "--corpus", corpus, "-c", "index --with summary,entities"], timeout: 60)
            done.signal()
        }
        Thread.sleep(forTimeInterval: 0.5)
        let reader = try LedeRun.run(["--no-rc", "--corpus", corpus, "-c", "search 'round AND 7*' --format tsv; corpus --format tsv"])
        #expect(reader.status == 0, "\(reader.stderr)")
        #expect(Self.field("articles", in: reader) == "1500")
        done.wait()
    }

    @Test("a file that is not a corpus and a corpus from a newer lede are one line each, at start and at open")
    func refusals() throws {
        let folder = LedeRun.temporaryDirectory()
        let notes = folder.appendingPathComponent("notes.txt").path
        try "notes\n".write(toFile: notes, atomically: false, encoding: .utf8)
        let atStart = try LedeRun.run(["--no-rc", "--corpus", notes, "-c", "list"])
        #expect(atStart.status == 1)
        #expect(atStart.stderr == "error: corpus: '\(notes)' is not a lede corpus (not an SQLite database)\n")
        let newer = folder.appendingPathComponent("newer.db").path
        _ = try LedeRun.run(["--no-rc", "--corpus", newer, "-c", "echo"])
        let raise = Process()
        raise.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        raise.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE corpus_info SET value='9' WHERE key='schema'\"); c.commit()", newer]
        try raise.run()
        raise.waitUntilExit()
        let atOpen = try LedeRun.run(["--no-rc", "-c", "load '\(Self.samples)/01-lisbon-fisheries-talks.txt'; open '\(newer)'"])
        #expect(atOpen.status == 1)
        #expect(atOpen.stderr.hasPrefix("error: corpus: '\(newer)' was made by a newer lede (schema 9;"), "\(atOpen.stderr)")
    }

    @Test("across articles: entities merge, entity profiles, quotes about, timeline and network answer")
    func acrossArticles() throws {
        let source = try Self.articles(40)
        let run = try LedeRun.run([
            "--no-rc", "-c",
            "load '\(source)'; entities --all --type PERSON --format tsv; entity Okafor --format tsv; quotes --about Eriksen --format tsv; timeline Okafor --by week --format tsv; network --min 2 --format tsv; entities --all --since 2026-03-10 --until 2026-03-12 --type person --format tsv",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let out = run.stdout
        #expect(out.contains("Ana Okafor\tPERSON\t40\t"), "\(out)")
        #expect(out.contains("quotes by\t40"), "\(out)")
        // Days run 1…28 and again 1…12: the week of Monday 9 March holds days 9–15 once and 9–12 twice.
        #expect(out.contains("2026-03-09\t11\t"), "\(out)")
        #expect(out.contains("Ana Okafor\tquotes\tLars Eriksen\t40"), "\(out)")
        #expect(out.contains("Lars Eriksen\tnegative\tAna Okafor"), "\(out)")
        #expect(out.contains("2026-03-01\tAna Okafor\t\"We came with a fair offer, and Eriksen walked away,\""), "\(out)")
        #expect(out.contains("Ana Okafor\tPERSON\t6\t"), "days 10–12, twice each: \(out)")
    }
}
