import Foundation
import LedeHost
import LedeKit

/// The variables that steer lede itself. They live among the session's variables (a script reads
/// `$format` like any other), but `set` checks their values, `vars` lists them apart, Tab completes
/// their names and values, and `set --save` keeps them in the settings file.
struct Setting: Sendable {
    var name: String
    var help: String
    /// What `vars` shows when the setting is not set.
    var defaultValue: String
    /// The values Tab offers; empty when any value of the right kind goes.
    var values: [String]
    /// Checks a value: the error says what the setting takes.
    var check: @Sendable (String) throws(LedeError) -> Void

    static let all: [Setting] = [
        Setting(
            name: "format", help: "the output format of commands without --format", defaultValue: "table",
            values: OutputFormat.names, check: { value throws(LedeError) in _ = try OutputFormat.named(value) }),
        Setting(
            name: "plugin_timeout", help: "seconds an external plugin call may take", defaultValue: "the plugin's own",
            values: [], check: { value throws(LedeError) in _ = try ExternalPlugin.timeout(fromSetting: value) }),
        Setting(
            name: "timing", help: "print how long each command took, on standard error", defaultValue: "off",
            values: ["on", "off"], check: onOff("timing")),
        Setting(
            name: "csv_safe", help: "in csv and tsv, write cells starting =, +, - or @ as text (a leading ')", defaultValue: "off",
            values: ["on", "off"], check: onOff("csv_safe")),
        Setting(
            name: "pager", help: "show output taller than the terminal through $PAGER (else less -FRX)", defaultValue: "on",
            values: ["on", "off"], check: onOff("pager")),
    ]

    static func named(_ name: String) -> Setting? { all.first { $0.name == name } }

    private static func onOff(_ name: String) -> @Sendable (String) throws(LedeError) -> Void {
        { value throws(LedeError) in
            guard ["on", "off"].contains(value) else {
                let hint = Suggestions.closest(to: value, in: ["on", "off"]).map { "did you mean '\($0)'?" }
                throw LedeError("\(name) is 'on' or 'off', got '\(value)'", hint: hint)
            }
        }
    }
}

/// `$XDG_CONFIG_HOME/lede/config`: the settings that persist between runs, one `NAME VALUE` a
/// line (`#` starts a comment). Read at start-up before the rc file; written by `set --save`.
enum SettingsFile {
    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        XDGPaths.configFile("config", environment: environment)
    }

    /// The settings the file holds, in its order; a line that is not a known setting with a good
    /// value is reported as `FILE:LINE: warning: …` and skipped.
    static func read(_ path: String, warn: (String) -> Void) -> [(name: String, value: String)] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var result: [(name: String, value: String)] = []
        let lines = String(decoding: data, as: UTF8.self).unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, scalars) in lines.enumerated() {
            let line = String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespaces.union(["\r"]))
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let location = "\(path):\(index + 1)"
            guard parts.count == 2, let setting = Setting.named(parts[0]) else {
                let names = Setting.all.map(\.name).joined(separator: ", ")
                warn("\(location): not a setting: '\(line)' (NAME VALUE, with NAME one of \(names))")
                continue
            }
            do {
                try setting.check(parts[1])
            } catch {
                warn("\(location): \(error.message)")
                continue
            }
            result.append((parts[0], parts[1]))
        }
        return result
    }

    /// Writes `name value` into the file, replacing the setting's earlier line and keeping the rest.
    static func save(name: String, value: String, to path: String) throws(LedeError) {
        var lines: [String] = []
        if let data = FileManager.default.contents(atPath: path) {
            lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
        }
        lines.removeAll { $0.split(separator: " ", maxSplits: 1).first.map(String.init) == name }
        lines.append("\(name) \(value)")
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        do throws(InPlaceFile.Refusal) {
            let file = try InPlaceFile(path: path, creatingWithMode: 0o644, truncating: true)
            let status = file.write(lines.joined(separator: "\n") + "\n")
            if status != 0 { throw InPlaceFile.Refusal(reason: String(cString: strerror(status))) }
        } catch {
            throw LedeError("set: cannot save to '\(path)': \(error.reason)")
        }
    }
}
