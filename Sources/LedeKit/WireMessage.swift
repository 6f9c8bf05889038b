/// The out-of-process plugin protocol: JSON-RPC 2.0, one message per line over the plugin's
/// stdin (host to plugin) and stdout (plugin to host). `plugins/PROTOCOL.md` is the full text.
///
/// Methods, all requests from the host: `initialize` (versions and capabilities), `analyze` (one
/// article in, one JSON result out), `command` (optional: render a command's table), `shutdown`.
public enum WireProtocol {
    /// The protocol version this build of lede speaks.
    public static let version = 1
    /// Every version this build can talk to.
    public static let supportedVersions: ClosedRange<Int> = 1...1

    public enum Method {
        public static let initialize = "initialize"
        public static let analyze = "analyze"
        public static let command = "command"
        public static let shutdown = "shutdown"
    }
}

/// A JSON-RPC error object: a numeric code and a one-line message.
public struct WireError: Error, Sendable, Equatable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static let parseError = -32700
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
    /// The analysis itself failed (bad input for this plugin, missing dependency, …).
    public static let analysisFailed = -32000

    var json: JSONValue { .object([("code", .int(code)), ("message", .string(message))]) }
}

/// One line of the protocol, in either direction.
public enum WireMessage: Sendable, Equatable {
    /// A call that expects a response with the same `id`.
    case request(id: Int, method: String, params: JSONValue)
    /// A call without an `id`; nothing answers it.
    case notification(method: String, params: JSONValue)
    /// The answer to request `id`: a result or an error.
    case response(id: Int, result: Result<JSONValue, WireError>)

    public static func == (lhs: WireMessage, rhs: WireMessage) -> Bool {
        switch (lhs, rhs) {
        case let (.request(a, b, c), .request(d, e, f)): return a == d && b == e && c == f
        case let (.notification(a, b), .notification(c, d)): return a == c && b == d
        case let (.response(a, b), .response(c, d)): return a == c && b == d
        default: return false
        }
    }

    /// The message as one line of compact JSON, without the trailing newline.
    public var line: String {
        var fields: [(String, JSONValue)] = [("jsonrpc", "2.0")]
        switch self {
        case let .request(id, method, params):
            fields += [("id", .int(id)), ("method", .string(method)), ("params", params)]
        case let .notification(method, params):
            fields += [("method", .string(method)), ("params", params)]
        case let .response(id, .success(result)):
            fields += [("id", .int(id)), ("result", result)]
        case let .response(id, .failure(error)):
            fields += [("id", .int(id)), ("error", error.json)]
        }
        return JSONWriter.string(.object(fields))
    }

    /// Parses one line; the error says what is wrong in words a plugin author can act on.
    public init(line bytes: [UInt8]) throws(WireError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw WireError(code: WireError.parseError, message: "not JSON (\(error))")
        }
        guard case .object = value else {
            throw WireError(code: WireError.invalidRequest, message: "a message must be a JSON object")
        }
        guard value["jsonrpc"]?.stringValue == "2.0" else {
            throw WireError(code: WireError.invalidRequest, message: "missing \"jsonrpc\": \"2.0\"")
        }
        let id = value["id"]?.intValue
        if let method = value["method"]?.stringValue {
            let params = value["params"] ?? .null
            self = id.map { .request(id: $0, method: method, params: params) }
                ?? .notification(method: method, params: params)
            return
        }
        guard let id else {
            throw WireError(code: WireError.invalidRequest, message: "a response needs an integer \"id\"")
        }
        if let error = value["error"], case .object = error {
            let code = error["code"]?.intValue ?? WireError.internalError
            let message = error["message"]?.stringValue ?? "unknown error"
            self = .response(id: id, result: .failure(WireError(code: code, message: message)))
        } else if let result = value["result"] {
            self = .response(id: id, result: .success(result))
        } else {
            throw WireError(code: WireError.invalidRequest, message: "a response needs \"result\" or \"error\"")
        }
    }

    public init(line: String) throws(WireError) {
        try self.init(line: Array(line.utf8))
    }
}
