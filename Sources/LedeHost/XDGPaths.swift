import Foundation

/// Where lede keeps its files, following the XDG base directory convention.
///
/// Only absolute folders count: a relative `$XDG_CONFIG_HOME` or `$XDG_STATE_HOME` is ignored, as
/// the XDG specification asks, and a relative `$HOME` (`HOME=.`) means no home at all, so that
/// nothing lede runs or writes for itself is found relative to the current folder (a folder of
/// downloaded articles). Without `$HOME`, the account's home from the user database is used.
public enum XDGPaths {
    /// The home folder, or nil when there is no absolute one.
    static func home(_ environment: [String: String]) -> String? {
        if let home = environment["HOME"], !home.isEmpty { return isAbsolute(home) ? home : nil }
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        let home = String(cString: directory)
        return isAbsolute(home) ? home : nil
    }

    /// `environment[variable]` when it is an absolute path, else `$HOME/fallback`.
    static func base(_ variable: String, orHome fallback: String, _ environment: [String: String]) -> String? {
        if let value = environment[variable], isAbsolute(value) { return value }
        return home(environment).map { $0 + "/" + fallback }
    }

    static func isAbsolute(_ path: String) -> Bool { path.hasPrefix("/") }

    /// `~` and `~/…` in `home` (by default `$HOME`); other paths as they are.
    public static func expandingHome(
        _ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]
    ) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }

    /// `$XDG_STATE_HOME/lede/history` (default `~/.local/state/lede/history`).
    public static func historyFile(environment: [String: String]) -> String? {
        base("XDG_STATE_HOME", orHome: ".local/state", environment).map { $0 + "/lede/history" }
    }

    /// `$XDG_CONFIG_HOME/lede/NAME` (default `~/.config/lede/NAME`).
    public static func configFile(_ name: String, environment: [String: String]) -> String? {
        configDirectory(environment: environment).map { $0 + "/" + name }
    }

    /// `$XDG_CONFIG_HOME/lede` (default `~/.config/lede`): the rc file and custom plugins.
    public static func configDirectory(environment: [String: String]) -> String? {
        base("XDG_CONFIG_HOME", orHome: ".config", environment).map { $0 + "/lede" }
    }
}

/// The version `lede --version` prints.
public enum LedeVersion {
    public static let current = "0.1.0"
}
