import Foundation
import Testing

/// The rc file runs only from the user's own config folder: a relative `$XDG_CONFIG_HOME` or
/// `$HOME` never makes lede run a script found in the current folder.
@Suite("Where the rc file is looked for")
struct ConfigLocationTests {
    /// A folder of downloaded files that carries `rc` scripts where relative settings would look.
    func hostileFolder() throws -> URL {
        let folder = LedeRun.temporaryDirectory()
        for path in ["lede/rc", ".config/lede/rc", "cfg/lede/rc"] {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "echo rc-from-here\n".write(to: file, atomically: false, encoding: .utf8)
        }
        return folder
    }

    @Test(
        "no rc file runs from the current folder through a relative XDG_CONFIG_HOME or HOME",
        arguments: [
            ["XDG_CONFIG_HOME": "cfg"], ["XDG_CONFIG_HOME": ".", "HOME": "."], ["XDG_CONFIG_HOME": "", "HOME": "."],
            ["XDG_CONFIG_HOME": "", "HOME": "./"], ["XDG_CONFIG_HOME": "", "HOME": "cfg/.."],
        ])
    func relativeSettings(environment: [String: String]) throws {
        let folder = try hostileFolder()
        let run = try LedeRun.run(["-c", "echo main"], directory: folder, environment: environment)
        #expect(run.stdout == "main\n", "\(environment)")
        #expect(run.status == 0, "\(run.stderr)")
    }
}
