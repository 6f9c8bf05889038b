import Foundation
import LedeKit

/// Finds custom plugins: folders holding a `plugin.json`.
///
/// Searched in this order (the first plugin of a name wins): each `--plugins DIR`, each entry of
/// `$LEDE_PLUGIN_PATH` (colon-separated), `$XDG_CONFIG_HOME/lede/plugins` (default
/// `~/.config/lede/plugins`, by the rules of ``XDGPaths``), and the `plugins/` folder shipped with
/// lede (next to the executable, in `../share/lede/plugins`, or in the source checkout whose
/// `.build` folder holds the executable). Never the current directory: a folder of downloaded
/// articles must not be able to run code. A relative `$LEDE_PLUGIN_PATH` entry is ignored for the
/// same reason.
public struct PluginDiscovery: Sendable {
    /// A folder searched for plugins and why.
    public struct Root: Sendable, Equatable {
        public var path: String
        /// `--plugins`, `LEDE_PLUGIN_PATH`, `XDG_CONFIG_HOME` or `shipped`.
        public var source: String
    }

    public var roots: [Root]
    public var diagnostics: [String]
    /// The folder of lede's executable (`${LEDE_BIN_DIR}` in manifests).
    public var binaryDirectory: String
    /// The shipped Python helper's folder, added to `PYTHONPATH` for plugins.
    public var pythonPath: String?

    public init(
        extraDirectories: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String? = PluginDiscovery.executablePath()
    ) {
        var roots: [Root] = []
        var diagnostics: [String] = []
        let workingDirectory = FileManager.default.currentDirectoryPath
        for directory in extraDirectories {
            let absolute = directory.hasPrefix("/") ? directory : workingDirectory + "/" + directory
            roots.append(Root(path: Self.standardized(absolute), source: "--plugins"))
        }
        for entry in (environment["LEDE_PLUGIN_PATH"] ?? "").split(separator: ":").map(String.init) {
            if entry.hasPrefix("/") {
                roots.append(Root(path: Self.standardized(entry), source: "LEDE_PLUGIN_PATH"))
            } else {
                diagnostics.append("LEDE_PLUGIN_PATH: ignored relative folder '\(entry)' (give an absolute path)")
            }
        }
        // The rc file's rule: only an absolute config folder, never one relative to here.
        if let config = XDGPaths.configDirectory(environment: environment) {
            roots.append(Root(path: Self.standardized(config + "/plugins"), source: "XDG_CONFIG_HOME"))
        }
        let binaryDirectory = executablePath.map { ($0 as NSString).deletingLastPathComponent } ?? ""
        let shipped = Self.shippedDirectories(binaryDirectory: binaryDirectory)
        roots += shipped.map { Root(path: $0, source: "shipped") }
        var seen: Set<String> = []
        self.roots = roots.filter { seen.insert($0.path).inserted }
        self.diagnostics = diagnostics
        self.binaryDirectory = binaryDirectory
        self.pythonPath = shipped.lazy.map { $0 + "/python" }
            .first { FileManager.default.fileExists(atPath: $0 + "/lede_plugin.py") }
    }

    /// Every manifest under the roots, in search order, with a diagnostic for each one skipped.
    public func manifests() -> (manifests: [ExternalPluginManifest], diagnostics: [String]) {
        var manifests: [ExternalPluginManifest] = []
        var diagnostics = self.diagnostics
        let files = FileManager.default
        for root in roots {
            var folders: [String] = []
            if files.fileExists(atPath: root.path + "/plugin.json") {
                folders = [root.path]
            } else if let names = try? files.contentsOfDirectory(atPath: root.path) {
                folders = names.sorted().filter { !$0.hasPrefix(".") }.map { root.path + "/" + $0 }
                    .filter { files.fileExists(atPath: $0 + "/plugin.json") }
            }
            for folder in folders {
                let path = folder + "/plugin.json"
                guard let data = files.contents(atPath: path) else {
                    diagnostics.append("\(path): cannot read it")
                    continue
                }
                do {
                    let manifest = try ExternalPluginManifest(
                        json: String(decoding: data, as: UTF8.self), directory: folder)
                    if let earlier = manifests.first(where: { $0.name == manifest.name }) {
                        diagnostics.append(
                            "\(path): plugin '\(manifest.name)' is already loaded from \(earlier.directory); skipped")
                        continue
                    }
                    manifests.append(manifest)
                } catch {
                    diagnostics.append("\(folder)/" + error.message + (error.hint.map { " (\($0))" } ?? ""))
                }
            }
        }
        return (manifests, diagnostics)
    }

    /// lede's own executable, symlinks resolved (`/proc/self/exe` on Linux).
    public static func executablePath() -> String? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return Bundle.main.executablePath.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
    }

    /// The shipped `plugins/` folders: beside the binary, in `../share/lede/plugins`, and, for a
    /// development build (a binary inside a source checkout's `.build` folder), that checkout's
    /// `plugins/`. An installed binary never looks into a source checkout, not even the one it was
    /// built from: that folder may since belong to someone else, or hold anything.
    static func shippedDirectories(binaryDirectory: String) -> [String] {
        var candidates: [String] = []
        if !binaryDirectory.isEmpty {
            candidates += [binaryDirectory + "/plugins", binaryDirectory + "/../share/lede/plugins"]
            if let checkout = sourceCheckout(building: binaryDirectory) { candidates.append(checkout + "/plugins") }
        }
        var isDirectory: ObjCBool = false
        var seen: Set<String> = []
        return candidates.map(standardized).filter {
            FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue
                && seen.insert($0).inserted
        }
    }

    /// The source checkout whose `.build` folder holds `binaryDirectory`: the folder above the
    /// innermost `.build`, when it has a `Package.swift`.
    static func sourceCheckout(building binaryDirectory: String) -> String? {
        let components = standardized(binaryDirectory).split(separator: "/", omittingEmptySubsequences: false)
        guard let build = components.lastIndex(of: ".build"), build > 0 else { return nil }
        let checkout = components[..<build].joined(separator: "/")
        guard !checkout.isEmpty, FileManager.default.fileExists(atPath: checkout + "/Package.swift") else { return nil }
        return checkout
    }

    static func standardized(_ path: String) -> String {
        let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        return resolved.isEmpty ? path : resolved
    }
}
