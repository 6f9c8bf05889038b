import LedeCore
import Testing

@testable import LedeKit

@Suite("Wire protocol messages")
struct WireMessageTests {
    // MARK: Encoding and decoding

    @Test("every kind of message survives a round trip through one line")
    func roundTrip() throws {
        let messages: [WireMessage] = [
            .request(id: 7, method: "analyze", params: .object([("x", 1)])),
            .notification(method: "log", params: .null),
            .response(id: 7, result: .success(.array(["a", 2.5, nil]))),
            .response(id: 8, result: .failure(WireError(code: -32000, message: "no \"text\"\n"))),
        ]
        for message in messages {
            #expect(!message.line.contains("\n"))
            #expect(try WireMessage(line: message.line) == message)
        }
    }

    @Test("a request line looks like JSON-RPC 2.0")
    func requestLine() {
        let line = WireMessage.request(id: 1, method: "initialize", params: .object([("protocol_version", 1)])).line
        #expect(line == #"{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocol_version": 1}}"#)
    }

    @Test(
        "malformed lines say what is wrong",
        arguments: [
            ("hello", "not JSON"), ("[1]", "a message must be a JSON object"), (#"{"id": 1, "result": 2}"#, "missing"),
            (#"{"jsonrpc": "2.0", "result": 2}"#, "a response needs an integer"),
            (#"{"jsonrpc": "2.0", "id": 3}"#, "a response needs"),
        ])
    func malformed(line: String, message: String) {
        do {
            _ = try WireMessage(line: line)
            Issue.record("accepted \(line)")
        } catch {
            #expect(error.message.hasPrefix(message))
        }
    }

    // MARK: Analyze parameters

    @Test("analyze parameters carry the article, its target and the requested inputs")
    func analyzeParams() throws {
        let article = Article(
            id: "a1", title: "T", text: "Ms Émile Zola wrote. Then left.", metadata: [("url", "u")],
            target: TextSpan(3, 13))
        let document = Document(article)
        let request = WireAnalyzeRequest(document: document, inputs: ["text", "sentences", "entities"]) { name in
            .string("result of \(name)")
        }
        let params = request.params
        #expect(params["article"]?["target"]?["text"] == "Émile Zola")
        #expect(params["article"]?["metadata"]?["url"] == "u")
        #expect(params["inputs"]?["sentences"]?.arrayValue?.count == document.sentences.count)
        #expect(params["inputs"]?["entities"] == "result of entities")
        let decoded = try WireAnalyzeRequest(params: params)
        #expect(decoded.article == article)
        #expect(decoded.input("entities") == "result of entities")
    }
}
