import Foundation
import LedeCore

/// A plain-text loader used until the full loaders are wired in.
enum StandInLoader {
    static func load(_ paths: [String]) -> (articles: [Article], diagnostics: [String]) {
        var articles: [Article] = []
        var diagnostics: [String] = []
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.sorted().filter { $0.hasSuffix(".txt") }.map { path + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                diagnostics.append("\(file): cannot read")
                continue
            }
            var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
            var title = ""
            var metadata: [(key: String, value: String)] = [("path", file)]
            if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
                for line in lines[1..<end] {
                    if let r = line.range(of: ": ") {
                        let key = String(line[..<r.lowerBound])
                        let value = String(line[r.upperBound...])
                        if key == "title" { title = value } else { metadata.append((key, value)) }
                    }
                }
                lines.removeSubrange(0...end)
            } else if let first = lines.first {
                title = first
                lines.removeFirst()
            }
            let text = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            articles.append(Article(id: "", title: title, text: text, metadata: metadata))
        }
        return (articles, diagnostics)
    }
}
