import Foundation
import LedeCore
import LedeCorpus
import LedeHost
import LedeKit

/// The options that narrow a command's `--all` to part of the corpus.
enum SelectionOptions {
    static let list = [
        OptionDescriptor("match", value: "QUERY", help: "only articles that match this search (as 'search' reads it)"),
        OptionDescriptor("since", value: "DATE", help: "only articles dated on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY)"),
        OptionDescriptor("until", value: "DATE", help: "only articles dated on or before DATE"),
        OptionDescriptor("source", value: "NAME", help: "only articles whose source contains NAME"),
    ]
    static let names: Set<String> = ["match", "since", "until", "source"]

    static func selection(_ invocation: CommandInvocation) -> Selection {
        Selection(
            match: invocation.value("match"), since: invocation.value("since"), until: invocation.value("until"),
            source: invocation.value("source"))
    }

    static func isNarrowed(_ invocation: CommandInvocation) -> Bool {
        names.contains { invocation.value($0) != nil }
    }
}

extension Shell {
    /// Makes sure the facts of these plugins exist for the selection, computing what is missing.
    func ensureFacts(_ names: [String], in selection: Selection) throws {
        let ids = selection.isEverything ? nil : try session.corpus.ids(in: selection)
        let wanted = plugins.filter { names.contains($0.name) && $0.origin == .builtin }
        let outcome = try Indexer(shell: self, plugins: wanted).run(ids: ids)
        if outcome.interrupted { throw InterruptedError() }
        for failure in outcome.failures.prefix(3) { warn(failure) }
    }

    func requireArticles() throws {
        if session.count == 0 { throw BundledSamples.nothingLoaded }
    }
}

/// `open FILE`: work on a corpus file (created when new).
struct OpenCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "open", summary: "Open a corpus file, or create it (what is loaded now stays where it is)",
            arguments: [ArgumentDescriptor("FILE", help: "a corpus (.lede.db, SQLite)", optional: false, completion: .files)],
            examples: ["open week.db", "open ~/corpora/elections.db"],
            discussion: """
                A corpus keeps its articles, their analyses and its search index in one SQLite file. \
                Reopened, it is ready at once: nothing is read again or analysed again. Without a corpus \
                lede holds the session in memory; 'save FILE' writes it to a new corpus.
                """)
    }
    var group: CommandGroup { .session }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        guard invocation.arguments.count == 1 else { throw LedeError("open: give one corpus file") }
        let path = XDGPaths.expandingHome(invocation.arguments[0])
        let corpus = try Corpus(path: path)
        shell.open(corpus)
        guard shell.options.interactive else { return .none }
        let count = shell.session.count
        let mode = corpus.isReadOnly ? " (read-only)" : ""
        return .text("opened \(invocation.arguments[0])\(mode): \(count) article\(count == 1 ? "" : "s")")
    }
}

/// `save FILE`: write the session to a new corpus file.
struct SaveCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "save", summary: "Write every article and analysis to a new corpus file",
            arguments: [ArgumentDescriptor("FILE", help: "a new file", optional: false, completion: .files)],
            examples: ["save week.db"])
    }
    var group: CommandGroup { .session }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        guard invocation.arguments.count == 1 else { throw LedeError("save: give one file to write") }
        let path = XDGPaths.expandingHome(invocation.arguments[0])
        try shell.session.corpus.save(to: path)
        guard shell.options.interactive else { return .none }
        let count = shell.session.count
        return .text("saved \(count) article\(count == 1 ? "" : "s") to \(invocation.arguments[0]); 'open \(invocation.arguments[0])' works on it")
    }
}

/// `index [--jobs N] [--with PLUGINS]`: compute every missing analysis.
struct IndexCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "index", summary: "Analyse every article that lacks an analysis, on all cores",
            options: [
                OptionDescriptor("jobs", short: "j", value: "N", help: "threads at once (default: all cores)"),
                OptionDescriptor("with", value: "PLUGINS", help: "only these plugins, comma-separated (default: all)"),
                CommonOptions.format,
            ] + SelectionOptions.list,
            examples: ["index", "index --jobs 1", "index --with entities,quotes"],
            discussion: """
                Analyses are stored with the version of the plugin that made them and used until that \
                version changes. Stopped by Ctrl-C or otherwise, index keeps what it finished; run it \
                again to go on.
                """)
    }
    var group: CommandGroup { .analysis }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        var plugins = shell.plugins
        if let names = invocation.value("with") {
            let wanted = names.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            for name in wanted where !plugins.contains(where: { $0.name == name }) {
                throw LedeError("index: no plugin '\(name)'", hint: "plugins: " + plugins.map(\.name).joined(separator: ", "))
            }
            plugins = plugins.filter { wanted.contains($0.name) }
        }
        var indexer = Indexer(shell: shell, plugins: plugins)
        indexer.jobs = try invocation.int("jobs", default: indexer.jobs, in: 1...256)
        indexer.progressMinimum = 2
        let selection = SelectionOptions.selection(invocation)
        let ids = selection.isEverything ? nil : try shell.session.corpus.ids(in: selection)
        let outcome = try indexer.run(ids: ids)
        for failure in outcome.failures.prefix(5) { shell.warn(failure) }
        if outcome.failures.count > 5 { shell.warn("… and \(outcome.failures.count - 5) more failures") }
        if outcome.interrupted {
            throw LedeError(
                "index: stopped after \(outcome.analysed) articles; what was done is kept",
                hint: "run 'index' again to go on")
        }
        let format = try shell.outputFormat(invocation)
        guard shell.options.interactive || !format.isHuman else { return .none }
        let rate = outcome.seconds > 0 ? Int(Double(outcome.words) / outcome.seconds) : 0
        var table = Table(columns: [
            .init("articles", alignment: .right), .init("analyses", alignment: .right), .init("failed", alignment: .right),
            .init("seconds", alignment: .right), .init("words_per_second", alignment: .right),
        ])
        table.append([
            .int(outcome.analysed), .int(outcome.computed), .int(outcome.failures.count),
            .double((outcome.seconds * 100).rounded() / 100), .int(rate),
        ])
        if format.isHuman {
            if outcome.analysed == 0 { return .text("index: every analysis is there already") }
            return .text(
                "indexed \(outcome.analysed) article\(outcome.analysed == 1 ? "" : "s") (\(outcome.computed) analyses) in "
                    + String(format: "%.1f s, %d words/s", outcome.seconds, rate)
                    + (outcome.failures.isEmpty ? "" : "; \(outcome.failures.count) failed"))
        }
        return .table(table)
    }
}

/// `search QUERY`: full-text search over titles and text.
struct SearchCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "search", summary: "Search every article's title and text, best match first",
            arguments: [ArgumentDescriptor("QUERY", help: "words, \"a phrase\", AND, OR, NOT, prefix*, NEAR(a b, 5)", optional: false)],
            options: [
                OptionDescriptor("limit", short: "n", value: "N", help: "at most N articles (default 20)"),
                CommonOptions.format,
            ] + SelectionOptions.list.filter { $0.name != "match" },
            examples: ["search strike", "search '\"sea ice\" AND study'", "search 'minist*' --since 2026-03 -n 5"],
            discussion: """
                Words match any form that shares their letters, case and accents aside; a quoted phrase \
                matches those words in order; AND, OR and NOT (in capitals) combine; a word ending in * \
                matches every word it begins; NEAR(a b, N) finds a and b within N words. Matches are \
                marked [like this] in the snippet.
                """)
    }
    var group: CommandGroup { .analysis }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let query = invocation.arguments.joined(separator: " ")
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw LedeError("search: give words to search for") }
        let limit = try invocation.int("limit", default: 20, in: 1...100_000)
        let hits = try shell.session.corpus.search(query, within: SelectionOptions.selection(invocation), limit: limit)
        var table = Table(columns: [
            .init("article", alignment: .right), .init("title", wraps: true), .init("date"), .init("source"),
            .init("snippet", wraps: true, emphasized: true), .init("score", alignment: .right),
        ])
        for hit in hits {
            table.append([
                .string(hit.id), .string(hit.title), .string(hit.day), .string(hit.source), .string(hit.snippet),
                .double(hit.score),
            ])
        }
        table.footer = "\(hits.count) article\(hits.count == 1 ? "" : "s")\(hits.count == limit ? " (--limit \(limit); there may be more)" : "")"
        return .table(table)
    }
}

/// `entities --all`: entities merged across the selection.
enum MergedEntitiesTable {
    /// Rows that get a sparkline (the rest of a long list goes without).
    static let trendRows = 200

    static func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        try shell.requireArticles()
        let selection = SelectionOptions.selection(invocation)
        try shell.ensureFacts(["entities"], in: selection)
        var entities = try shell.session.corpus.mergedEntities(in: selection)
        if let type = invocation.value("type") {
            let label = try entityLabel(type)
            entities = entities.filter { $0.label == label }
        }
        let total = entities.count
        if invocation.value("top") != nil {
            entities = Array(entities.prefix(try invocation.int("top", default: 10, in: 1...1_000_000)))
        }
        var columns: [Table.Column] = [
            .init("entity"), .init("type"), .init("articles", alignment: .right), .init("mentions", alignment: .right),
            .init("first"), .init("last"), .init("roles", wraps: true), .init("names", detail: true),
        ]
        // On a colour terminal, each row's mentions month by month over the selection's dates.
        var trends: [String: String] = [:]
        if shell.pictures {
            let months = try shell.session.corpus.months(in: selection)
            if months.count > 1 {
                columns.insert(.init("trend"), at: 4)
                for entity in entities.prefix(Self.trendRows) {
                    trends[entity.name] = Sparkline.draw(try shell.session.corpus.monthly(entity, months: months, in: selection))
                }
            }
        }
        var table = Table(columns: columns)
        for entity in entities {
            var row: [JSONValue] = [
                .string(entity.name), .string(entity.label), .int(entity.articles), .int(entity.mentions),
                .string(entity.first), .string(entity.last), .string(entity.roles.joined(separator: "; ")),
                .array(Array(Set(entity.variants.map(\.entity))).sorted().map { .string($0) }),
            ]
            if columns.count == 9 { row.insert(.string(trends[entity.name] ?? ""), at: 4) }
            table.append(row)
        }
        table.footer = "\(entities.count) of \(total) entities"
        return .table(table)
    }

    static func entityLabel(_ text: String) throws -> String {
        let names = [
            "person": "PERSON", "people": "PERSON", "per": "PERSON", "org": "ORG", "organization": "ORG",
            "organisation": "ORG", "loc": "LOC", "location": "LOC", "place": "LOC", "misc": "MISC", "other": "MISC",
        ]
        if let label = names[text.lowercased()] { return label }
        throw LedeError("entities: unknown type '\(text)'", hint: "types: PERSON, ORG, LOC, MISC")
    }
}

/// `entity NAME`: one entity across the selection.
struct EntityCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "entity", summary: "One entity across articles: coverage, roles, quotes, stance, company",
            arguments: [ArgumentDescriptor("NAME", help: "a name, a variant or a surname", optional: false)],
            options: [CommonOptions.format] + SelectionOptions.list,
            examples: ["entity Okafor", "entity \"Lars Eriksen\" --since 2026-03"])
    }
    var group: CommandGroup { .analysis }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        try shell.requireArticles()
        let name = invocation.arguments.joined(separator: " ")
        guard !name.isEmpty else { throw LedeError("entity: give a name") }
        let selection = SelectionOptions.selection(invocation)
        try shell.ensureFacts(["entities", "quotes", "stance"], in: selection)
        let corpus = shell.session.corpus
        let entity = try corpus.entity(named: name, in: selection)
        let profile = try corpus.profile(of: entity, in: selection)
        var table = Table(columns: [.init("field"), .init("value", wraps: true)])
        func row(_ field: String, _ value: String) { table.append([.string(field), .string(value)]) }
        func list(_ items: [(name: String, count: Int)]) -> String {
            items.isEmpty ? "—" : items.prefix(8).map { "\($0.name) (\($0.count))" }.joined(separator: ", ")
        }
        func polar(_ items: [(name: String, polarity: String, count: Int)]) -> String {
            items.isEmpty ? "—" : items.prefix(8).map { "\($0.name) \($0.polarity) (\($0.count))" }.joined(separator: ", ")
        }
        row("entity", entity.name)
        row("type", entity.label)
        row("articles", String(entity.articles))
        row("mentions", String(entity.mentions))
        row("first", entity.first ?? "—")
        row("last", entity.last ?? "—")
        row("names", Array(Set(entity.variants.map(\.entity))).sorted().joined(separator: ", "))
        row("roles", entity.roles.isEmpty ? "—" : entity.roles.joined(separator: "; "))
        row("quotes by", String(profile.saidByThem))
        row("quoted about by", list(profile.quotedBy))
        row("their quotes name", list(profile.quotes))
        row("stance toward", polar(profile.stanceToward))
        row("stance from", polar(profile.stanceFrom))
        row("appears with", list(profile.together))
        return .table(table)
    }
}

/// `quotes --about NAME`: quotes that mention an entity, across the selection.
enum QuotesAboutTable {
    static func run(_ invocation: CommandInvocation, name: String, shell: Shell) throws -> CommandOutput {
        try shell.requireArticles()
        let selection = SelectionOptions.selection(invocation)
        try shell.ensureFacts(["entities", "quotes"], in: selection)
        let corpus = shell.session.corpus
        let entity = try corpus.entity(named: name, in: selection)
        let quotes = try corpus.quotes(about: entity, in: selection)
        var table = Table(columns: [
            .init("article", alignment: .right), .init("date"), .init("speaker"), .init("quote", wraps: true),
            .init("start", alignment: .right, detail: true),
        ])
        for quote in quotes {
            table.append([.string(quote.article), .string(quote.day), .string(quote.speaker), .string(quote.text), .int(quote.start)])
        }
        table.footer = "\(quotes.count) quote\(quotes.count == 1 ? "" : "s") about \(entity.name)"
        return .table(table)
    }
}

/// `timeline NAME [--by day|week|month]`.
struct TimelineCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "timeline", summary: "Articles, mentions and quotes per day, week or month for one entity",
            arguments: [ArgumentDescriptor("NAME", help: "a name, a variant or a surname", optional: false)],
            options: [
                OptionDescriptor("by", value: "PERIOD", help: "day, week (default) or month", completion: .values(["day", "week", "month"])),
                CommonOptions.format,
            ] + SelectionOptions.list,
            examples: ["timeline Okafor", "timeline \"Lars Eriksen\" --by month"],
            discussion: "Periods come from the articles' dates; articles without a date are left out.")
    }
    var group: CommandGroup { .analysis }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        try shell.requireArticles()
        let name = invocation.arguments.joined(separator: " ")
        let by = invocation.value("by") ?? "week"
        guard let period = Period(rawValue: by) else {
            throw LedeError("timeline: --by takes day, week or month, not '\(by)'")
        }
        let selection = SelectionOptions.selection(invocation)
        try shell.ensureFacts(["entities", "quotes"], in: selection)
        let corpus = shell.session.corpus
        let entity = try corpus.entity(named: name, in: selection)
        let points = try corpus.timeline(of: entity, by: period, in: selection)
        var table = Table(columns: [
            .init(by), .init("articles", alignment: .right), .init("mentions", alignment: .right), .init("quotes", alignment: .right),
        ])
        for point in points { table.append([.string(point.period), .int(point.articles), .int(point.mentions), .int(point.quotes)]) }
        if points.isEmpty {
            table.footer = "no dated articles mention \(entity.name)"
        } else if shell.pictures {
            table.footer = "\(entity.name), mentions per \(by): " + Sparkline.draw(points.map(\.mentions))
        } else {
            table.footer = "\(entity.name): \(points.count) \(by)\(points.count == 1 ? "" : "s")"
        }
        return .table(table)
    }
}

/// `network [--min N]`: who is tied to whom over the selection.
struct NetworkCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "network", summary: "Actor pairs: stance, appearing together, quoting one another",
            options: [
                OptionDescriptor("min", value: "N", help: "only ties seen at least N times (default 1)"),
                CommonOptions.format,
            ] + SelectionOptions.list,
            examples: ["network", "network --min 3 --format csv > ties.csv"],
            discussion: """
                Each row is a tie: positive or negative (the source's stance toward the target), together \
                (both in the same articles) or quotes (the source's quotes name the target), with how \
                many times it was seen. People and organisations only; the 60 most covered for together \
                and quotes.
                """)
    }
    var group: CommandGroup { .analysis }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        try shell.requireArticles()
        let minimum = try invocation.int("min", default: 1, in: 1...1_000_000)
        let selection = SelectionOptions.selection(invocation)
        try shell.ensureFacts(["entities", "quotes", "stance"], in: selection)
        let ties = try shell.session.corpus.network(in: selection, minimum: minimum)
        var table = Table(columns: [
            .init("source"), .init("relation"), .init("target"), .init("count", alignment: .right),
        ])
        for tie in ties { table.append([.string(tie.source), .string(tie.relation), .string(tie.target), .int(tie.count)]) }
        table.footer = "\(ties.count) tie\(ties.count == 1 ? "" : "s")"
        return .table(table)
    }
}

/// A row of block characters, one per value, scaled to the largest.
enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func draw(_ values: [Int]) -> String {
        guard let top = values.max(), top > 0 else { return String(repeating: " ", count: values.count) }
        return String(values.map { $0 == 0 ? " " : blocks[min(blocks.count - 1, ($0 * blocks.count - 1) / top)] })
    }
}

/// `corpus [--check]`: what the open corpus holds.
struct CorpusStatusCommand: ShellCommand {
    var descriptor: CommandDescriptor {
        CommandDescriptor(
            "corpus", summary: "What the corpus holds: its file, articles, analyses; --check tests its integrity",
            options: [OptionDescriptor("check", help: "run SQLite's integrity check (reads the whole file)"), CommonOptions.format],
            examples: ["corpus", "corpus --check"])
    }
    var group: CommandGroup { .session }

    func run(_ invocation: CommandInvocation, shell: Shell) throws -> CommandOutput {
        let corpus = shell.session.corpus
        var table = Table(columns: [.init("field"), .init("value")])
        func row(_ field: String, _ value: JSONValue) { table.append([.string(field), value]) }
        row("file", .string(corpus.path ?? "(memory: 'save FILE' keeps it)"))
        row("mode", .string(corpus.isReadOnly ? "read-only" : "read-write"))
        row("schema", .int(Corpus.schemaVersion))
        row("articles", .int(try corpus.count()))
        for (plugin, count) in try corpus.analysisCounts() { row("analyses: \(plugin)", .int(count)) }
        if let path = corpus.path, let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int {
            row("bytes", .int(size))
        }
        if invocation.flag("check") { row("integrity", .string(try corpus.integrityCheck())) }
        return .table(table)
    }
}
