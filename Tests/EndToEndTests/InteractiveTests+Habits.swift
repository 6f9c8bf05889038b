import Foundation
import Testing

/// psql, sqlite3 and IPython habits at a real terminal (tmux), in the one serialized suite of
/// terminal tests.
extension InteractiveTests {
    @Test("history lists the typed lines numbered from the oldest (itself included, as in bash); history N the last N")
    func historyCommand() throws {
        let s = try start()
        for word in ["alpha", "beta", "gamma"] {
            s.type("echo \(word)-line")
            s.keys("Enter")
            try s.waitFor("\n\(word)-line\n")
        }
        s.type("history 2")
        s.keys("Enter")
        try s.waitFor("3  echo gamma-line")
        let screen = try s.waitFor("4  history 2")
        #expect(!screen.contains("echo beta-line\n4"))
        #expect(!screen.contains("1  echo alpha-line"))
        s.type("history")
        s.keys("Enter")
        try s.waitFor("1  echo alpha-line")
    }

    @Test("a trailing backslash and an open quote continue at a '…>' prompt; Ctrl-C there drops the command")
    func continuationPrompt() throws {
        let s = try start()
        s.type("echo one \\")
        s.keys("Enter")
        try s.waitFor("\n…>")
        s.type("two")
        s.keys("Enter")
        try s.waitFor("\none two\n")
        s.type("echo 'open")
        s.keys("Enter")
        try s.waitFor("\n…>")
        s.keys("C-c")
        try s.waitFor("^C")
        s.type("echo closed-fine")
        s.keys("Enter")
        let screen = try s.waitFor("\nclosed-fine\n")
        #expect(!screen.contains("\nopen"))
    }

    @Test("Tab completes settings after set, and their values")
    func completesSettings() throws {
        let s = try start()
        s.type("set tim")
        s.keys("Tab")
        try s.waitFor("lede> set timing")
        s.type("of")
        s.keys("Tab")
        try s.waitFor("lede> set timing off")
        s.keys("C-u")
        s.type("set format js")
        s.keys("Tab")
        try s.waitFor("lede> set format json")
    }

    @Test("Tab completes a surname to the full name, and ~/ paths from the home folder")
    func completesSurnamesAndHome() throws {
        let s = try startOnSecondSample()
        s.type("mentions Voss")
        s.keys("Tab")
        try s.waitFor("mentions 'Dragan Voss'")
        s.keys("C-u")
        try "Home title\nA body.\n".write(
            to: s.home.appendingPathComponent("home-article.txt"), atomically: false, encoding: .utf8)
        s.type("load ~/home-ar")
        s.keys("Tab")
        try s.waitFor("load ~/home-article.txt")
        s.keys("Enter")
        try s.waitFor("Home title")
    }

    @Test("clear empties the screen and the prompt comes back at the top")
    func clearScreen() throws {
        let s = try start()
        s.type("echo before-clear")
        s.keys("Enter")
        try s.waitFor("\nbefore-clear\n")
        s.type("clear")
        s.keys("Enter")
        try s.waitUntil("the screen to be cleared") { !$0.contains("before-clear") && $0.hasPrefix("lede>") }
    }

    @Test("!COMMAND runs at the prompt with the terminal, and lede comes back")
    func shellEscapeAtPrompt() throws {
        let s = try start()
        s.type("!echo shell-$((6*7))")
        s.keys("Enter")
        try s.waitFor("\nshell-42\n")
        s.type("exit")
        s.keys("Enter")
        try s.waitForShell()
    }
}
