import Foundation
import LedeCore
import LedeHost
import LedeKit
import LedeKitTesting
import Testing

@testable import LedeHost
@testable import LedeShell

/// A fixture plugin folder under `Tests/LedeShellTests/Fixtures/`.
func fixturePlugin(_ folder: String) throws -> ExternalPluginManifest {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/\(folder)").path
    let text = try String(contentsOfFile: directory + "/plugin.json", encoding: .utf8)
    return try ExternalPluginManifest(json: text, directory: directory)
}

func fixtureDocument(_ text: String, id: String = "t1") -> Document {
    Document(Article(id: id, title: "", text: text))
}

/// An analysis context whose Ctrl-C flag a test controls.
func testContext(cancelled: @escaping @Sendable () -> Bool = { false }) -> PluginTestHost {
    PluginTestHost(documents: [], cancelled: cancelled)
}

func failure(_ body: () throws -> Void) -> LedeError? {
    do {
        try body()
        return nil
    } catch let error as LedeError {
        return error
    } catch {
        return LedeError("unexpected \(type(of: error)): \(error)")
    }
}

@Suite("External plugins that misbehave: one clear error, restart on next use", .timeLimit(.minutes(2)))
struct ExternalPluginFailureTests {
    let plugin: ExternalPlugin

    init() throws {
        plugin = ExternalPlugin(manifest: try fixturePlugin("misbehaving"), settings: .init())
    }

    func analyze(_ text: String, context: PluginTestHost = testContext()) throws -> JSONValue {
        try plugin.analyze(fixtureDocument(text), context: context)
    }

    // MARK: Healthy calls

    @Test("starts on first use and stays warm between calls")
    func staysWarm() throws {
        #expect(plugin.runner.state == .notStarted)
        let first = try analyze("hello")
        #expect(first["length"] == 5)
        let second = try analyze("hello again")
        #expect(second["length"] == 11)
        #expect(first["pid"] == second["pid"])
        #expect(plugin.runner.state == .running(processes: 1))
        plugin.runner.stopAll()
        #expect(plugin.runner.state == .notStarted)
    }

    @Test("an error answer is reported and the process stays warm")
    func cleanError() throws {
        let pid = try analyze("fine")["pid"]
        let error = failure { _ = try analyze("error") }
        #expect(error?.message == "misbehaving: cannot read this one")
        #expect(try analyze("fine")["pid"] == pid)
    }

    // MARK: Failures

    @Test("a crash names the plugin and the signal, keeps its last log line, and restarts")
    func crash() throws {
        let pid = try analyze("fine")["pid"]
        let error = try #require(failure { _ = try analyze("crash") })
        #expect(error.message == "plugin 'misbehaving' was killed by signal SIGSEGV during analyze")
        #expect(error.hint == "its last log line: about to crash")
        #expect(plugin.runner.state == .crashed(error.message))
        let after = try analyze("fine")
        #expect(after["pid"] != pid)
    }

    @Test("a hang times out with the configured limit and restarts")
    func hang() throws {
        plugin.runner.setTimeout(0.3)
        let start = ContinuousClock.now
        let error = try #require(failure { _ = try analyze("hang") })
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(error.message == "plugin 'misbehaving' did not answer analyze within 0.3 s; stopped it")
        #expect(error.hint?.contains("set plugin_timeout") == true)
        #expect(try analyze("fine")["length"] == 4)
    }

    @Test("a reply with another request's id is an error at once, not a wait for the timeout")
    func wrongID() throws {
        plugin.runner.setTimeout(30)
        let start = ContinuousClock.now
        let error = try #require(failure { _ = try analyze("wrong id") })
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(error.message.hasPrefix("plugin 'misbehaving' answered request "), "\(error.message)")
        #expect(error.message.contains("while lede waited for request") && error.message.hasSuffix("(analyze); stopped it"))
        #expect(try analyze("fine")["length"] == 4)
    }

    @Test("a span outside the text is refused, naming where it is; a span ending at the text's end is fine")
    func spanOutsideText() throws {
        // "span 0 999" is 10 scalars long.
        let error = try #require(failure { _ = try analyze("span 0 999") })
        #expect(error.message == "misbehaving: the span 0..<999 at $.found[1] is outside article t1's text (10 characters)", "\(error.message)")
        for bad in ["span -1 2", "span 5 4", "span 11 11"] {
            #expect(failure { _ = try analyze(bad) } != nil, "\(bad)")
        }
        #expect(try analyze("span 10 10")["found"]?.arrayValue?.last?["end"] == 10)
        #expect(try analyze("fine")["length"] == 4)
    }

    @Test("garbage on stdout is quoted in the error")
    func garbage() throws {
        let error = try #require(failure { _ = try analyze("garbage") })
        #expect(error.message == "plugin 'misbehaving' wrote something that is not a protocol message: 'this is not a protocol message'")
        #expect(try analyze("fine")["length"] == 4)
    }

    @Test("a 1 GB response stops the plugin at the size limit")
    func huge() throws {
        let error = try #require(failure { _ = try analyze("huge") })
        #expect(error.message == "plugin 'misbehaving' sent a response larger than 64 MB; stopped it")
        #expect(try analyze("fine")["length"] == 4)
    }

    @Test("exiting in the middle of an answer gives the exit status")
    func exitMidCall() throws {
        let error = try #require(failure { _ = try analyze("exit") })
        #expect(error.message == "plugin 'misbehaving' exited with status 3 during analyze")
        #expect(try analyze("fine")["length"] == 4)
    }

    @Test("Ctrl-C cancels a running call promptly")
    func cancel() throws {
        let start = ContinuousClock.now
        let context = testContext(cancelled: { ContinuousClock.now - start > .milliseconds(200) })
        #expect(throws: InterruptedError.self) { _ = try analyze("hang", context: context) }
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(try analyze("fine")["length"] == 4)
    }

    @Test("a plugin speaking another protocol version is refused at the handshake")
    func futureProtocol() throws {
        let future = ExternalPlugin(manifest: try fixturePlugin("future-protocol"), settings: .init())
        let error = try #require(failure { _ = try future.analyze(fixtureDocument("x"), context: testContext()) })
        #expect(error.message == "plugin 'future' speaks protocol 99; lede speaks 1")
    }

    @Test("a program that does not exist is named")
    func missingProgram() throws {
        let missing = ExternalPlugin(manifest: try fixturePlugin("missing-program"), settings: .init())
        let error = try #require(failure { _ = try missing.analyze(fixtureDocument("x"), context: testContext()) })
        #expect(error.message.hasPrefix("cannot start plugin 'missing': cannot run './no-such-program'"))
    }
}
