import Foundation
import Testing

/// What users of psql, sqlite3 and IPython type without thinking, run through the real binary.
@Suite("Shell habits from psql, sqlite3 and IPython")
struct ShellHabitsTests {
    static func script(_ text: String) throws -> String {
        let url = LedeRun.temporaryDirectory().appendingPathComponent("habits.lede")
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }

    @Test("exit leaves as quit does, in -c, piped input and scripts", arguments: ["-c", "stdin", "script"])
    func exitLeaves(mode: String) throws {
        let run = try InputPathTests.run("echo before; exit; echo after", mode: mode)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "before\n")
        #expect(!run.stderr.contains("did you mean"))
    }

    @Test("clear writes no escape codes when the output is not a terminal")
    func clearOffTerminal() throws {
        let run = try LedeRun.run(["--no-rc", "-c", "echo a; clear; echo b"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "a\nb\n")
    }

    @Test("!COMMAND runs a shell command; a failing one is an error that stops a script")
    func shellEscape() throws {
        let ran = try LedeRun.run(["--no-rc"], input: "!echo from-sh $((40+2))\necho next\n")
        #expect(ran.status == 0, "\(ran.stderr)")
        #expect(ran.stdout == "from-sh 42\nnext\n")
        let failed = try LedeRun.run(["--no-rc", try Self.script("!exit 3\necho never\n")])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("habits.lede:1: error: !: 'exit 3' exited with status 3"))
        #expect(!failed.stdout.contains("never"))
        // The shell command does not read the piped commands that follow it.
        let piped = try LedeRun.run(["--no-rc"], input: "!cat\necho still-read\n")
        #expect(piped.stdout == "still-read\n")
    }

    @Test("a line ending in a backslash, or with a quote left open, goes on on the next line", arguments: ["stdin", "script"])
    func continuation(mode: String) throws {
        let text = "echo one \\\n  two\necho \"first\nsecond\"\necho 'it''s' # it's a comment\nset x 1; echo $x\n"
        let run =
            mode == "stdin"
            ? try LedeRun.run(["--no-rc"], input: text) : try LedeRun.run(["--no-rc", try Self.script(text)])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "one two\nfirst\nsecond\nits\n1\n")
    }

    @Test("an open quote at the end of a script is an error naming its first line")
    func unterminatedQuote() throws {
        let run = try LedeRun.run(["--no-rc", try Self.script("echo ok\necho \"never closed\n")])
        #expect(run.status == 1)
        #expect(run.stdout == "ok\n")
        #expect(run.stderr.contains("habits.lede:2: error: unterminated double quote"))
    }

    @Test("set timing on prints each command's time on stderr, never on stdout")
    func timing() throws {
        let run = try LedeRun.run(["--no-rc", "-c", "set timing on; echo hi; set timing off; echo quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "hi\nquiet\n")
        let times = run.stderr.split(separator: "\n").filter { $0.hasPrefix("Time: ") && $0.hasSuffix(" ms") }
        // `set timing on` itself and `echo hi`; after `set timing off`, nothing.
        #expect(times.count == 2, "\(run.stderr)")
    }

    @Test("set checks settings' values, warns with did-you-mean on a near miss, and vars lists settings apart")
    func settings() throws {
        let near = try LedeRun.run(["--no-rc", "-c", "set fromat json; vars --format tsv"])
        #expect(near.status == 0)
        #expect(near.stderr.contains("warning: set: 'fromat' is not a setting, so it is set as a variable; did you mean 'format'?"))
        #expect(near.stdout.contains("setting\tformat\t(table)\n"))
        #expect(near.stdout.contains("setting\ttiming\t(off)\n"))
        #expect(near.stdout.hasSuffix("variable\tfromat\tjson\n"))
        let bad = try LedeRun.run(["--no-rc", "-c", "set timing maybe"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("error: set: timing is 'on' or 'off', got 'maybe'"))
        let quiet = try LedeRun.run(["--no-rc", "-c", "set who Anna; echo $who"])
        #expect(quiet.stderr.isEmpty)
    }

    @Test("set --save keeps a setting in the settings file, read by the next run; a bad line there is a warning")
    func savedSettings() throws {
        let config = LedeRun.temporaryDirectory()
        let environment = ["XDG_CONFIG_HOME": config.path]
        let saved = try LedeRun.run(["-c", "set --save format csv; set --save timing off"], environment: environment)
        #expect(saved.status == 0, "\(saved.stderr)")
        let file = config.appendingPathComponent("lede/config")
        #expect(try String(contentsOf: file, encoding: .utf8) == "format csv\ntiming off\n")
        let next = try LedeRun.run(["-c", "vars"], environment: environment)
        #expect(next.stdout.contains("setting,format,csv"), "\(next.stdout)")
        let ignored = try LedeRun.run(["--no-rc", "-c", "vars --format tsv"], environment: environment)
        #expect(ignored.stdout.contains("setting\tformat\t(table)"))
        try "format csv\ncolour on\nformat xml\n".write(to: file, atomically: false, encoding: .utf8)
        let warned = try LedeRun.run(["-c", "echo up"], environment: environment)
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("lede/config:2: not a setting: 'colour on'"))
        #expect(warned.stderr.contains("lede/config:3: unknown format 'xml'"))
        let variable = try LedeRun.run(["-c", "set --save who Anna"], environment: environment)
        #expect(variable.status == 1)
        #expect(variable.stderr.contains("only settings are saved"))
    }

    @Test("an option whose values are listed takes one of them, a custom plugin's as a built-in's")
    func listedOptionValues() throws {
        let bogus = try LedeRun.run(["--no-rc", "-c", "load scripts/samples/01-lisbon-fisheries-talks.txt; numbers --kind bogus"])
        #expect(bogus.status == 1)
        #expect(bogus.stderr.contains("error: numbers: --kind is one of money, percent, count, year, ordinal, decade, date, number, got 'bogus'"))
        let near = try LedeRun.run(["--no-rc", "-c", "load scripts/samples; quotes --kind scre"])
        #expect(near.stderr.contains("hint: did you mean 'scare'?"))
        let upper = try LedeRun.run(["--no-rc", "-c", "load scripts/samples; numbers --all --kind MONEY --format csv"])
        #expect(upper.status == 0, "\(upper.stderr)")
        #expect(upper.stdout.split(separator: "\n").count > 1)
        #expect(upper.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.contains(",money,") })
    }

    @Test("unloading the current article makes the next one current")
    func unloadMovesToNext() throws {
        let run = try LedeRun.run(["--no-rc", "-c", "load scripts/samples; use 3; unload; info --format tsv; use 10; unload; info --format tsv"])
        #expect(run.status == 0, "\(run.stderr)")
        let ids = run.stdout.split(separator: "\n").filter { $0.hasPrefix("id\t") }
        #expect(ids == ["id\t4", "id\t9"])
    }

    @Test("info shows one id row: the id an article came with is its given id")
    func infoOneID() throws {
        let dir = LedeRun.temporaryDirectory()
        let file = dir.appendingPathComponent("a.jsonl")
        try #"{"id": "wire-7", "title": "A title", "text": "Some text here."}"#.write(to: file, atomically: false, encoding: .utf8)
        let info = try LedeRun.run(["--no-rc", "-c", "load '\(file.path)'; info --format tsv"])
        let rows = info.stdout.split(separator: "\n")
        #expect(rows.filter { $0.hasPrefix("id\t") } == ["id\t1"])
        #expect(rows.contains("given id\twire-7"))
    }

    @Test("keywords' usage shows -n N")
    func keywordsUsage() throws {
        let run = try LedeRun.run(["--no-rc", "-c", "help keywords"])
        #expect(run.stdout.contains("usage: keywords [-n|--top N]"))
        let limited = try LedeRun.run(["--no-rc", "-c", "load scripts/samples/02-vienna-press-conference.txt; keywords -n 2 --format tsv"])
        #expect(limited.stdout.split(separator: "\n").count == 3, "\(limited.stdout)\(limited.stderr)")
    }

    @Test("with nothing loaded, the hint names the bundled samples' real folder")
    func hintNamesSamples() throws {
        let elsewhere = LedeRun.temporaryDirectory()
        let run = try LedeRun.run(["--no-rc", "-c", "quotes"], directory: elsewhere)
        #expect(run.status == 1)
        let hint = try #require(run.stderr.split(separator: "\n").first { $0.hasPrefix("hint:") })
        let folder = try #require(hint.split(separator: "'").dropFirst(3).first)
        let path = String(folder).replacingOccurrences(of: "load ", with: "")
        #expect(path.hasPrefix("/") && FileManager.default.fileExists(atPath: path + "/01-lisbon-fisheries-talks.txt"), "\(hint)")
        let loaded = try LedeRun.run(["--no-rc", "-c", "load '\(path)'; list --format tsv"], directory: elsewhere)
        #expect(loaded.status == 0)
    }

    @Test("quotes, entities, stance and summary in json give the fields of lede analyze; tables stay as they were")
    func jsonFieldsMatchAnalyze() throws {
        let load = "load scripts/samples/02-vienna-press-conference.txt"
        let quotes = try LedeRun.run(["--no-rc", "-c", "\(load); quotes --format jsonl"])
        let first = try #require(quotes.stdout.split(separator: "\n").first)
        for field in ["\"start\":", "\"end\":", "\"speaker_mention\":", "\"kind\":", "\"rule\":", "\"via\":"] {
            #expect(first.contains(field), "\(field) in \(first)")
        }
        let entities = try LedeRun.run(["--no-rc", "-c", "\(load); entities --format jsonl"])
        #expect(entities.stdout.contains("\"spans\": [{\"start\": "))
        let stance = try LedeRun.run(["--no-rc", "-c", "\(load); stance --format jsonl"])
        #expect(stance.stdout.contains("\"evidence_all\": [{\"start\": "))
        let summary = try LedeRun.run(["--no-rc", "-c", "\(load); summary --format jsonl"])
        #expect(summary.stdout.contains("\"start\": "))
        let table = try LedeRun.run(["--no-rc", "-c", "\(load); quotes --format csv; entities --format tsv"])
        #expect(table.stdout.hasPrefix("speaker,quote,cue,confidence\n"))
        #expect(!table.stdout.contains("speaker_mention") && !table.stdout.contains("spans"))
    }

    @Test("record keeps the commands of a line that both starts and stops the recording")
    func recordWithinOneLine() throws {
        let path = LedeRun.temporaryDirectory().appendingPathComponent("r.lede").path
        let run = try LedeRun.run(["--no-rc", "-c", "record '\(path)'; set y 3; echo $y; record stop; echo after"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "# recorded by lede\nset y 3; echo 3\n")
    }
}

@Suite("lede analyze: blank lines, repeated plugins, bad targets, --strict")
struct AnalyzeStrictnessTests {
    @Test("a blank line gives no output line but is counted; a plugin named twice is one key")
    func blankLinesAndRepeats() throws {
        let input = "{\"id\": 1, \"text\": \"Anna Berg spoke.\"}\n\n{\"id\": 2, \"text\": \"Bad\"\n"
        let run = try LedeRun.run(["analyze", "--with", "entities,entities", "--with", "entities"], input: input)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].components(separatedBy: "\"entities\"").count == 2, "\(lines[0])")
        #expect(lines[1].contains("line 3: not JSON"))
    }

    @Test("a target outside the text is an error line naming the text's length")
    func targetOutsideText() throws {
        let input = "{\"id\": 1, \"text\": \"Anna Berg praised Tom Holm.\", \"target_start\": 0, \"target_end\": 99}\n"
            + "{\"id\": 2, \"text\": \"Anna Berg praised Tom Holm.\", \"target_start\": 0}\n"
            + "{\"id\": 3, \"text\": \"Anna Berg praised Tom Holm.\", \"target_start\": 0, \"target_end\": 9}\n"
        let run = try LedeRun.run(["analyze", "--with", "stance"], input: input)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].contains("\"error\": \"line 1: target_start and target_end must be whole numbers with 0 ≤ start < end ≤ 27"))
        #expect(lines[1].contains("\"error\": \"line 2: target_start and target_end"))
        #expect(lines[2].contains("\"target\": {\"text\": \"Anna Berg\""))
    }

    @Test("--strict makes the exit status 1 when a line failed; the default stays 0")
    func strict() throws {
        let input = "{\"id\": 1, \"text\": \"Fine.\"}\n{\"id\": 2}\n"
        let lenient = try LedeRun.run(["analyze", "--with", "summary"], input: input)
        #expect(lenient.status == 0)
        let strict = try LedeRun.run(["analyze", "--with", "summary", "--strict"], input: input)
        #expect(strict.status == 1)
        #expect(strict.stdout.split(separator: "\n").count == 2)
        #expect(strict.stderr.contains("error: analyze: 1 line gave an error (--strict)"))
        let clean = try LedeRun.run(["analyze", "--with", "summary", "--strict"], input: "{\"id\": 1, \"text\": \"Fine.\"}\n")
        #expect(clean.status == 0)
    }
}

@Suite("lede analyze refuses inputs it would lose")
struct AnalyzeInputTests {
    @Test("--input and --output naming one file, by its path or a link, is refused and the input kept")
    func sameFile() throws {
        let dir = LedeRun.temporaryDirectory()
        let file = dir.appendingPathComponent("articles.jsonl")
        let line = "{\"id\": 1, \"text\": \"Anna Berg spoke.\"}\n"
        try line.write(to: file, atomically: false, encoding: .utf8)
        let link = dir.appendingPathComponent("link.jsonl")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        for output in [file.path, link.path] {
            let run = try LedeRun.run(["analyze", "--with", "summary", "--input", file.path, "--output", output])
            #expect(run.status != 0)
            #expect(run.stderr.contains("are the same file"), "\(run.stderr)")
            #expect(try String(contentsOf: file, encoding: .utf8) == line)
        }
    }

    @Test("--input naming a folder or a missing file is one error line")
    func folderInput() throws {
        let dir = LedeRun.temporaryDirectory()
        let run = try LedeRun.run(["analyze", "--with", "summary", "--input", dir.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("is a folder; --input takes a JSONL file"))
        let missing = try LedeRun.run(["analyze", "--with", "summary", "--input", dir.path + "/none.jsonl"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("cannot read"))
    }
}
