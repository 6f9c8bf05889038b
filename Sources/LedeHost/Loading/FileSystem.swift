#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The POSIX calls the loaders make (`stat`, `open`/`read`, `opendir`/`readdir`), in one place,
/// with Swift names and errors that carry the system's reason.
enum FileSystem {
    /// Why a file-system call failed: the path and the system's reason (`strerror`).
    struct Failure: Error, Sendable {
        var reason: String
        var code: Int32

        init(errno code: Int32) {
            self.code = code
            self.reason = String(cString: strerror(code))
        }

        init(reason: String) {
            self.code = 0
            self.reason = reason
        }

        var isMissing: Bool { code == ENOENT || code == ENOTDIR }
    }

    enum Kind: Sendable { case file, directory, other }

    /// What `stat` says about a path (symbolic links followed).
    struct Status: Sendable {
        var kind: Kind
        var size: Int
        /// Device and inode, to notice a directory reached twice through links.
        var identity: FileIdentity
    }

    struct FileIdentity: Hashable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    static func status(_ path: String) throws(Failure) -> Status {
        var info = stat()
        guard stat(path, &info) == 0 else { throw Failure(errno: errno) }
        let type = info.st_mode & S_IFMT
        let kind: Kind = type == S_IFREG ? .file : type == S_IFDIR ? .directory : .other
        return Status(
            kind: kind, size: Int(info.st_size),
            identity: FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
    }

    /// The whole content of a regular file, refusing files larger than `limit` bytes.
    static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(errno: errno) }
        if info.st_mode & S_IFMT == S_IFDIR { throw Failure(errno: EISDIR) }
        let expected = Int(info.st_size)
        if expected > limit { throw Failure(reason: "too large") }
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { throw Failure(reason: "too large") }
                bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(fd, base + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure(errno: errno)
            }
            if got == 0 { break }
            count += got
        }
        if count > limit { throw Failure(reason: "too large") }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// One entry of a directory listing; `isDirectory` is nil when `readdir` cannot tell.
    struct Entry: Sendable {
        var name: String
        var kind: Kind?
    }

    /// The entries of a directory, without `.` and `..`, in no particular order.
    static func list(_ path: String) throws(Failure) -> [Entry] {
        guard let dir = opendir(path) else { throw Failure(errno: errno) }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name == "." || name == ".." { continue }
            let kind: Kind?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_UNKNOWN), Int32(DT_LNK): kind = nil
            default: kind = .other
            }
            entries.append(Entry(name: name, kind: kind))
        }
        return entries
    }
}

/// `read(2)`, reachable under another name from inside ``FileSystem/read(_:limit:)``.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
