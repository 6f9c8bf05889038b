import Testing

@testable import LedeKit

/// What RFC 8259 allows and forbids, class by class (numbers, strings, escapes, Unicode, UTF-8,
/// structure, whitespace, nesting), with lede's own cases. Every rejection must carry an offset
/// inside the input; a few cases pin the exact byte.
@Suite("JSON conformance")
struct JSONConformanceTests {
    /// The failure for `bytes`, or nil (and a recorded issue) when they parse.
    static func failure(_ bytes: [UInt8]) -> JSONParser.Failure? {
        do {
            let value = try JSONParser.parse(bytes)
            Issue.record("accepted \(String(decoding: bytes, as: UTF8.self).debugDescription) as \(value)")
            return nil
        } catch {
            #expect(error.offset >= 0 && error.offset <= bytes.count, "offset \(error.offset) outside the input")
            return error
        }
    }

    static func failure(_ text: String) -> JSONParser.Failure? { failure(Array(text.utf8)) }

    static func scalar(_ value: UInt32) -> String { Unicode.Scalar(value).map { String(Character($0)) } ?? "" }

    static func nested(_ depth: Int, open: String, close: String, inner: String = "") -> String {
        String(repeating: open, count: depth) + inner + String(repeating: close, count: depth)
    }

    // MARK: Numbers

    @Test(
        "accepts every number form the grammar allows",
        arguments: [
            ("0", 0.0), ("-0", 0.0), ("7", 7), ("-12", -12), ("10", 10), ("1.5", 1.5), ("-0.25", -0.25),
            ("0.0", 0), ("1e2", 100), ("1E2", 100), ("1e+2", 100), ("1e-2", 0.01), ("-1.5E-3", -0.0015),
            ("0e0", 0), ("0E+00", 0), ("1e308", 1e308), ("1.7976931348623157e308", 1.7976931348623157e308),
            ("2.2250738585072014e-308", 2.2250738585072014e-308), ("1e-400", 0), ("5e-324", Double.leastNonzeroMagnitude),
            ("123456789012345678901234567890", 123456789012345678901234567890.0),
            ("9223372036854775807", 9223372036854775807.0), ("-9223372036854775808", -9223372036854775808.0),
            ("9223372036854775808", 9223372036854775808.0), ("0.000001", 0.000001), ("100000000000000000000e-20", 1),
        ])
    func acceptsNumber(text: String, expected: Double) throws {
        let value = try JSONParser.parse(text)
        #expect(value.doubleValue == expected)
        let wrapped = try JSONParser.parse("[\(text)]")
        #expect(wrapped.arrayValue?.first?.doubleValue == expected)
    }

    @Test("integers stay integers; fractions, exponents and huge integers are doubles")
    func integerOrDouble() throws {
        #expect(try JSONParser.parse("42") == .int(42))
        if case .int = try JSONParser.parse("42") {} else { Issue.record("42 is not an int") }
        if case .int(let minimum) = try JSONParser.parse("-9223372036854775808") {
            #expect(minimum == Int.min)
        } else {
            Issue.record("Int.min is not an int")
        }
        for text in ["1.0", "1e0", "9223372036854775808", "123456789012345678901234567890"] {
            if case .double = try JSONParser.parse(text) {} else { Issue.record("\(text) is not a double") }
        }
        #expect(try JSONParser.parse("-0").doubleValue?.sign == .minus)
        #expect(try JSONParser.parse("-0").intValue == 0)
        #expect(try JSONParser.parse("3.0").intValue == 3)
    }

    @Test(
        "rejects numbers outside the grammar",
        arguments: [
            "+1", ".5", "-.5", "01", "-01", "00", "0001", "-", "--1", "1.", "-1.", "1.e1", "1e", "1E", "1e+", "1e-",
            "1.5e", "1ee2", "1e1e1", "0.1.2", "1.2.", "0x1F", "0b1", "1_000", "- 1", "-a", "1e2.5", "2.e-3",
            "[1.]", "[-]", "[+1]", "[01]", "{\"a\": .5}", "{\"a\": 1.}", "1+2", "\u{FF11}", "0.e1", "1e+-2",
        ])
    func rejectsNumber(text: String) {
        _ = Self.failure(text)
    }

    @Test(
        "rejects numbers that overflow to infinity",
        arguments: ["1e999", "-1e999", "1E400", "[1e309]", "1.8e308", "123456789e301", "{\"n\": -2e308}"])
    func rejectsInfinity(text: String) {
        _ = Self.failure(text)
    }

    @Test(
        "rejects NaN, Infinity and other words",
        arguments: ["NaN", "nan", "Infinity", "-Infinity", "inf", "-inf", "[NaN]", "undefined", "True", "NULL", "nul", "tru", "fals"])
    func rejectsWords(text: String) {
        _ = Self.failure(text)
    }

    @Test("a bad number is reported where it goes wrong")
    func numberOffsets() {
        #expect(Self.failure("+1")?.offset == 0)
        #expect(Self.failure(".5")?.offset == 0)
        #expect(Self.failure("01")?.offset == 1)
        #expect(Self.failure("[1.]")?.offset == 3)
        #expect(Self.failure("[1e]")?.offset == 3)
        #expect(Self.failure("-")?.offset == 1)
        #expect(Self.failure("[1, 1e999]")?.offset == 4)
    }

    // MARK: Strings and escapes

    @Test(
        "decodes every escape",
        arguments: [
            (#""\"""#, "\""), (#""\\""#, "\\"), (#""\/""#, "/"), (#""\b""#, "\u{8}"), (#""\f""#, "\u{C}"),
            (#""\n""#, "\n"), (#""\r""#, "\r"), (#""\t""#, "\t"), (#""\u0041""#, "A"), (#""\u00e9\u00E9""#, "éé"),
            (#""\u0000""#, "\u{0}"), (#""\u001f""#, "\u{1F}"), (#""\u2028\u2029""#, "\u{2028}\u{2029}"),
            (#""\uFFFF""#, JSONConformanceTests.scalar(0xFFFF)), (#""\uFDD0""#, JSONConformanceTests.scalar(0xFDD0)), (#""\uD834\uDD1E""#, "\u{1D11E}"),
            (#""\ud83d\ude00""#, "😀"), (#""\uDBFF\uDFFF""#, "\u{10FFFF}"), (#""a\"b\\c\/d""#, "a\"b\\c/d"),
            (#""""#, ""), (#""plain""#, "plain"), (#""\n\n""#, "\n\n"), (#""x\u0041y""#, "xAy"),
        ])
    func decodesEscape(text: String, expected: String) throws {
        #expect(try JSONParser.parse(text) == .string(expected))
    }

    @Test(
        "writes escapes for what needs them and copies the rest whole",
        arguments: [
            ("plain", #""plain""#), ("a\"b\\c", #""a\"b\\c""#), ("\n\r\t", #""\n\r\t""#),
            ("\u{0}\u{1F}\u{7F}", #""\u0000\u001f\u007f""#), ("x\u{85}y\u{9F}", #""x\u0085y\u009f""#),
            ("\u{2028}é\u{2029}", #""\u2028é\u2029""#), ("日本😀\u{A0}", "\"日本😀\u{A0}\""), ("", #""""#),
            ("\u{2027}\u{202A}", "\"\u{2027}\u{202A}\""), ("end\\", #""end\\""#),
        ])
    func writesString(text: String, expected: String) throws {
        #expect(JSONWriter.string(.string(text)) == expected)
        #expect(try JSONParser.parse(expected) == .string(text))
    }

    @Test(
        "keeps raw UTF-8 and characters JSON need not escape",
        arguments: ["é", "日本語", "😀", "\u{7F}", "\u{2028}", "\u{FEFF}", "e\u{301}", "\u{10FFFF}", "/", "'"])
    func rawText(text: String) throws {
        #expect(try JSONParser.parse("\"\(text)\"") == .string(text))
    }

    @Test(
        "rejects lone and mismatched surrogates",
        arguments: [
            #""\ud800""#, #""\udc00""#, #""\uDFFF""#, #""\ud800x""#, #""\ud800\u0041""#, #""\ud800\ud800""#,
            #""\udbff\udbff""#, #""\udc00\ud800""#, #""\ud800\""#, #""\ud800\n""#, #""\ud800\u""#, #"["\uD834"]"#,
        ])
    func rejectsSurrogate(text: String) {
        _ = Self.failure(text)
    }

    @Test(
        "rejects invalid escapes",
        arguments: [
            #""\x41""#, #""\u12""#, #""\u12G4""#, #""\U0041""#, #""\a""#, #""\'""#, #""\0""#, #""\ ""#, #""\""#,
            #""\u""#, #""\u-123""#, #""\u 123""#, "\"\\\u{E9}\"",
        ])
    func rejectsEscape(text: String) {
        _ = Self.failure(text)
    }

    @Test("rejects every raw control character inside a string", arguments: Array(0x00...0x1F))
    func rejectsControl(code: Int) {
        let bytes: [UInt8] = [0x22, 0x61, UInt8(code), 0x62, 0x22]
        #expect(Self.failure(bytes)?.offset == 2)
    }

    @Test("finds a control character, escape or bad byte at every position of a long string", arguments: 0..<24)
    func everyPosition(position: Int) throws {
        var plain = Array(repeating: UInt8(ascii: "a"), count: 24)
        plain[position] = 0x01
        #expect(Self.failure([0x22] + plain + [0x22])?.offset == position + 1)
        plain[position] = 0xFF
        #expect(Self.failure([0x22] + plain + [0x22])?.offset == position + 1)
        plain[position] = UInt8(ascii: "\"")
        #expect(Self.failure([0x22] + plain + [0x22])?.offset == position + 2)
        let before = String(repeating: "a", count: position)
        let after = String(repeating: "b", count: 24 - position)
        #expect(try JSONParser.parse("\"\(before)\\n\u{E9}\(after)\"") == .string(before + "\n\u{E9}" + after))
    }

    @Test(
        "rejects unterminated strings and single quotes",
        arguments: [#"""#, #""abc"#, #"["abc]"#, #"'abc'"#, #"['a']"#, #"{'a': 1}"#, #""abc\"#, #"abc""#])
    func rejectsUnterminated(text: String) {
        _ = Self.failure(text)
    }

    @Test("a bad string is reported where it goes wrong")
    func stringOffsets() {
        #expect(Self.failure(#""\x""#)?.offset == 1)
        #expect(Self.failure(#"["\ud800"]"#)?.offset == 2)
        #expect(Self.failure(#""ab\udc00""#)?.offset == 3)
        #expect(Self.failure(#"'a'"#)?.offset == 0)
    }

    // MARK: UTF-8

    @Test(
        "rejects invalid UTF-8",
        arguments: [
            [0x22, 0xFF, 0x22], [0x22, 0xC3, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xC1, 0xBF, 0x22],
            [0x22, 0xE0, 0x80, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],
            [0x22, 0xF0, 0x80, 0x80, 0xAF, 0x22], [0x22, 0x80, 0x22], [0x22, 0xBF, 0x22], [0x22, 0xE2, 0x82, 0x22],
            [0x22, 0xF0, 0x9F, 0x98, 0x22], [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], [0x22, 0xFE, 0x22],
            [0x5B, 0xE9, 0x5D], [0xEF, 0xBB, 0xBF, 0x7B, 0x7D], [0x22, 0x61, 0xE2, 0x28, 0xA1, 0x22],
        ] as [[UInt8]])
    func rejectsUTF8(bytes: [UInt8]) {
        _ = Self.failure(bytes)
    }

    @Test("invalid UTF-8 is reported at its first byte")
    func utf8Offset() {
        #expect(Self.failure([0x22, 0x61, 0xFF, 0x22])?.offset == 2)
        #expect(Self.failure([0x22, 0x61, 0x62, 0xED, 0xA0, 0x80, 0x22])?.offset == 3)
    }

    @Test("accepts valid UTF-8 of every length given as bytes")
    func acceptsUTF8() throws {
        let bytes: [UInt8] = [0x22, 0x41, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xEF, 0xBF, 0xBF, 0x22]
        #expect(try JSONParser.parse(bytes) == .string("Aé€😀" + Self.scalar(0xFFFF)))
    }

    // MARK: Structure

    @Test(
        "accepts every value at the top and in containers",
        arguments: [
            "[]", "{}", "[[]]", "[{}]", "{\"a\":{}}", "{\"a\":[]}", "null", "true", "false", "\"\"", "1", "[null]",
            "[true,false,null]", "[1,\"a\",[2],{\"b\":3}]", "{\"\":0}", "{\"a\":1,\"b\":2}", "{\"é\":\"ü\"}",
            "[[[]]]", "[[],[]]", "{\"a\":[{\"b\":[]}]}", "[-0]", "[\"\\u0000\"]",
        ])
    func acceptsStructure(text: String) throws {
        _ = try JSONParser.parse(text)
    }

    @Test(
        "rejects trailing commas, missing commas and colons, unquoted keys and comments",
        arguments: [
            "[1,]", "[1,2,]", "{\"a\":1,}", "[,]", "[,1]", "[1,,2]", "{,}", "{,\"a\":1}", "[1 2]", "[\"a\" \"b\"]",
            "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{\"a\"}", "{\"a\":}", "{\"a\"::1}", "{\"a\":1:2}", "{a:1}", "{1:1}",
            "{null:1}", "{[]:1}", "[\"a\":1]", "{\"a\",1}", "/* c */ 1", "// c\n1", "[1 /* c */]", "[1] // c",
            "# c\n1", "[1,/**/2]",
        ])
    func rejectsStructure(text: String) {
        _ = Self.failure(text)
    }

    @Test(
        "rejects unbalanced and truncated containers",
        arguments: ["[", "]", "{", "}", "[1", "[1,", "{\"a\"", "{\"a\":", "{\"a\":1", "[1}", "{\"a\":1]", "[1]]", "[[]", "{}}", ""])
    func rejectsUnbalanced(text: String) {
        _ = Self.failure(text)
    }

    @Test(
        "rejects text after the value",
        arguments: ["1 2", "1x", "[] ]", "{}{}", "[][]", "truex", "nullnull", "\"a\"b", "{} x", "[1]\u{0}", "0 0", "1,"])
    func rejectsTrailing(text: String) {
        _ = Self.failure(text)
    }

    @Test("a bad structure is reported where it goes wrong")
    func structureOffsets() {
        #expect(Self.failure("[1,]")?.offset == 3)
        #expect(Self.failure("{\"a\":1,}")?.offset == 7)
        #expect(Self.failure("[1 2]")?.offset == 3)
        #expect(Self.failure("{\"a\" 1}")?.offset == 5)
        #expect(Self.failure("{a:1}")?.offset == 1)
        #expect(Self.failure("[1] x")?.offset == 4)
        #expect(Self.failure("/* c */ 1")?.offset == 0)
        #expect(Self.failure("[1")?.offset == 2)
    }

    @Test("duplicate keys are all kept in order; lookup finds the first")
    func duplicateKeys() throws {
        let value = try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#)
        #expect(value.objectValue?.map(\.0) == ["a", "b", "a"])
        #expect(value["a"] == .int(1))
    }

    // MARK: Whitespace

    @Test("accepts the four whitespace characters anywhere between tokens")
    func whitespace() throws {
        let value = try JSONParser.parse(" \t\n\r[ \t\n\r1 \t\n\r, \t\n\r{ \t\n\r\"a\" \t\n\r: \t\n\rnull \t\n\r} \t\n\r] \t\n\r")
        #expect(value == .array([.int(1), .object([("a", .null)])]))
    }

    @Test(
        "rejects every other space",
        arguments: ["\u{B}1", "\u{C}1", "[1,\u{A0}2]", "\u{FEFF}1", "[\u{2028}]", "1\u{3000}", "\u{85}1", "\u{0}1", "[1\u{1C}]"])
    func rejectsOtherSpace(text: String) {
        _ = Self.failure(text)
    }

    @Test("rejects a text that is empty or only whitespace", arguments: ["", " ", "\n\t\r "])
    func rejectsEmpty(text: String) {
        #expect(Self.failure(text)?.offset == text.utf8.count)
    }

    // MARK: Nesting

    @Test("accepts nesting up to the documented limit", arguments: [("[", "]"), ("{\"k\":", "}")])
    func deepNesting(open: String, close: String) throws {
        let depth = JSONParser.maximumDepth
        let text = Self.nested(depth, open: open, close: close, inner: open == "[" ? "" : "0")
        _ = try JSONParser.parse(text)
        let mixed = String(repeating: "[{\"k\":", count: depth / 2) + "1" + String(repeating: "}]", count: depth / 2)
        _ = try JSONParser.parse(mixed)
    }

    @Test("rejects nesting past the limit where the limit is crossed", arguments: [("[", "]"), ("{\"k\":", "}")])
    func tooDeep(open: String, close: String) {
        let depth = JSONParser.maximumDepth + 1
        let text = Self.nested(depth, open: open, close: close, inner: open == "[" ? "" : "0")
        let failure = Self.failure(text)
        #expect(failure?.offset == JSONParser.maximumDepth * open.utf8.count)
    }

    @Test("very deep input fails without exhausting the stack")
    func hostileDepth() {
        _ = Self.failure(String(repeating: "[", count: 100_000))
        _ = Self.failure(String(repeating: "{\"a\":[", count: 50_000))
    }

    @Test("the limit is 512")
    func documentedLimit() {
        #expect(JSONParser.maximumDepth == 512)
    }
}
