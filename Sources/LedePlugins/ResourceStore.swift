import Foundation

/// Files shipped in `Sources/LedePlugins/Resources` (lexicons, gazetteers, model weights).
///
/// Nothing is read until a plugin asks for it, so start-up stays cheap. The folder is the first
/// of these that holds `README.txt`:
/// 1. `$LEDE_RESOURCES` (tests, relocated installs);
/// 2. `share/lede` beside the binary's folder (`PREFIX/bin/lede` reads `PREFIX/share/lede`), the
///    layout of the release tarball;
/// 3. the build folder's copy, `lede_LedePlugins.resources/Resources` beside the binary.
///
/// The lookup never traps: a binary copied without its resources runs, and the analyses that need
/// them say so (``missingMessage``).
public enum ResourceStore {
    /// The folder the resources are read from, or nil when none of the candidates holds them.
    public static let directory: URL? = candidates.first { isResourceFolder($0) }

    /// Where lede looks, in order.
    public static var candidates: [URL] {
        var list: [URL] = []
        let environment = ProcessInfo.processInfo.environment
        if let override = environment["LEDE_RESOURCES"], !override.isEmpty {
            list.append(URL(fileURLWithPath: override, isDirectory: true))
        }
        if let binary = executableFolder {
            list.append(binary.deletingLastPathComponent().appendingPathComponent("share/lede", isDirectory: true))
            let built = binary.appendingPathComponent("lede_LedePlugins.resources", isDirectory: true)
            list.append(built.appendingPathComponent("Resources", isDirectory: true))
            list.append(built)
        }
        return list
    }

    /// One line for a user when the resources are not found.
    public static var missingMessage: String {
        "lede's resources (models and lexicons) were not found; looked in "
            + candidates.map(\.path).joined(separator: ", ") + "; set LEDE_RESOURCES to their folder"
    }

    /// The hint for an analysis whose resource is missing: where lede looked, and the way out.
    public static var missingHint: String {
        "looked in " + candidates.map(\.path).joined(separator: ", ")
            + "; point LEDE_RESOURCES at the folder that holds lede's resources"
    }

    /// The bytes of a shipped resource, or nil when it is missing.
    public static func data(_ name: String) -> Data? {
        guard let url = directory?.appendingPathComponent(name) else { return nil }
        return try? Data(contentsOf: url, options: .alwaysMapped)
    }

    /// A shipped UTF-8 text resource, or nil when it is missing.
    public static func text(_ name: String) -> String? {
        data(name).map { String(decoding: $0, as: UTF8.self) }
    }

    private static func isResourceFolder(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("README.txt").path)
    }

    /// The folder of the running binary (symlinks resolved), or of the test bundle's host.
    private static var executableFolder: URL? {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        return path.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
    }
}
