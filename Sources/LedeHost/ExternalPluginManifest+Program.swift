import Foundation
import LedeKit

extension ExternalPluginManifest {
    /// Refuses a program that a manifest names by a relative path leading out of its plugin
    /// folder (`../../bin/evil`, `${PLUGIN_DIR}/../x`, or a link inside the folder that points
    /// outside it). A bare name is looked up on `PATH` (`python3`), an absolute path is taken as
    /// written, and `${LEDE_BIN_DIR}/NAME` is one of lede's own programs.
    static func checkProgram(_ program: String, directory: String) throws(LedeError) {
        try checkPath(program, directory: directory, what: "command")
    }

    /// Refuses an argument of the command line that is a relative path leading out of the plugin
    /// folder (`["python3", "../../evil.py"]`): the interpreter is on `PATH`, but the script it
    /// runs must be the plugin's own. Options (`-u`) and absolute paths are taken as written.
    static func checkArguments(_ arguments: some Sequence<String>, directory: String) throws(LedeError) {
        for argument in arguments where !argument.hasPrefix("-") {
            try checkPath(argument, directory: directory, what: "argument")
        }
    }

    private static func checkPath(_ program: String, directory: String, what: String) throws(LedeError) {
        guard program.contains("/") || program == "..", !program.hasPrefix("/") else { return }
        let outside = LedeError("plugin.json: \(what) '\(program)' points outside the plugin folder")
        if program.hasPrefix("${LEDE_BIN_DIR}/") {
            if program.split(separator: "/").contains("..") { throw outside }
            return
        }
        var relative = Substring(program)
        if relative.hasPrefix("${PLUGIN_DIR}/") { relative = relative.dropFirst("${PLUGIN_DIR}/".count) }
        // Lexically first: `..` may not climb above the folder, whether or not the file exists.
        var depth = 0
        for component in relative.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": depth -= 1
            default: depth += 1
            }
            if depth < 0 { throw outside }
        }
        // Then through links, for a program that is there.
        let folder = resolved(directory)
        let target = resolved(directory + "/" + relative)
        if target != folder && !target.hasPrefix(folder + "/") { throw outside }
    }

    /// `path` with every link resolved, as far as it exists (a missing program's folder may still
    /// be a link).
    private static func resolved(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path else { return path }
        return (resolved(parent) as NSString).appendingPathComponent((path as NSString).lastPathComponent)
    }
}
