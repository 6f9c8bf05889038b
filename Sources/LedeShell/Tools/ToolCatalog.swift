import Foundation
import LedeCore
import LedeHost
import LedeKit

/// lede's commands as tools a program calls with JSON arguments and gets records back: what
/// `lede mcp` serves to agents. A tool runs the same command the shell runs, with the same checks
/// and the same one-line errors; tables come back as objects, a page at a time.
public struct ToolCatalog {
    /// One tool: its name, what it does, the JSON schema of its arguments.
    public struct Tool: Sendable {
        public var name: String
        public var description: String
        /// A JSON-schema object.
        public var inputSchema: JSONValue
    }

    /// What a call gives: records (a page of them) or an error line.
    public struct Answer: Sendable {
        public var value: JSONValue
        public var isError: Bool
    }

    let shell: Shell
    /// Paths given to `load` must lie inside this folder (symbolic links resolved).
    let root: String
    /// At most this many records per page, and about this many bytes of JSON.
    public static let maximumPage = 500
    public static let maximumBytes = 256 * 1024

    public init(shell: Shell, root: String) {
        self.shell = shell
        self.root = Self.resolved(root)
    }

    // MARK: - The tools

    static let paging: [(String, JSONValue)] = [
        ("offset", property("integer", "records to skip (from a previous call's next_offset)")),
        ("limit", property("integer", "records per page, 1 to \(maximumPage) (default 50)")),
    ]

    static let scope: [(String, JSONValue)] = [
        ("article", property("string", "an article id or the start of its title (default: the current article)")),
        ("all", property("boolean", "every loaded article")),
        ("match", property("string", "only articles matching this search (implies all)")),
        ("since", property("string", "only articles dated on or after YYYY-MM-DD (implies all)")),
        ("until", property("string", "only articles dated on or before YYYY-MM-DD (implies all)")),
        ("source", property("string", "only articles whose source contains this (implies all)")),
    ]

    public var tools: [Tool] {
        var list: [Tool] = [
            Tool(
                name: "load",
                description: "Load articles (.txt, .md, .html, .json, .jsonl files or folders) under the allowed folder.",
                inputSchema: Self.schema([("paths", .object([("type", "array"), ("items", .object([("type", "string")]))]))], required: ["paths"])),
            Tool(name: "list", description: "The loaded articles: id, title, date, source, words.", inputSchema: Self.schema(Self.paging)),
            Tool(
                name: "search",
                description: "Full-text search of titles and text (words, \"phrases\", AND, OR, NOT, prefix*), best first, with a snippet.",
                inputSchema: Self.schema(
                    [("query", Self.property("string", "the search")), ("since", Self.property("string", "YYYY-MM-DD")),
                     ("until", Self.property("string", "YYYY-MM-DD")), ("source", Self.property("string", "a source name"))] + Self.paging,
                    required: ["query"])),
            Tool(
                name: "show", description: "One article: id, title, text, url, date, author, source, path.",
                inputSchema: Self.schema([("article", Self.property("string", "an article id or the start of its title"))], required: ["article"])),
            Tool(
                name: "entities",
                description: "People, organisations, places and other names with mentions and roles; across articles (all) one row per entity, merged.",
                inputSchema: Self.schema(
                    Self.scope + [("type", Self.property("string", "PERSON, ORG, LOC or MISC")), ("top", Self.property("integer", "only the N most mentioned"))] + Self.paging)),
            Tool(
                name: "quotes",
                description: "Direct quotes with speaker (resolved to a named person), cue and confidence; about: quotes naming an entity in every article.",
                inputSchema: Self.schema(
                    Self.scope + [("speaker", Self.property("string", "only this speaker")), ("about", Self.property("string", "quotes that name this entity")),
                                  ("indirect", Self.property("boolean", "include reported speech"))] + Self.paging)),
            Tool(
                name: "stance",
                description: "Who is for or against whom, with polarity, score and the evidence sentence.",
                inputSchema: Self.schema(
                    Self.scope + [("target", Self.property("string", "only toward this actor")), ("speaker", Self.property("string", "only from this actor"))] + Self.paging)),
            Tool(
                name: "summary", description: "The sentences that carry the story, ranked.",
                inputSchema: Self.schema(Self.scope + [("sentences", Self.property("integer", "how many sentences (default 3)"))] + Self.paging)),
            Tool(
                name: "entity", description: "One entity across articles: coverage, roles, who quotes it, stance from and toward it, company.",
                inputSchema: Self.schema([("name", Self.property("string", "a name, variant or surname"))], required: ["name"])),
            Tool(
                name: "network", description: "Ties between people and organisations: stance (positive, negative), appearing together, quoting one another.",
                inputSchema: Self.schema(
                    [("min", Self.property("integer", "only ties seen at least this many times"))]
                        + Self.scope.filter { $0.0 != "article" && $0.0 != "all" } + Self.paging)),
            Tool(
                name: "index", description: "Compute every missing analysis and keep it (in the corpus file, with --corpus).",
                inputSchema: Self.schema([("with", Self.property("string", "only these plugins, comma-separated"))])),
            Tool(
                name: "timeline", description: "Articles, mentions and quotes per day, week or month for one entity.",
                inputSchema: Self.schema(
                    [("name", Self.property("string", "a name, variant or surname")), ("by", Self.property("string", "day, week or month"))] + Self.paging,
                    required: ["name"])),
        ]
        // Custom plugins' commands, by their own descriptions.
        for plugin in shell.plugins where plugin.origin != .builtin && plugin.servesCommands {
            for command in plugin.descriptor.commands where !list.contains(where: { $0.name == command.name }) {
                list.append(
                    Tool(
                        name: command.name, description: command.summary + " (custom plugin \(plugin.name))",
                        inputSchema: Self.schema(
                            Self.scope + [
                                ("arguments", .object([("type", "array"), ("items", .object([("type", "string")]))])),
                                ("options", .object([("type", "object"), ("additionalProperties", .object([("type", "string")]))])),
                            ] + Self.paging)))
            }
        }
        return list
    }

    // MARK: - Calling

    /// Runs a tool; an error is an answer too (one line, as the shell gives it).
    public func call(_ name: String, arguments: JSONValue?) -> Answer {
        do {
            let object = arguments?.objectValue ?? []
            let args = Arguments(fields: object, tool: name)
            return Answer(value: try run(name, args), isError: false)
        } catch {
            var message = (error as? any UserFacingError)?.message ?? String(describing: error)
            if let hint = (error as? any UserFacingError)?.hint { message += " (hint: \(hint))" }
            return Answer(value: .object([("error", .string(message))]), isError: true)
        }
    }

    private func run(_ name: String, _ args: Arguments) throws -> JSONValue {
        guard let tool = tools.first(where: { $0.name == name }) else { throw LedeError("no tool '\(name)'") }
        let known = tool.inputSchema["properties"]?.objectValue?.map(\.0) ?? []
        for (key, _) in args.fields where !known.contains(key) {
            throw LedeError("\(name): no argument '\(key)'", hint: "arguments: " + known.joined(separator: ", "))
        }
        switch name {
        case "load":
            let paths = try args.strings("paths")
            guard !paths.isEmpty else { throw LedeError("load: give at least one path") }
            let allowed = try paths.map { try allowedPath($0) }
            let before = shell.session.count
            _ = try shell.runForTool(["load"] + allowed)
            return .object([("articles", .int(shell.session.count)), ("added", .int(shell.session.count - before))])
        case "list":
            return try page(shell.runForTool(["list"]), args)
        case "search":
            var words = ["search", try args.required("query"), "--limit", String(Self.maximumPage * 4)]
            for option in ["since", "until", "source"] { if let v = try args.string(option) { words += ["--\(option)", v] } }
            return try page(shell.runForTool(words), args)
        case "show":
            return try page(shell.runForTool(["show", try args.required("article"), "--format", "json"]), args)
        case "network":
            var words = ["network"]
            if let min = try args.int("min") { words += ["--min", String(min)] }
            for option in ["match", "since", "until", "source"] { if let v = try args.string(option) { words += ["--\(option)", v] } }
            return try page(shell.runForTool(words), args)
        case "index":
            var words = ["index", "--format", "json"]
            if let plugins = try args.string("with") { words += ["--with", plugins] }
            return try page(shell.runForTool(words), Arguments(fields: [], tool: name))
        case "entity", "timeline":
            var words = [name, try args.required("name")]
            if name == "timeline", let by = try args.string("by") { words += ["--by", by] }
            return try page(shell.runForTool(words), args)
        default:
            var words = [name]
            try select(args, into: &words)
            switch name {
            case "entities":
                if let type = try args.string("type") { words += ["--type", type] }
                if let top = try args.int("top") { words += ["--top", String(top)] }
            case "quotes":
                if let speaker = try args.string("speaker") { words += ["--speaker", speaker] }
                if let about = try args.string("about") { words += ["--about", about] }
                if try args.bool("indirect") { words.append("--indirect") }
            case "stance":
                if let target = try args.string("target") { words += ["--target", target] }
                if let speaker = try args.string("speaker") { words += ["--speaker", speaker] }
            case "summary":
                if let n = try args.int("sentences") { words += ["-n", String(n)] }
            default:
                words += try args.strings("arguments")
                for (key, value) in args.object("options") {
                    guard let text = value.stringValue ?? value.intValue.map(String.init) else {
                        throw LedeError("\(name): option '\(key)' takes a string")
                    }
                    words += ["--\(key)", text]
                }
            }
            return try page(shell.runForTool(words), args)
        }
    }

    /// The scope arguments: an article made current, `all`, and the narrowing options.
    private func select(_ args: Arguments, into words: inout [String]) throws {
        if let reference = try args.string("article") {
            shell.session.select(try shell.session.resolve(reference).id)
        }
        if try args.bool("all") { words.append("--all") }
        for option in ["match", "since", "until", "source"] {
            if let value = try args.string(option) { words += ["--\(option)", value] }
        }
    }

    /// A page of a command's records: `{rows, total, offset, next_offset, footer}`.
    private func page(_ output: CommandOutput, _ args: Arguments) throws -> JSONValue {
        guard case .table(let table) = output else {
            if case .text(let text) = output { return .object([("text", .string(text))]) }
            return .object([("rows", .array([])), ("total", .int(0))])
        }
        let offset = try args.int("offset") ?? 0
        let limit = try args.int("limit") ?? 50
        guard offset >= 0 else { throw LedeError("offset: give 0 or more, not \(offset)") }
        guard (1...Self.maximumPage).contains(limit) else {
            throw LedeError("limit: give 1 to \(Self.maximumPage), not \(limit)")
        }
        let names = table.columns.map(\.name)
        var rows: [JSONValue] = []
        var bytes = 0
        var index = offset
        while index < table.rows.count && rows.count < limit {
            let row = JSONValue.object(Array(zip(names, table.rows[index])))
            let size = JSONWriter.string(row).utf8.count
            // A page stops short of the byte bound, but always holds at least one record.
            if !rows.isEmpty && bytes + size > Self.maximumBytes { break }
            rows.append(row)
            bytes += size
            index += 1
        }
        var fields: [(String, JSONValue)] = [
            ("rows", .array(rows)), ("total", .int(table.rows.count)), ("offset", .int(offset)),
            ("next_offset", index < table.rows.count ? .int(index) : .null),
        ]
        if let footer = table.footer { fields.append(("footer", .string(footer))) }
        return .object(fields)
    }

    /// `path` resolved against the root, refused unless it exists inside it.
    func allowedPath(_ path: String) throws -> String {
        let absolute = path.hasPrefix("/") ? path : root + "/" + path
        let real = Self.resolved(absolute)
        guard FileManager.default.fileExists(atPath: real) else { throw LedeError("load: no file or folder '\(path)'") }
        guard real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
            throw LedeError("load: '\(path)' is outside the allowed folder \(root)", hint: "start lede mcp with --root to allow another folder")
        }
        return real
    }

    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return (path as NSString).standardizingPath }
        defer { free(real) }
        return String(cString: real)
    }

    // MARK: - Schemas

    static func property(_ type: String, _ description: String) -> JSONValue {
        .object([("type", .string(type)), ("description", .string(description))])
    }

    static func schema(_ properties: [(String, JSONValue)], required: [String] = []) -> JSONValue {
        var fields: [(String, JSONValue)] = [("type", "object"), ("properties", .object(properties))]
        if !required.isEmpty { fields.append(("required", .array(required.map { .string($0) }))) }
        fields.append(("additionalProperties", .bool(false)))
        return .object(fields)
    }
}

/// A tool call's arguments, checked by type; a wrong one is an error naming it.
struct Arguments {
    let fields: [(String, JSONValue)]
    let tool: String

    func value(_ key: String) -> JSONValue? {
        fields.first { $0.0 == key }?.1
    }

    func string(_ key: String) throws -> String? {
        guard let value = value(key), value != .null else { return nil }
        guard let text = value.stringValue else { throw LedeError("\(tool): '\(key)' must be a string") }
        return text
    }

    func required(_ key: String) throws -> String {
        guard let text = try string(key), !text.isEmpty else { throw LedeError("\(tool): '\(key)' is required") }
        return text
    }

    func int(_ key: String) throws -> Int? {
        guard let value = value(key), value != .null else { return nil }
        guard let number = value.intValue else { throw LedeError("\(tool): '\(key)' must be a whole number") }
        return number
    }

    func bool(_ key: String) throws -> Bool {
        guard let value = value(key), value != .null else { return false }
        guard let flag = value.boolValue else { throw LedeError("\(tool): '\(key)' must be true or false") }
        return flag
    }

    func strings(_ key: String) throws -> [String] {
        guard let value = value(key), value != .null else { return [] }
        let texts = value.arrayValue?.compactMap(\.stringValue)
        guard let texts, texts.count == value.arrayValue?.count else {
            throw LedeError("\(tool): '\(key)' must be a list of strings")
        }
        return texts
    }

    func object(_ key: String) -> [(String, JSONValue)] {
        value(key)?.objectValue ?? []
    }
}

extension Shell {
    /// Runs one command as a program asks for it (the words a user would type, no redirection):
    /// its records, or its error.
    public func runForTool(_ words: [String]) throws -> CommandOutput {
        guard let name = words.first, let command = command(named: name) else {
            throw LedeError("unknown command '\(words.first ?? "")'")
        }
        let invocation = try OptionParser.parse(Array(words.dropFirst()), for: command.descriptor)
        defer { keepAnalyses() }
        return try command.run(invocation, shell: self)
    }
}
