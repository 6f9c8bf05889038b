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
        let folder = LedeRun.temporaryDirectory()
        let out = folder.appendingPathComponent("out").path
        let err = folder.appendingPathComponent("err").path
        let input = folder.appendingPathComponent("in").path
        _ = FileManager.default.createFile(atPath: input, contents: Data())
        let result = try ChildProcess.run(
            [python, script, try LedeRun.requireBinary()], environment: ProcessInfo.processInfo.environment,
            directory: LedeRun.root.path, stdin: input, stdout: out, stderr: err, timeout: 120)
        let printed = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        #expect(result.status == 0, "\(printed)\n\(errors)")
        #expect(printed.contains("ok: an article that is not there"), "\(printed)")
        #expect(!printed.contains("FAIL"))
    }
}
