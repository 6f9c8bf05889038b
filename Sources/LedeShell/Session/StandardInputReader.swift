import Foundation

/// Reads what `load -` takes from standard input: up to a limit (one byte past it, so the loader
/// can say the input is too large without holding all of it), retrying after EINTR, and giving
/// up when Ctrl-C was pressed.
enum StandardInputReader {
    static func read(limit: Int, isCancelled: () -> Bool) -> Data? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while data.count <= limit {
            let wanted = min(buffer.count, limit + 1 - data.count)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR && !isCancelled() { continue }
                return isCancelled() ? nil : data
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            if isCancelled() { return nil }
        }
        return data
    }
}
