/// Numbers: the RFC 8259 grammar, `Int` when it fits, else a finite `Double` with its text.
extension JSONParser {
    private func isDigit(_ offset: Int) -> Bool {
        offset < bytes.count && bytes[offset] >= 0x30 && bytes[offset] <= 0x39
    }

    private mutating func skipDigits() {
        while isDigit(i) { i += 1 }
    }

    mutating func number() throws(Failure) -> JSONValue {
        let start = i
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        guard isDigit(i) else { throw fail("unexpected \(found), expected a digit") }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if isDigit(i) { throw fail("a number cannot start with 0") }
        } else {
            skipDigits()
        }
        var isInteger = true
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            isInteger = false
            i += 1
            guard isDigit(i) else { throw fail("unexpected \(found), expected a digit after '.'") }
            skipDigits()
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            isInteger = false
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard isDigit(i) else { throw fail("unexpected \(found), expected a digit in the exponent") }
            skipDigits()
        }
        if isInteger, let integer = integer(from: negative ? start + 1 : start, negative: negative) {
            return .int(integer)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard let double = Double(text), double.isFinite else { throw fail("number \(text) is too large", at: start) }
        return .double(double, literal: text)
    }

    /// The digits from `from` to `i` as an `Int`; nil when they overflow, and for `-0` (a double).
    private func integer(from: Int, negative: Bool) -> Int? {
        var value = 0
        for k in from..<i {
            let digit = Int(bytes[k] &- 0x30)
            let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflowShift || overflowAdd { return nil }
            value = next
        }
        if negative && value == 0 { return nil }
        return value
    }
}
