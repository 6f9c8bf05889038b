import LedeCore
import LedeKitTesting
import Testing

@testable import LedeKit

/// Counts words: the smallest plugin PluginMain can serve.
struct WordCountPlugin: AnalysisPlugin {
    var descriptor: PluginDescriptor {
        PluginDescriptor(name: "wordcount", version: "1.2", summary: "Counts words", commands: [])
    }
    func analyze(_ document: Document, context: any AnalysisContext) throws -> Int {
        if document.text == "fail" { throw LedeError("cannot count this") }
        return document.wordCount
    }
    func encode(_ output: Int, document: Document) -> JSONValue { .object([("words", .int(output))]) }
}

@Suite("PluginMain serves a Swift plugin over the wire protocol")
struct PluginMainTests {
    func serve(_ lines: [String]) throws -> [WireMessage] {
        var input = lines[...]
        var output: [String] = []
        PluginMain.serve(WordCountPlugin(), readLine: { input.popFirst() }, writeLine: { output.append($0) })
        return try output.map { try WireMessage(line: $0) }
    }

    func analyze(_ id: Int, _ text: String) -> String {
        WireMessage.request(
            id: id, method: "analyze", params: WireAnalyzeRequest(article: Article(id: "a", title: "", text: text)).params
        ).line
    }

    @Test("initialize, analyze and shutdown, each answered under its id")
    func conversation() throws {
        let replies = try serve([
            #"{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocol_version": 1}}"#,
            analyze(2, "Three small words"), "",
            #"{"jsonrpc": "2.0", "id": 3, "method": "shutdown"}"#,
            analyze(4, "never read"),
        ])
        #expect(replies.count == 3)
        guard case .response(1, .success(let hello)) = replies.first else {
            Issue.record("no initialize answer: \(replies)")
            return
        }
        #expect(hello["name"] == "wordcount" && hello["version"] == "1.2" && hello["protocol_version"] == 1)
        #expect(replies[1] == .response(id: 2, result: .success(.object([("words", 3)]))))
        #expect(replies[2] == .response(id: 3, result: .success(.null)))
    }

    @Test("a plugin error, an unknown method and a broken line are answered and serving goes on")
    func errors() throws {
        let replies = try serve([
            analyze(1, "fail"), #"{"jsonrpc": "2.0", "id": 2, "method": "translate"}"#, "{oops",
            #"{"jsonrpc": "2.0", "method": "note"}"#, analyze(3, "ok"),
        ])
        try #require(replies.count == 4)
        #expect(replies[0] == .response(id: 1, result: .failure(WireError(code: -32000, message: "cannot count this"))))
        #expect(replies[1] == .response(id: 2, result: .failure(WireError(code: -32601, message: "no method 'translate'"))))
        guard case .response(0, .failure(let parse)) = replies[2] else {
            Issue.record("no parse error: \(replies)")
            return
        }
        #expect(parse.code == WireError.parseError)
        #expect(replies[3] == .response(id: 3, result: .success(.object([("words", 1)]))))
    }

    @Test("a host offering an unknown protocol version is refused")
    func versionMismatch() throws {
        let replies = try serve([
            #"{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocol_version": 5}}"#
        ])
        guard case .response(1, .failure(let error)) = replies.first else {
            Issue.record("accepted version 5")
            return
        }
        #expect(error.message.contains("lede offered 5"))
    }
}

/// A third-party Swift plugin runs the same contract suite as the built-ins.
@Suite("A third-party plugin runs the contract suite")
struct ThirdPartyContractTests {
    struct Careful: AnalysisPlugin {
        var descriptor: PluginDescriptor { PluginDescriptor(name: "careful", version: "1", summary: "", commands: []) }
        func analyze(_ document: Document, context: any AnalysisContext) throws -> Int {
            try context.checkCancellation()
            return document.wordCount
        }
        func encode(_ output: Int, document: Document) -> JSONValue { .int(output) }
    }

    @Test("a plugin that checks for Ctrl-C keeps the contract; one that does not is caught")
    func contract() {
        PluginContract.check(Careful())
        #expect(PluginContract.violations(of: PluginContract.subject(WordCountPlugin())).contains { $0.contains("Ctrl-C") })
    }
}
