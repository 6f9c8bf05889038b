import Foundation

/// Where lede keeps its files, following the XDG base directory convention.
public enum XDGPaths {
    static func home(_ environment: [String: String]) -> String {
        environment["HOME"] ?? NSHomeDirectory()
    }

    /// `$XDG_STATE_HOME/lede/history` (default `~/.local/state/lede/history`).
    public static func historyFile(environment: [String: String]) -> String? {
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home(environment) + "/.local/state"
        return base + "/lede/history"
    }

    /// `$XDG_CONFIG_HOME/lede/NAME` (default `~/.config/lede/NAME`).
    public static func configFile(_ name: String, environment: [String: String]) -> String? {
        configDirectory(environment: environment) + "/" + name
    }

    public static func configDirectory(environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home(environment) + "/.config"
        return base + "/lede"
    }
}

/// The version `lede --version` prints.
public enum LedeVersion {
    public static let current = "0.1.0"
}
