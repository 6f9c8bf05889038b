import Foundation
import LedeKit

/// The sample articles that come with lede, for the hint a user gets with nothing loaded.
///
/// They are `share/lede/samples` beside the binary's folder in an installed layout, or
/// `scripts/samples` of the checkout the binary was built in.
enum BundledSamples {
    /// The samples' folder, or nil when this lede has none.
    static let path: String? = {
        guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        var folder = URL(fileURLWithPath: exe).deletingLastPathComponent()
        var candidates = [folder.deletingLastPathComponent().appendingPathComponent("share/lede/samples")]
        for _ in 0..<5 {
            folder = folder.deletingLastPathComponent()
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                candidates.append(folder.appendingPathComponent("scripts/samples"))
                break
            }
        }
        return candidates.map(\.path).first { isSampleFolder($0) }.map(shortened)
    }()

    private static func isSampleFolder(_ path: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.contains { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
    }

    /// The path relative to the current folder when it lies inside it.
    private static func shortened(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }

    /// The error for a command that needs an article when none is loaded, with a hint that works
    /// when typed.
    static var nothingLoaded: LedeError {
        guard let path else { return LedeError("no article loaded", hint: "load one with 'load PATH'") }
        return LedeError("no article loaded", hint: "load one with 'load PATH', or try 'load \(WordQuoting.quote(path))'")
    }
}
