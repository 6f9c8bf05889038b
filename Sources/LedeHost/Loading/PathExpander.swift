/// Turns the paths given to `load` into the files to read: a file as is, a directory's article
/// files recursively (hidden entries skipped, names in natural order: `2.txt` before `10.txt`),
/// a glob's matches (`*`, `?`, `[…]`, `**` for any depth; files only with a known extension),
/// `-` for stdin, `~/` for the home folder. A file named directly is read whatever its extension.
/// In directories, `README*`, `LICENSE*` and `CHANGELOG*` files are project papers, not articles:
/// they are skipped, like hidden files, and counted in ``skipped``.
struct PathExpander {
    enum Source: Sendable, Equatable {
        case file(path: String, format: ArticleFormat?)
        case standardInput
    }

    var home: String?
    private(set) var sources: [Source] = []
    private(set) var diagnostics: [LoadDiagnostic] = []
    /// Article files left out of directories: hidden ones and `README*`, `LICENSE*`, `CHANGELOG*`.
    private(set) var skipped = 0
    static let skippedPrefixes = ["readme", "license", "licence", "changelog"]
    private var seenFiles: Set<String> = []

    init(home: String?) {
        self.home = home
    }

    mutating func add(_ argument: String) {
        if argument == "-" {
            sources.append(.standardInput)
            return
        }
        let path = expandHome(argument)
        do {
            try addExisting(path, named: argument)
        } catch {
            if GlobPattern.hasWildcards(path) {
                let matches = glob(path)
                if matches.isEmpty {
                    diagnostics.append(LoadDiagnostic(.error, path: argument, "no file matches this pattern"))
                }
                var added = 0
                for match in matches {
                    do {
                        // Like a directory, a pattern picks only article files (`*` skips a README).
                        let status = try FileSystem.status(match)
                        if status.kind == .file && ArticleFormat(path: match) == nil { continue }
                        added += 1
                        try addExisting(match, named: match)
                    } catch {
                        diagnostics.append(LoadDiagnostic(.error, path: match, "cannot read: \(error.reason)"))
                    }
                }
                if !matches.isEmpty && added == 0 {
                    diagnostics.append(
                        LoadDiagnostic(.error, path: argument, "no .txt, .md, .html, .json or .jsonl file matches this pattern"))
                }
            } else {
                let reason = error.isMissing ? "no such file or directory" : error.reason
                diagnostics.append(LoadDiagnostic(.error, path: argument, "cannot read: \(reason)"))
            }
        }
    }

    private mutating func addExisting(_ path: String, named name: String) throws(FileSystem.Failure) {
        let status = try FileSystem.status(path)
        switch status.kind {
        case .file:
            addFile(path, format: ArticleFormat(path: path))
        case .directory:
            var visited: Set<FileSystem.FileIdentity> = []
            let before = sources.count
            walk(path, identity: status.identity, visited: &visited)
            if sources.count == before {
                diagnostics.append(
                    LoadDiagnostic(.warning, path: name, "no .txt, .md, .html, .json or .jsonl files in this directory"))
            }
        case .other:
            diagnostics.append(LoadDiagnostic(.error, path: name, "not a regular file or directory; not loaded"))
        }
    }

    private mutating func addFile(_ path: String, format: ArticleFormat?) {
        guard seenFiles.insert(path).inserted else { return }
        sources.append(.file(path: path, format: format))
    }

    private mutating func walk(
        _ directory: String, identity: FileSystem.FileIdentity, visited: inout Set<FileSystem.FileIdentity>
    ) {
        guard visited.insert(identity).inserted else { return }
        let entries: [FileSystem.Entry]
        do {
            entries = try FileSystem.list(directory)
        } catch {
            diagnostics.append(LoadDiagnostic(.error, path: directory, "cannot list directory: \(error.reason)"))
            return
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for entry in entries.sorted(by: { NaturalOrder.less($0.name, $1.name) }) {
            let lowered = entry.name.lowercased()
            if entry.name.hasPrefix(".") || Self.skippedPrefixes.contains(where: { lowered.hasPrefix($0) }) {
                if entry.kind != .directory && ArticleFormat(path: entry.name) != nil { skipped += 1 }
                continue
            }
            let path = prefix + entry.name
            var kind = entry.kind
            var childIdentity: FileSystem.FileIdentity?
            if kind == nil || kind == .directory {
                guard let status = try? FileSystem.status(path) else { continue }
                kind = status.kind
                childIdentity = status.identity
            }
            switch kind {
            case .file:
                if let format = ArticleFormat(path: entry.name) { addFile(path, format: format) }
            case .directory:
                if let childIdentity { walk(path, identity: childIdentity, visited: &visited) }
            default:
                continue
            }
        }
    }

    private func expandHome(_ path: String) -> String {
        XDGPaths.expandingHome(path, home: home)
    }

    /// Every existing path matching `pattern`, component by component, in natural order.
    func glob(_ pattern: String) -> [String] {
        let absolute = pattern.hasPrefix("/")
        let components = pattern.split(separator: "/", omittingEmptySubsequences: true)
        var current: [String] = [absolute ? "/" : ""]
        for (position, component) in components.enumerated() {
            let isLast = position == components.count - 1
            var next: [String] = []
            for base in current {
                let directory = base.isEmpty ? "." : base
                let join = { (name: String) in base.isEmpty ? name : (base.hasSuffix("/") ? base + name : base + "/" + name) }
                if component == "**" {
                    next.append(contentsOf: [base] + descendants(of: directory).map(join))
                    continue
                }
                guard GlobPattern.hasWildcards(component) else {
                    let literal = String(component.filter { $0 != "\\" })
                    let path = join(literal)
                    if (try? FileSystem.status(path)) != nil { next.append(path) }
                    continue
                }
                let matcher = GlobPattern(component)
                guard let entries = try? FileSystem.list(directory) else { continue }
                for entry in entries.sorted(by: { NaturalOrder.less($0.name, $1.name) }) where matcher.matches(entry.name) {
                    let path = join(entry.name)
                    if !isLast {
                        guard (try? FileSystem.status(path))?.kind == .directory else { continue }
                    }
                    next.append(path)
                }
            }
            current = next
        }
        var seen: Set<String> = []
        return current.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Subdirectories at any depth (relative paths), hidden ones skipped.
    private func descendants(of directory: String) -> [String] {
        var found: [String] = []
        var pending: [(String, String)] = [(directory, "")]
        var visited: Set<FileSystem.FileIdentity> = []
        while let (path, relative) = pending.popLast() {
            guard let status = try? FileSystem.status(path), visited.insert(status.identity).inserted,
                let entries = try? FileSystem.list(path)
            else { continue }
            for entry in entries.sorted(by: { NaturalOrder.less($1.name, $0.name) }) where !entry.name.hasPrefix(".") {
                let child = path + "/" + entry.name
                guard entry.kind == .directory || (entry.kind == nil && (try? FileSystem.status(child))?.kind == .directory)
                else { continue }
                let childRelative = relative.isEmpty ? entry.name : relative + "/" + entry.name
                found.append(childRelative)
                pending.append((child, childRelative))
            }
        }
        return found.sorted { NaturalOrder.less($0, $1) }
    }
}

/// Name order that compares digit runs by value: `a2` < `a10`; ties broken by plain order.
enum NaturalOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        var i = a.unicodeScalars.makeIterator(), j = b.unicodeScalars.makeIterator()
        var x = i.next(), y = j.next()
        while let c = x, let d = y {
            if isDigit(c) && isDigit(d) {
                var left: [Unicode.Scalar] = [], right: [Unicode.Scalar] = []
                while let e = x, isDigit(e) { left.append(e); x = i.next() }
                while let e = y, isDigit(e) { right.append(e); y = j.next() }
                let l = left.drop { $0 == "0" }, r = right.drop { $0 == "0" }
                if l.count != r.count { return l.count < r.count }
                for (p, q) in zip(l, r) where p != q { return p.value < q.value }
                continue
            }
            if c != d { return c.value < d.value }
            x = i.next()
            y = j.next()
        }
        if x == nil && y != nil { return true }
        if x != nil && y == nil { return false }
        return a < b
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}
