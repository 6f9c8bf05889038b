import Foundation
import Testing

@testable import LedeHost

/// lede's own files live under absolute folders only; the rc lookup and plugin discovery agree.
@Suite("XDG paths")
struct XDGPathsTests {
    @Test("an absolute XDG_CONFIG_HOME is used; a relative one is ignored for HOME's .config")
    func configHome() {
        #expect(XDGPaths.configFile("rc", environment: ["XDG_CONFIG_HOME": "/etc/x", "HOME": "/home/ada"]) == "/etc/x/lede/rc")
        #expect(XDGPaths.configFile("rc", environment: ["XDG_CONFIG_HOME": "cfg", "HOME": "/home/ada"]) == "/home/ada/.config/lede/rc")
        #expect(XDGPaths.configFile("rc", environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/ada"]) == "/home/ada/.config/lede/rc")
    }

    @Test("a relative HOME means no config folder and no history", arguments: [".", "./", "home/ada", "~"])
    func relativeHome(home: String) {
        #expect(XDGPaths.configFile("rc", environment: ["HOME": home]) == nil)
        #expect(XDGPaths.configDirectory(environment: ["XDG_CONFIG_HOME": "cfg", "HOME": home]) == nil)
        #expect(XDGPaths.historyFile(environment: ["XDG_STATE_HOME": "state", "HOME": home]) == nil)
    }

    @Test("a relative XDG_STATE_HOME is ignored for HOME's .local/state")
    func stateHome() {
        #expect(XDGPaths.historyFile(environment: ["XDG_STATE_HOME": "s", "HOME": "/home/ada"]) == "/home/ada/.local/state/lede/history")
        #expect(XDGPaths.historyFile(environment: ["XDG_STATE_HOME": "/var/s", "HOME": "."]) == "/var/s/lede/history")
    }

    @Test("plugin discovery uses the rc file's rule for the config folder")
    func discoveryAgrees() {
        for environment in [["HOME": "."], ["HOME": ".", "XDG_CONFIG_HOME": "cfg"], ["XDG_CONFIG_HOME": "cfg", "HOME": "/home/ada"]] {
            let discovery = PluginDiscovery(extraDirectories: [], environment: environment, executablePath: nil)
            let config = discovery.roots.filter { $0.source == "XDG_CONFIG_HOME" }.map(\.path)
            let expected = XDGPaths.configDirectory(environment: environment).map { [$0 + "/plugins"] } ?? []
            #expect(config == expected, "\(environment)")
        }
    }

    // MARK: The source checkout

    /// A folder laid out like `root/Package.swift`, `root/plugins/`, `root/<binary>/`.
    func layout(binary: String) throws -> (root: String, binary: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lede-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("plugins"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent(binary), withIntermediateDirectories: true)
        try "// swift-tools-version: 6.0\n".write(
            to: root.appendingPathComponent("Package.swift"), atomically: false, encoding: .utf8)
        let resolved = PluginDiscovery.standardized(root.path)
        return (resolved, resolved + "/" + binary)
    }

    @Test("a binary installed outside a checkout's .build never searches a checkout's plugins")
    func installedBinary() throws {
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let elsewhere = PluginDiscovery.shippedDirectories(binaryDirectory: "/nonexistent/bin")
        #expect(!elsewhere.contains(PluginDiscovery.standardized(checkout + "/plugins")))
        let prefix = try layout(binary: "bin")
        #expect(!PluginDiscovery.shippedDirectories(binaryDirectory: prefix.binary).contains(prefix.root + "/plugins"))
    }

    @Test("a development build inside a checkout's .build uses that checkout's plugins")
    func developmentBuild() throws {
        let checkout = try layout(binary: ".build/x86_64-unknown-linux-gnu/release")
        #expect(PluginDiscovery.shippedDirectories(binaryDirectory: checkout.binary).contains(checkout.root + "/plugins"))
//TMP
    }
}
