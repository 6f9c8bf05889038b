import LedeCore
import Testing

@testable import LedeShell

/// Quoting is the inverse of parsing: whatever a title, a file name or a plugin's value holds,
/// the quoted word reads back as exactly that value, one word, with nothing expanded or run.
@Suite("Word quoting")
struct WordQuotingTests {
    /// Pieces hostile values are made of: every ASCII punctuation mark, blanks and line ends,
    /// shell-looking fragments, control characters and tricky Unicode.
    static let pieces: [String] = {
        var pieces = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".map(String.init)
        pieces += [" ", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{1B}", "\u{7F}", "\u{1B}]0;title\u{7}"]
        pieces += ["${IFS}", "$(id)", "`id`", "$1", "$@", "$#", "${who:-x}", "'\\''", "\\'", "\"\\\"", "&&", "||"]
        pieces += ["; unload --all", "| sh", "> /tmp/x", ">>", "# note", "--all", "-"]
        pieces += ["é", "e\u{301}", "Zürich", "Łódź", "東京", "\u{202E}", "\u{2066}", "\u{A0}", "\u{2028}", "👩‍💻", "🇺🇦"]
        pieces += ["Breaking", "news", "a", "Z", "0", "42"]
        return pieces
    }()

    /// A deterministic run of candidates built from `pieces`: each piece alone, then random joins.
    static func candidates(count: Int) -> [String] {
        var generator = SeededGenerator(seed: 0x1ede)
        var result = pieces + pieces.map { "x" + $0 + "y" }
        for _ in 0..<count {
            let length = Int(generator.next() % 6) + 1
            result.append((0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        return result
    }

    func parse(_ line: String) throws -> [ParsedCommand] {
        // Any lookup means a `$` was expanded: the lookup fails the parse.
        try CommandLineParser.parse(line, variables: { _ in nil }, arguments: [])
    }

    @Test("a quoted value parses back as exactly that value, one word, for thousands of hostile values")
    func roundTrip() throws {
        for candidate in Self.candidates(count: 4000) {
            let quoted = WordQuoting.quote(candidate)
            #expect(try parse(quoted) == [ParsedCommand(words: [candidate])], "\(quoted.debugDescription)")
            #expect(
                try parse("use " + quoted + " " + WordQuoting.quote(candidate)) == [
                    ParsedCommand(words: ["use", candidate, candidate])
                ], "\(quoted.debugDescription)")
        }
    }

    @Test("completion reads its own insertion back as the value it inserted")
    func completionReadsQuotedWord() {
        for candidate in Self.candidates(count: 1000) {
            let line = CompletionLine("use " + WordQuoting.quote(candidate))
            #expect(line.words == ["use"])
            #expect(line.partialValue == candidate, "\(WordQuoting.quote(candidate).debugDescription)")
        }
    }

    @Test("plain names stay bare; anything the parser could act on is single-quoted")
    func quotesOnlyWhenNeeded() {
        #expect(WordQuoting.quote("Zürich-2024_v1.txt") == "Zürich-2024_v1.txt")
        #expect(WordQuoting.quote("~/dl/a.txt") == "~/dl/a.txt")
        #expect(WordQuoting.quote("Breaking|touch${IFS}/tmp/x") == "'Breaking|touch${IFS}/tmp/x'")
        #expect(WordQuoting.quote("it's") == "'it'\\''s'")
        #expect(WordQuoting.quote("") == "''")
        #expect(WordQuoting.quote("#1") == "'#1'")
    }

    @Test("a command list is written as one line that parses back to the same commands")
    func lineRoundTrip() throws {
        var generator = SeededGenerator(seed: 7)
        let values = Self.candidates(count: 300).filter { !$0.unicodeScalars.contains("\n") }
        func pick() -> String { values[Int(generator.next() % UInt64(values.count))] }
        for _ in 0..<500 {
            var commands: [ParsedCommand] = []
            for _ in 0..<(Int(generator.next() % 3) + 1) {
                var command = ParsedCommand(words: (0..<(Int(generator.next() % 3) + 1)).map { _ in pick() })
                switch generator.next() % 4 {
                case 0: command.redirect = .write(pick())
                case 1: command.redirect = .append(pick())
                default: break
                }
                commands.append(command)
            }
            let line = try #require(WordQuoting.line(commands))
            #expect(try parse(line) == commands, "\(line.debugDescription)")
        }
        #expect(
            try parse(#require(WordQuoting.line([ParsedCommand(words: ["list"], redirect: .pipe("grep -c 'a;b'"))])))
                == [ParsedCommand(words: ["list"], redirect: .pipe("grep -c 'a;b'"))])
    }

    @Test("a word holding a line break cannot be one script line")
    func lineBreak() {
        #expect(WordQuoting.line([ParsedCommand(words: ["use", "Quiet day\nunload --all"])]) == nil)
    }
}
