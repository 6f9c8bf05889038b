import Foundation

/// Paths to the loader fixtures and scratch directories for tests that make their own files.
enum LoadingFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Loading").path

    static func path(_ name: String) -> String { directory + "/" + name }

    /// A fresh empty directory under the system temporary folder; the caller removes it.
    static func scratchDirectory(_ label: String) throws -> String {
        let path = NSTemporaryDirectory() + "lede-\(label)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
