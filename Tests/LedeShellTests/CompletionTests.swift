import Foundation
import LedeCore
import Testing

@testable import LedeShell

/// What Tab inserts and lists when titles and file names are hostile.
@Suite("Completion")
struct CompletionTests {
    func shell(titles: [String]) -> Shell {
        let shell = Shell(options: Shell.Options(), plugins: [])
        _ = try! shell.session.add(titles.map { Article(id: "", title: $0, text: "A quiet fictional day: \($0).") })
        return shell
    }

    /// The line as it reads after Tab on `before` (the replacement put in place of the typed word).
    func completed(_ before: String, in shell: Shell) -> String? {
        let result = Completer(shell: shell).complete(before)
        guard let replacement = result.replacement else { return nil }
        return String(before.dropLast(result.typed.count)) + replacement
    }

    func parse(_ line: String) throws -> [ParsedCommand] {
        try CommandLineParser.parse(line, variables: { _ in nil }, arguments: [])
    }

    // MARK: Inserting

    @Test(
        "a hostile title completed after 'use' runs as 'use' with exactly that title",
        arguments: [
            "Breaking|touch${IFS}/tmp/x", "Markets>/tmp/x", "a; unload --all", "Budget `id` $(id) $HOME",
            "It's \"fine\" \\ # really", "Quiet day\nunload --all", "Zürich\u{1B}]0;pwned\u{7}",
        ])
    func hostileTitle(title: String) throws {
        let shell = shell(titles: [title])
        let line = try #require(completed("use " + String(title.prefix(1)), in: shell))
        #expect(try parse(line) == [ParsedCommand(words: ["use", title])])
    }

    @Test("several titles complete to their common beginning, quoted, and Tab goes on from there")
    func commonBeginning() throws {
        let shell = shell(titles: ["Rates $ rise", "Rates $ fall"])
        let line = try #require(completed("use rat", in: shell))
        #expect(line == "use 'Rates $ '")
        let next = try #require(completed(line + "f", in: shell))
        #expect(try parse(next) == [ParsedCommand(words: ["use", "Rates $ fall"])])
    }

    @Test("a file name is quoted when it needs it, and a name starting with '-' is not an option")
    func fileNames() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["my article.txt", "-rf.txt", "$HOME;x.md"] {
            try "text".write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        let shell = shell(titles: [])
        let base = folder.path + "/"
        for (typed, expected) in [("my", base + "my article.txt"), ("$", base + "$HOME;x.md")] {
            let line = try #require(completed("load " + base + typed, in: shell))
            #expect(try parse(line) == [ParsedCommand(words: ["load", expected])])
        }
        let inFolder = try #require(completed("load '" + base + "-", in: shell))
        #expect(try parse(inFolder) == [ParsedCommand(words: ["load", base + "-rf.txt"])])
    }

    @Test("a name typed without a folder completes from the current folder, however short", arguments: ["P", "Pa", "R", "./P", "/"])
    func shortNames(typed: String) throws {
        let shell = shell(titles: [])
        // Run from the package root: Package.swift and README.md are there.
        let result = Completer(shell: shell).complete("load " + typed)
        if typed == "/" {
            #expect(result.displayed.contains("tmp/"))
        } else {
            #expect(!result.candidates.isEmpty, "\(typed)")
            #expect(result.candidates.allSatisfy { $0.hasPrefix(typed) })
        }
    }

    @Test("the word under the cursor is read as the parser reads it")
    func readsPartialWord() {
        let line = CompletionLine(#"quotes --speaker "Ada \"B" x; use 'my ti"#)
        #expect(line.words == ["use"])
        #expect(line.partialText == "'my ti")
        #expect(line.partialValue == "my ti")
        #expect(CompletionLine(#"load a\ b"#).partialValue == "a b")
        #expect(CompletionLine("list > out").position == .redirectTarget)
        #expect(CompletionLine("list | grep 'a;b' x").position == .nothing)
        #expect(CompletionLine("list | grep x; us").words.isEmpty)
        #expect(CompletionLine("list # use 'x").position == .nothing)
    }

    // MARK: Listing

    @Test("the candidate list shows no escape sequence a title or file name holds")
    func listIsSanitized() {
        let hostile = [
            "\u{1B}]0;pwned\u{7}Title", "\u{1B}]52;c;cHduZWQ=\u{7}Clip", "\u{1B}[2JWipe", "Line\nbreak", "\u{9B}31mRed",
        ]
        let list = CompletionResult.columns(hostile, width: 80)
        #expect(!list.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 })
        #expect(list.contains("Title") && list.contains("Clip") && list.contains("Wipe") && list.contains("Line break"))
        #expect(list.split(separator: "\n").count == 1)
    }
}
