import Foundation

/// Reads a file handle line by line, 64 KB at a time. A line longer than ``maximumLength`` is
/// not kept: it is read past, and ``overlong`` gives its length, so an endless line costs no
/// memory.
public struct LineReader {
    let handle: FileHandle
    let maximumLength: Int
    private var pending: [UInt8] = []
    private var position = 0
    private var finished = false
    /// The length in bytes of the line just returned (as "") when it was too long.
    private(set) var overlong: Int?

    public static let defaultMaximumLength = 64 << 20

    init(handle: FileHandle, maximumLength: Int = LineReader.defaultMaximumLength) {
        self.handle = handle
        self.maximumLength = maximumLength
    }

    mutating func next() -> String? {
        overlong = nil
        var searchFrom = position
        while true {
            if pending.count - position > maximumLength, pending[searchFrom...].firstIndex(of: 0x0A) == nil {
                return skipLongLine()
            }
            if let newline = pending[searchFrom...].firstIndex(of: 0x0A) {
                let line = String(decoding: pending[position..<newline], as: UTF8.self)
                position = newline + 1
                return line
            }
            if finished {
                guard position < pending.count else { return nil }
                let line = String(decoding: pending[position...], as: UTF8.self)
                position = pending.count
                return line
            }
            if position > 0 {
                pending.removeFirst(position)
                position = 0
            }
            searchFrom = pending.count
            let chunk = (try? handle.read(upToCount: 1 << 16)) ?? nil
            if let chunk, !chunk.isEmpty { pending.append(contentsOf: chunk) } else { finished = true }
        }
    }

    /// Reads past the rest of a line that is too long; returns "" with ``overlong`` set.
    private mutating func skipLongLine() -> String? {
        var length = pending.count - position
        pending.removeAll(keepingCapacity: true)
        position = 0
        while true {
            guard let chunk = (try? handle.read(upToCount: 1 << 16)) ?? nil, !chunk.isEmpty else {
                finished = true
                overlong = length
                return ""
            }
            if let newline = chunk.firstIndex(of: 0x0A) {
                length += newline - chunk.startIndex
                pending.append(contentsOf: chunk[(newline + 1)...])
                overlong = length
                return ""
            }
            length += chunk.count
        }
    }
}
