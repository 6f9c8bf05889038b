import LedeKit

/// Fuzzes the JSON parser: any bytes parse or fail at an offset inside the input; a value that
/// parses is written and parsed back to an equal value; bytes and the same text as a `String`
/// give the same answer.
enum JSONFuzzTarget {
    @Sendable static func run(_ raw: UnsafeRawBufferPointer) {
        let bytes = Array(raw)
        let parsed = Result { () throws(JSONParser.Failure) -> JSONValue in try JSONParser.parse(bytes) }
        let valid = String(validating: bytes, as: UTF8.self)
        switch parsed {
        case .success(let value):
            TextFuzzTarget.check(valid != nil, "accepted invalid UTF-8")
            let written = JSONWriter.string(value)
            let again = try? JSONParser.parse(written)
            TextFuzzTarget.check(again == value, "written JSON does not parse back to the same value: \(written)")
            if let valid { TextFuzzTarget.check((try? JSONParser.parse(valid)) == value, "String and bytes differ") }
        case .failure(let failure):
            TextFuzzTarget.check(failure.offset >= 0 && failure.offset <= bytes.count, "offset \(failure.offset) outside the input")
            if let valid {
                do {
                    _ = try JSONParser.parse(valid)
                    TextFuzzTarget.check(false, "the String parses where the bytes did not")
                } catch {
                    TextFuzzTarget.check(error.offset == failure.offset, "String and bytes fail at different offsets")
                }
            }
        }
    }
}
