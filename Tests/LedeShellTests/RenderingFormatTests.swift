import LedeHost
import LedeKit
import Testing

@testable import LedeShell

@Suite("Rendering output formats")
struct RenderingFormatTests {
    static let sample = Table(
        columns: [.init("id"), .init("speaker"), .init("quote", wraps: true), .init("score", alignment: .right)],
        rows: [
            ["a1", "Adaeze Okafor", "We will not be rushed, \"not by anyone\".", 0.75],
            ["a2", .null, "Line one\nline two\twith tab | pipe, comma", 12],
            ["a3", "O'Neil \\ Co", .array(["x", "y"]), true],
        ],
        footer: "3 of 9 quotes")

    func render(_ format: OutputFormat, width: Int? = nil, color: Bool = false) -> String {
        OutputRenderer(format: format, terminalWidth: width, color: color).render(.table(Self.sample))
    }

    @Test("format names match --format values")
    func names() {
        #expect(OutputFormat.names == ["table", "text", "json", "jsonl", "csv", "tsv", "md"])
        #expect(OutputFormat(rawValue: "csv") == .csv)
        #expect(OutputFormat(rawValue: "xml") == nil)
    }

    @Test("table: aligned, header rule, right-aligned numbers, footer, no trailing spaces")
    func table() {
        #expect(
            render(.table) == """
                id  speaker        quote                                     score
                --  -------------  ----------------------------------------  -----
                a1  Adaeze Okafor  We will not be rushed, "not by anyone".    0.75
                a2                 Line one line two with tab | pipe, comma     12
                a3  O'Neil \\ Co    x, y                                        yes
                3 of 9 quotes

                """)
    }

    @Test("table: a narrow terminal wraps the wrapping column first")
    func narrowTable() {
        let out = render(.table, width: 50)
        #expect(out.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 50 })
        #expect(
            out == """
                id  speaker        quote                     score
                --  -------------  ------------------------  -----
                a1  Adaeze Okafor  We will not be rushed,     0.75
                                   "not by anyone".
                a2                 Line one line two with       12
                                   tab | pipe, comma
                a3  O'Neil \\ Co    x, y                        yes
                3 of 9 quotes

                """)
    }

    @Test("table: a very narrow terminal truncates other columns with …")
    func veryNarrowTable() {
        let out = render(.table, width: 36)
        #expect(out.contains("a1  Adaeze…  We will not be     0.75\n"))
        #expect(out.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 36 })
    }

    @Test("table: colour makes the header bold and the rule and footer dim, only when asked")
    func colour() {
        let out = render(.table, color: true)
        #expect(out.hasPrefix("\u{1B}[1mid  speaker"))
        #expect(out.contains("\u{1B}[2m3 of 9 quotes\u{1B}[0m\n"))
        #expect(!render(.table).contains("\u{1B}"))
    }

    @Test("table: wide characters count two columns")
    func wideCharacters() {
        let table = Table(columns: [.init("name"), .init("n", alignment: .right)], rows: [["東京", 1], ["Zoë", 22]])
        let out = OutputRenderer(format: .table).render(.table(table))
        #expect(out == "name   n\n----  --\n東京   1\nZoë   22\n")
    }

    @Test("text: one record per line, no tabs or newlines, no footer")
    func text() {
        #expect(
            render(.text) == """
                a1  Adaeze Okafor  We will not be rushed, "not by anyone".  0.75
                a2    Line one line two with tab | pipe, comma  12
                a3  O'Neil \\ Co  x, y  yes

                """)
    }

    @Test("json: pretty array of objects keyed by column, types kept")
    func json() {
        #expect(
            render(.json) == """
                [
                  {
                    "id": "a1",
                    "speaker": "Adaeze Okafor",
                    "quote": "We will not be rushed, \\"not by anyone\\".",
                    "score": 0.75
                  },
                  {
                    "id": "a2",
                    "speaker": null,
                    "quote": "Line one\\nline two\\twith tab | pipe, comma",
                    "score": 12
                  },
                  {
                    "id": "a3",
                    "speaker": "O'Neil \\\\ Co",
                    "quote": [
                      "x",
                      "y"
                    ],
                    "score": true
                  }
                ]

                """)
        let empty = OutputRenderer(format: .json).render(.table(Table(columns: [.init("id")])))
        #expect(empty == "[]\n")
    }

    @Test("jsonl: one compact object per line")
    func jsonl() {
        let lines = render(.jsonl).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1] == #"{"id": "a2", "speaker": null, "quote": "Line one\nline two\twith tab | pipe, comma", "score": 12}"#)
    }

    @Test("csv: RFC 4180 quoting")
    func csv() {
        #expect(
            render(.csv) == """
                id,speaker,quote,score
                a1,Adaeze Okafor,"We will not be rushed, ""not by anyone"".",0.75
                a2,,"Line one
                line two\twith tab | pipe, comma",12
                a3,O'Neil \\ Co,"[""x"", ""y""]",true

                """)
    }

    @Test("tsv: tabs, newlines and backslashes escaped")
    func tsv() {
        #expect(
            render(.tsv) == """
                id\tspeaker\tquote\tscore
                a1\tAdaeze Okafor\tWe will not be rushed, "not by anyone".\t0.75
                a2\t\tLine one\\nline two\\twith tab | pipe, comma\t12
                a3\tO'Neil \\\\ Co\t["x", "y"]\ttrue

                """)
    }

    @Test("md: pipe table with escaped pipes and <br> for line ends")
    func markdown() {
        #expect(
            render(.md) == """
                | id | speaker | quote | score |
                | --- | --- | --- | ---: |
                | a1 | Adaeze Okafor | We will not be rushed, "not by anyone". | 0.75 |
                | a2 |  | Line one<br>line two with tab \\| pipe, comma | 12 |
                | a3 | O'Neil \\\\ Co | ["x", "y"] | true |

                """)
    }

    @Test("plain text output and empty output")
    func textOutput() {
        #expect(OutputRenderer(format: .table).render(.text("hello")) == "hello\n")
        #expect(OutputRenderer(format: .json).render(.text("hello\n")) == "\"hello\\n\"\n")
        #expect(OutputRenderer(format: .csv).render(.none) == "")
    }
}
