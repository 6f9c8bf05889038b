import Foundation
import Testing

/// `lede mcp` against the official Python MCP client (PyPI's `mcp`), in the virtual environment
/// scripts/test.sh makes and names in LEDE_TEST_PYTHON.
@Suite("lede mcp with the official Python client", .enabled(if: ProcessInfo.processInfo.environment["LEDE_TEST_PYTHON"] != nil))
struct MCPTests {
    @Test("initialize, list the tools, call each on the samples, and get one-line tool errors for bad calls")
    func pythonClient() throws {
        let python = ProcessInfo.processInfo.environment["LEDE_TEST_PYTHON"]!
        let script = LedeRun.root.appendingPathComponent("Tests/mcp/client_check.py").path
        let result = try ProgramRun.run([python, script, try LedeRun.requireBinary()], directory: LedeRun.root)
        let (printed, errors) = (result.stdout, result.stderr)
        #expect(result.status == 0, "\(printed)\n\(errors)")
        #expect(printed.contains("ok: an article that is not there"), "\(printed)")
        #expect(!printed.contains("FAIL"))
    }
}
