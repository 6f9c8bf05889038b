import Foundation
import Testing

/// The tarball scripts/package.sh builds (named in LEDE_TEST_TARBALL by scripts/test.sh), unpacked
/// in a folder of its own, far from the source and its build folder.
@Suite("The packaged lede", .serialized, .enabled(if: ProcessInfo.processInfo.environment["LEDE_TEST_TARBALL"] != nil))
struct PackageTests {
    static let tarball = ProcessInfo.processInfo.environment["LEDE_TEST_TARBALL"] ?? ""

    /// Runs a program with a clean environment (no LEDE_RESOURCES, no config), in `directory`.
    static func run(_ arguments: [String], in directory: URL) throws -> ProgramRun {
        let folder = LedeRun.temporaryDirectory()
        let environment = [
            "PATH": "/usr/bin:/bin", "HOME": folder.path, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
            "XDG_STATE_HOME": folder.appendingPathComponent("state").path, "NO_COLOR": "1",
        ]
        return try ProgramRun.run(arguments, environment: environment, directory: directory)
    }

    /// The tarball unpacked into a new folder; returns the lede folder inside it.
    static func unpack() throws -> URL {
        let target = LedeRun.temporaryDirectory()
        let untar = try run(["/bin/tar", "-xzf", tarball, "-C", target.path], in: target)
        #expect(untar.status == 0, "\(untar.stderr)")
        let name = try FileManager.default.contentsOfDirectory(atPath: target.path).first { $0.hasPrefix("lede-") }
        return target.appendingPathComponent(try #require(name))
    }

    @Test("unpacked anywhere, lede starts, analyses with its own resources, and finds the example plugins")
    func unpackedAnywhere() throws {
        let home = try unpackedHome()
        let lede = home.appendingPathComponent("bin/lede").path
        let work = LedeRun.temporaryDirectory()
        let sample = work.appendingPathComponent("story.txt")
        try FileManager.default.copyItem(
            at: LedeRun.root.appendingPathComponent("scripts/samples/02-vienna-press-conference.txt"), to: sample)
        let version = try Self.run([lede, "--version"], in: work)
        #expect(version.status == 0 && !version.stdout.isEmpty, "\(version.stderr)")
        let shell = try Self.run([lede, "--no-rc", "-c", "load story.txt; entities --top 1 --format tsv; plugins --format tsv"], in: work)
        #expect(shell.status == 0, "\(shell.stderr)")
        #expect(shell.stdout.contains("Dragan Voss\tPERSON"), "\(shell.stdout)")
        #expect(shell.stdout.contains("readability\t") && shell.stdout.contains("numbers\t"), "\(shell.stdout)")
        let input = work.appendingPathComponent("in.jsonl")
        try #"{"id": "x", "text": "Ann Lee, the mayor, said: \"We will spend 12 million euros.\" Lee praised Bob Kay."}"#
            .write(to: input, atomically: false, encoding: .utf8)
        let batch = try Self.run([lede, "analyze", "--with", "entities,quotes,numbers,readability", "--input", input.path, "--strict"], in: work)
        #expect(batch.status == 0, "\(batch.stderr)")
        let line = try JSONSerialization.jsonObject(with: Data(batch.stdout.utf8)) as? [String: Any]
        #expect(line?["numbers"] != nil && line?["readability"] != nil && line?["quotes"] != nil, "\(batch.stdout)")
    }

    @Test("the package carries a manual page and bash, zsh and fish completions")
    func manualAndCompletions() throws {
        let home = try unpackedHome()
        for path in ["share/man/man1/lede.1", "share/bash-completion/completions/lede", "share/zsh/site-functions/_lede",
                     "share/fish/vendor_completions.d/lede.fish", "NOTICE.md"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: home.appendingPathComponent(path).path))?[.size] as? Int
            #expect((size ?? 0) > 100, "\(path)")
        }
        let manual = try String(contentsOf: home.appendingPathComponent("share/man/man1/lede.1"), encoding: .utf8)
        #expect(manual.contains("analyze"))
    }

    @Test("without its resources the packaged lede says where it looked, in one line, and the shell goes on")
    func missingResources() throws {
        let home = try unpackedHome()
        try FileManager.default.moveItem(at: home.appendingPathComponent("share/lede"), to: home.appendingPathComponent("share/elsewhere"))
        let work = LedeRun.temporaryDirectory()
        try "A day in the port.\n".write(to: work.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
        let run = try Self.run([home.appendingPathComponent("bin/lede").path, "--no-rc", "--keep-going", "-c", "load a.txt; entities; echo still here"], in: work)
        #expect(run.stdout.contains("still here"))
        let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors.count == 1 && errors[0].contains("ner-model.bin"), "\(run.stderr)")
        #expect(run.stderr.contains("hint: looked in \(home.path)/share/lede") && run.stderr.contains("LEDE_RESOURCES"), "\(run.stderr)")
    }

    func unpackedHome() throws -> URL { try Self.unpack() }
}

/// `lede analyze` as a Spark RDD.pipe mapper, with PySpark from PyPI and Debian's OpenJDK.
@Suite("Spark", .enabled(if: ProcessInfo.processInfo.environment["LEDE_TEST_SPARK"] != nil))
struct SparkTests {
    @Test("1,000 articles through RDD.pipe in four partitions equal lede analyze's output, the bad line included")
    func rddPipe() throws {
        let environment = ProcessInfo.processInfo.environment
        let python = try #require(environment["LEDE_TEST_PYTHON"])
        let tarball = try #require(environment["LEDE_TEST_TARBALL"])
        let result = try ProgramRun.run(
            [python, LedeRun.root.appendingPathComponent("Tests/spark/pipe_check.py").path, tarball], environment: environment,
            directory: LedeRun.root, timeout: 600)
        let (printed, errors) = (result.stdout, result.stderr)
        #expect(result.status == 0, "\(printed)\n\(errors.suffix(3000))")
        #expect(printed.contains("ok: every article's analysis equals the local run's"), "\(printed)")
    }
}
