import Foundation

/// Reads a file handle line by line, 64 KB at a time.
struct LineReader {
    let handle: FileHandle
    private var pending: [UInt8] = []
    private var position = 0
    private var finished = false

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() -> String? {
        var searchFrom = position
        while true {
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
}
