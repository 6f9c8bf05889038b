import Foundation
import GRDB
import LedeCore
import LedeKit

/// The articles of a session and what was learnt from them, kept in one SQLite database: a file
/// (`lede --corpus FILE`, `open FILE`) or memory (a session without a corpus).
///
/// Articles are added once: one whose text is already there is counted, not stored again. Each
/// article keeps the id it was given (`1`, `2`, …), never reused. Analyses are stored with the
/// version of the plugin that made them; the facts the cross-article commands read (mentions,
/// quotes, relations) are drawn from them when they are stored.
public final class Corpus: @unchecked Sendable {
    /// The database file, or nil for a session held in memory.
    public let path: String?
    let writer: any DatabaseWriter
    public let isReadOnly: Bool
    /// Merged entities by selection, valid while the corpus's facts stay at `factsVersion`.
    let mergedCache = MergedCache()

    /// Opens or creates the corpus at `path`, migrating an older schema.
    public init(path: String, readOnly: Bool = false) throws(LedeError) {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.foreignKeysEnabled = true
        let writable = !exists || FileManager.default.isWritableFile(atPath: path)
        isReadOnly = readOnly || !writable
        config.readonly = isReadOnly
        if exists { try Corpus.checkHeader(path) }
        if !exists {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
                throw LedeError("corpus: no folder '\(folder)' for '\(path)'")
            }
        }
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            writer = pool
            try Corpus.prepare(writer, path: path, readOnly: isReadOnly)
        } catch let error as LedeError {
            throw error
        } catch {
            throw Corpus.describe(error, path: path)
        }
    }

    /// A corpus held in memory, gone when lede ends (`save FILE` keeps it).
    public init() {
        path = nil
        isReadOnly = false
        var config = Configuration()
        config.foreignKeysEnabled = true
        // An in-memory queue cannot fail to open; the schema is lede's own.
        writer = try! DatabaseQueue(configuration: config)
        try! Corpus.migrator.migrate(writer)
    }

    /// The schema version this lede writes; a corpus with a higher one is refused.
    public static let schemaVersion = 2

    static func prepare(_ writer: any DatabaseWriter, path: String, readOnly: Bool) throws {
        let version = try writer.read { db -> Int? in
            guard try db.tableExists("corpus_info") else {
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                if tables > 0 { throw LedeError("corpus: '\(path)' is an SQLite database but not a lede corpus") }
                return nil
            }
            return try Int.fetchOne(db, sql: "SELECT value FROM corpus_info WHERE key = 'schema'")
        }
        if let version, version > schemaVersion {
            throw LedeError(
                "corpus: '\(path)' was made by a newer lede (schema \(version); this lede reads up to \(schemaVersion))",
                hint: "upgrade lede to open it")
        }
        if readOnly {
            guard version != nil else { throw LedeError("corpus: '\(path)' is read-only and holds no corpus") }
            if version! < schemaVersion {
                throw LedeError("corpus: '\(path)' needs an upgrade to schema \(schemaVersion), but it is read-only")
            }
            return
        }
        try migrator.migrate(writer)
    }

    /// Refuses a file that is not SQLite before SQLite sees it (it would call it "not a database").
    static func checkHeader(_ path: String) throws(LedeError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LedeError("corpus: cannot read '\(path)'")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if head.isEmpty { return }
        if head != Data("SQLite format 3\0".utf8) {
            throw LedeError("corpus: '\(path)' is not a lede corpus (not an SQLite database)")
        }
    }

    static func describe(_ error: any Error, path: String) -> LedeError {
        if let db = error as? DatabaseError {
            switch db.resultCode {
            case .SQLITE_FULL: return LedeError("corpus: the disk holding '\(path)' is full")
            case .SQLITE_READONLY: return LedeError("corpus: '\(path)' is read-only")
            case .SQLITE_NOTADB: return LedeError("corpus: '\(path)' is not a lede corpus (not an SQLite database)")
            case .SQLITE_CORRUPT: return LedeError("corpus: '\(path)' is damaged (SQLite reports corruption)")
            case .SQLITE_CANTOPEN: return LedeError("corpus: cannot open '\(path)'")
            case .SQLITE_BUSY, .SQLITE_LOCKED: return LedeError("corpus: '\(path)' is busy in another lede; try again")
            default: return LedeError("corpus: '\(path)': \(db.message ?? "SQLite error \(db.resultCode.rawValue)")")
            }
        }
        if let lede = error as? LedeError { return lede }
        return LedeError("corpus: '\(path)': \(error)")
    }

    func describe(_ error: any Error) -> LedeError {
        Corpus.describe(error, path: path ?? "memory")
    }

    /// Runs a write, turning SQLite's errors into one clear line.
    func write<T>(_ body: (Database) throws -> T) throws(LedeError) -> T {
        if isReadOnly { throw LedeError("corpus: '\(path ?? "")' is open read-only") }
        do { return try writer.write(body) } catch { throw describe(error) }
    }

    func read<T>(_ body: (Database) throws -> T) throws(LedeError) -> T {
        do { return try writer.read(body) } catch { throw describe(error) }
    }

    /// Writes the whole corpus to a new file (`save FILE`).
    public func save(to target: String) throws(LedeError) {
        if FileManager.default.fileExists(atPath: target) {
            throw LedeError("save: '\(target)' exists; lede does not overwrite a file", hint: "name a new file")
        }
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM INTO ?", arguments: [target])
            }
        } catch {
            try? FileManager.default.removeItem(atPath: target)
            throw Corpus.describe(error, path: target)
        }
        // Saved from memory, the copy is in rollback mode; a corpus file works in WAL mode.
        do {
            let queue = try DatabaseQueue(path: target)
            try queue.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
            try queue.close()
        } catch {
            throw Corpus.describe(error, path: target)
        }
    }

    /// `PRAGMA integrity_check`: "ok" or SQLite's first complaint.
    public func integrityCheck() throws(LedeError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }

    /// A value kept with the corpus (the current article).
    public func info(_ key: String) throws(LedeError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM corpus_info WHERE key = ?", arguments: [key]) }
    }

    public func setInfo(_ key: String, _ value: String?) throws(LedeError) {
        if isReadOnly { return }
        try write { db in
            if let value {
                try db.execute(sql: "INSERT OR REPLACE INTO corpus_info(key, value) VALUES (?, ?)", arguments: [key, value])
            } else {
                try db.execute(sql: "DELETE FROM corpus_info WHERE key = ?", arguments: [key])
            }
        }
    }
}

/// The last merged-entities answers, kept while the facts they came from do not change (in this
/// process or another: the facts' version is kept in the file).
final class MergedCache: @unchecked Sendable {
    private var version: String?
    private var answers: [Selection: [MergedEntity]] = [:]
    private let lock = NSLock()

    func get(_ selection: Selection, version: String) -> [MergedEntity]? {
        lock.lock()
        defer { lock.unlock() }
        return self.version == version ? answers[selection] : nil
    }

    func put(_ selection: Selection, version: String, _ value: [MergedEntity]) {
        lock.lock()
        defer { lock.unlock() }
        if self.version != version {
            self.version = version
            answers = [:]
        }
        if answers.count > 16 { answers = [:] }
        answers[selection] = value
    }
}
