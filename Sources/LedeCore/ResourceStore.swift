import Foundation

/// Files shipped in `Sources/LedeCore/Resources` (lexicons, gazetteers, model weights).
///
/// Nothing is read until a plugin asks for it, so start-up stays cheap. `LEDE_RESOURCES` points
/// at another folder (tests, relocated installs).
public enum ResourceStore {
    /// The folder the resources are read from.
    public static let directory: URL? = {
        if let override = ProcessInfo.processInfo.environment["LEDE_RESOURCES"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        // Foundation on Linux may already resolve `resourceURL` to the copied `Resources` folder.
        guard let base = Bundle.module.resourceURL else { return nil }
        let nested = base.appendingPathComponent("Resources", isDirectory: true)
        let marker = nested.appendingPathComponent("README.txt").path
        return FileManager.default.fileExists(atPath: marker) ? nested : base
    }()

    /// The bytes of a shipped resource, or nil when it is missing.
    public static func data(_ name: String) -> Data? {
        guard let url = directory?.appendingPathComponent(name) else { return nil }
        return try? Data(contentsOf: url, options: .alwaysMapped)
    }

    /// A shipped UTF-8 text resource, or nil when it is missing.
    public static func text(_ name: String) -> String? {
        data(name).map { String(decoding: $0, as: UTF8.self) }
    }
}
