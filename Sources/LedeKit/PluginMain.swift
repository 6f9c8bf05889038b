#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import LedeCore

/// Runs a Swift plugin as a separate program: the whole `main.swift` of an out-of-process plugin.
///
/// ```swift
/// import LedeKit
/// PluginMain.serve(WordCount())   // any AnalysisPlugin; its folder's plugin.json names the binary
/// ```
/// It answers the wire protocol (`plugins/PROTOCOL.md`) on stdin/stdout until lede sends
/// `shutdown` or closes stdin: each `analyze` builds a ``Document`` from the article, runs the
/// plugin with the inputs lede sent as its dependencies, and answers with
/// ``AnalysisPlugin/encode(_:document:)``. Commands are rendered by lede from the manifest.
public enum PluginMain {
    /// Serves `plugin` on the process's stdin and stdout.
    public static func serve<P: AnalysisPlugin>(_ plugin: P) {
        serve(plugin, readLine: { Swift.readLine(strippingNewline: true) }, writeLine: writeStandardOutput)
    }

    /// Serves `plugin` over the given line transport (tests pass closures over arrays).
    public static func serve<P: AnalysisPlugin>(
        _ plugin: P, readLine: () -> String?, writeLine: (String) -> Void
    ) {
        let descriptor = plugin.descriptor
        serve(name: descriptor.name, version: descriptor.version, readLine: readLine, writeLine: writeLine) { request in
            let document = Document(request.article)
            let context = WireInputsContext(inputs: request.inputs)
            return plugin.encode(try plugin.analyze(document, context: context), document: document)
        }
    }

    /// Serves a plain analysis function: `analyze` receives the article and its inputs and
    /// returns the JSON result (what `lede analyze --with NAME` writes under the plugin's name).
    public static func serve(
        name: String, version: String, readLine: () -> String? = { Swift.readLine(strippingNewline: true) },
        writeLine: (String) -> Void = writeStandardOutput,
        analyze: (WireAnalyzeRequest) throws -> JSONValue
    ) {
        while let line = readLine() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            let message: WireMessage
            do {
                message = try WireMessage(line: line)
            } catch {
                writeLine(WireMessage.response(id: 0, result: .failure(error)).line)
                continue
            }
            guard case let .request(id, method, params) = message else { continue }
            let result: Result<JSONValue, WireError>
            switch method {
            case WireProtocol.Method.initialize:
                result = initialize(params: params, name: name, version: version)
            case WireProtocol.Method.analyze:
                do {
                    let request = try WireAnalyzeRequest(params: params)
                    result = .success(try analyze(request))
                } catch let error as WireError {
                    result = .failure(error)
                } catch let error as any UserFacingError {
                    result = .failure(WireError(code: WireError.analysisFailed, message: error.message))
                } catch {
                    result = .failure(WireError(code: WireError.analysisFailed, message: "\(error)"))
                }
            case WireProtocol.Method.shutdown:
                writeLine(WireMessage.response(id: id, result: .success(.null)).line)
                return
            default:
                result = .failure(WireError(code: WireError.methodNotFound, message: "no method '\(method)'"))
            }
            writeLine(WireMessage.response(id: id, result: result).line)
        }
    }

    static func initialize(params: JSONValue, name: String, version: String) -> Result<JSONValue, WireError> {
        let offered = params["protocol_version"]?.intValue ?? WireProtocol.version
        guard WireProtocol.supportedVersions.contains(offered) else {
            return .failure(
                WireError(
                    code: WireError.invalidParams,
                    message: "\(name) speaks protocol \(WireProtocol.version), lede offered \(offered)"))
        }
        return .success(
            .object([
                ("protocol_version", .int(WireProtocol.version)), ("name", .string(name)),
                ("version", .string(version)), ("capabilities", .object([("command", false)])),
            ]))
    }

    /// Writes one line and the newline to fd 1 in full, retrying short writes.
    public static func writeStandardOutput(_ line: String) {
        var bytes = Array(line.utf8)
        bytes.append(0x0A)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

/// The analysis context inside a plugin process: dependencies come from the request's inputs.
struct WireInputsContext: AnalysisContext {
    let inputs: [(String, JSONValue)]

    func output<P: AnalysisPlugin>(of plugin: P, for document: Document) throws -> P.Output {
        try plugin.analyze(document, context: self)
    }

    func json(ofPlugin name: String, for document: Document) throws -> JSONValue {
        guard let value = inputs.first(where: { $0.0 == name })?.1 else {
            throw LedeError("input '\(name)' was not sent", hint: "list \"\(name)\" under \"inputs\" in plugin.json")
        }
        return value
    }

    func checkCancellation() throws {}
}
