import Testing

@testable import LedeShell

@Suite("Command line parser")
struct CommandLineParserTests {
    let variables = ["who": "Keir Starmer", "n": "3", "empty": ""]

    func parse(_ line: String, _ arguments: [String] = []) throws -> [ParsedCommand] {
        try CommandLineParser.parse(line, variables: { [variables] in variables[$0] }, arguments: arguments)
    }

    // MARK: Quoting

    @Test("splits words on blanks and keeps quoted blanks")
    func words() throws {
        #expect(try parse("quotes  --speaker 'Donald Trump'\t--all") == [
            ParsedCommand(words: ["quotes", "--speaker", "Donald Trump", "--all"])
        ])
        #expect(try parse("find \"prime minister\"") == [ParsedCommand(words: ["find", "prime minister"])])
    }

    @Test("backslashes escape outside quotes and inside double quotes only before \\ \" $ `")
    func escapes() throws {
        #expect(try parse(#"echo a\ b \$who "say \"hi\" \\ \n""#)[0].words == ["echo", "a b", "$who", #"say "hi" \ \n"#])
        #expect(try parse(#"echo 'it\s $who'"#)[0].words == ["echo", #"it\s $who"#])
    }

    @Test("empty quotes give an empty word; quotes join adjacent text")
    func emptyAndJoined() throws {
        #expect(try parse("set x ''")[0].words == ["set", "x", ""])
        #expect(try parse("echo pre'fix'\"ed\"")[0].words == ["echo", "prefixed"])
    }

    @Test("an unterminated quote is an error with its column", arguments: ["echo 'open", "echo \"open"])
    func unterminated(line: String) throws {
        #expect(throws: LineParseError.self) { try parse(line) }
        do {
            _ = try parse(line)
        } catch let error as LineParseError {
            #expect(error.column == 6)
            #expect(error.message.hasPrefix("unterminated"))
        }
    }

    // MARK: Interpolation

    @Test("$NAME, ${NAME}, $1…, $# and $@ are replaced; single quotes are literal")
    func interpolation() throws {
        #expect(try parse("echo \"$who\" ${n}rd '$who'")[0].words == ["echo", "Keir Starmer", "3rd", "$who"])
        #expect(try parse("echo $1-$2 $# \"$@\"", ["a", "b c"])[0].words == ["echo", "a-b c", "2", "a", "b c"])
        #expect(try parse("load $@ x", ["a b", "c"])[0].words == ["load", "a b", "c", "x"])
        #expect(try parse("echo \"<$@>\"", ["a", "b"])[0].words == ["echo", "<a b>"])
        #expect(try parse("echo cost: $ 5")[0].words == ["echo", "cost:", "$", "5"])
    }

    @Test("${NAME:-default} falls back when the name is unset or empty")
    func defaults() throws {
        #expect(try parse("load ${1:-scripts/samples} ${who:-x} ${empty:-y} ${none:-}")[0].words
            == ["load", "scripts/samples", "Keir Starmer", "y"])
        #expect(try parse("load ${1:-fallback}", ["given"])[0].words == ["load", "given"])
    }

    @Test("an unquoted variable expanding to nothing drops the word")
    func emptyVariable() throws {
        #expect(try parse("echo $empty end")[0].words == ["echo", "end"])
        #expect(try parse("echo \"$empty\" end")[0].words == ["echo", "", "end"])
    }

    @Test("an unknown variable or a missing script argument is an error")
    func unknownVariable() throws {
        #expect(throws: LineParseError(message: "unknown variable 'nobody'", column: 6)) { try parse("echo $nobody") }
        #expect(throws: LineParseError.self) { try parse("echo $2", ["only-one"]) }
        #expect(throws: LineParseError.self) { try parse("echo ${unclosed") }
        // Found by fuzzing: a negative or huge position is an unknown name, not an index.
        #expect(throws: LineParseError.self) { try parse("echo ${-1}", ["a"]) }
        #expect(throws: LineParseError.self) { try parse("echo ${99999999999999999999}", ["a"]) }
        #expect(throws: LineParseError.self) { try parse("echo ${}", ["a"]) }
    }

    // MARK: Separators, comments, redirection

    @Test("';' separates commands and '#' starts a comment at a word start")
    func separatorsAndComments() throws {
        #expect(try parse("list; use 2 ;show # the rest") == [
            ParsedCommand(words: ["list"]), ParsedCommand(words: ["use", "2"]), ParsedCommand(words: ["show"]),
        ])
        #expect(try parse("echo a#b '#c'")[0].words == ["echo", "a#b", "#c"])
        #expect(try parse("# only a comment").isEmpty)
        #expect(try parse("   ").isEmpty)
    }

    @Test("'>', '>>' and '|' redirect output")
    func redirection() throws {
        #expect(try parse("quotes --all > out.json") == [ParsedCommand(words: ["quotes", "--all"], redirect: .write("out.json"))])
        #expect(try parse("list>>'my file.txt'") == [ParsedCommand(words: ["list"], redirect: .append("my file.txt"))])
        #expect(try parse("list | grep -c 'a;b' ; echo done") == [
            ParsedCommand(words: ["list"], redirect: .pipe("grep -c 'a;b'")), ParsedCommand(words: ["echo", "done"]),
        ])
        #expect(try parse("list > \"$who.txt\"")[0].redirect == .write("Keir Starmer.txt"))
    }

    @Test("a redirection without a target or a command is an error", arguments: ["list >", "> x", "list |", "list > a > b"])
    func badRedirection(line: String) throws {
        #expect(throws: LineParseError.self) { try parse(line) }
    }
}
