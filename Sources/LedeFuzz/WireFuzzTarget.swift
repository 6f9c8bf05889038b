import LedeKit

/// Fuzzes the plugin wire protocol: any line gives a message or a JSON-RPC error with one of the
/// protocol's codes, and a message survives a round trip through its own line.
enum WireFuzzTarget {
    @Sendable static func run(_ raw: UnsafeRawBufferPointer) {
        do {
            let message = try WireMessage(line: Array(raw))
            let line = message.line
            TextFuzzTarget.check(!line.contains("\n"), "a message line holds a line feed")
            TextFuzzTarget.check((try? WireMessage(line: line)) == message, "round trip changed the message: \(line)")
        } catch {
            TextFuzzTarget.check(
                error.code == WireError.parseError || error.code == WireError.invalidRequest, "unexpected code \(error.code)")
            TextFuzzTarget.check(!error.message.isEmpty, "an error without a message")
        }
    }
}
