import Foundation

/// Days as the corpus keeps them (`YYYY-MM-DD`), read from the shapes dates take in news
/// metadata: ISO 8601 (`2026-03-09`, `2026-03-09T14:05:00Z`), `2026/03/09`, `9 March 2026`,
/// `March 9, 2026`, `Mon, 09 Mar 2026 14:05:00 GMT`.
public enum CorpusDate {
    static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// The day a date names, or nil.
    public static func day(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let scalars = Array(trimmed.unicodeScalars)
        // Leading year-month-day with - or / (ISO dates and timestamps; 2026-3-9 too).
        if scalars.count >= 8, let year = number(scalars[0..<4]), scalars[4] == "-" || scalars[4] == "/" {
            let separator = scalars[4]
            var parts: [Int] = []
            var digits = ""
            for scalar in scalars[5...] {
                if ("0"..."9").contains(scalar), digits.count < 2 {
                    digits.unicodeScalars.append(scalar)
                } else if scalar == separator, parts.isEmpty, !digits.isEmpty {
                    parts.append(Int(digits)!)
                    digits = ""
                } else {
                    break
                }
            }
            if !digits.isEmpty { parts.append(Int(digits)!) }
            if parts.count == 2 { return format(year: year, month: parts[0], day: parts[1]) }
        }
        // Words: a month name, a day number and a four-digit year in any order.
        let words = trimmed.lowercased().split { !$0.isLetter && !$0.isNumber }
        var year: Int?
        var month: Int?
        var day: Int?
        for word in words {
            if let value = Int(word) {
                if word.count == 4, year == nil { year = value } else if word.count <= 2, day == nil { day = value }
            } else if month == nil, word.count >= 3, let index = months.firstIndex(of: String(word.prefix(3))) {
                month = index + 1
            }
        }
        guard let year, let month, let day else { return nil }
        return format(year: year, month: month, day: day)
    }

    /// A date given on the command line (`--since 2026-03-01`, `--until 2026-03`, `--since 2026`):
    /// the first day it covers, or its last day when `end` is set.
    public static func bound(_ text: String, end: Bool) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
            parts[0].count == 4, let year = Int(parts[0])
        else { return day(text) }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let dayNumber = parts.count > 2 ? Int(parts[2]) : nil
        if let month, !(1...12).contains(month) { return nil }
        if let dayNumber {
            return format(year: year, month: month!, day: dayNumber)
        }
        if let month {
            return format(year: year, month: month, day: end ? daysIn(month: month, year: year) : 1)
        }
        return format(year: year, month: end ? 12 : 1, day: end ? 31 : 1)
    }

    static func number(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard scalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(String(String.UnicodeScalarView(scalars)))
    }

    static func format(year: Int, month: Int, day: Int) -> String? {
        guard (1000...9999).contains(year), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a `YYYY-MM-DD` day (proleptic Gregorian).
    public static func ordinal(_ day: String) -> Int? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let (y0, m, d) = (parts[0], parts[1], parts[2])
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The `YYYY-MM-DD` day of a day number.
    public static func day(ordinal z0: Int) -> String {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return format(year: y, month: m, day: d) ?? "\(y)-\(m)-\(d)"
    }

    /// The Monday that starts the ISO week of `day`.
    public static func weekStart(_ day: String) -> String? {
        guard let n = ordinal(day) else { return nil }
        // 1970-01-01 was a Thursday: Monday is 3 days before.
        let weekday = ((n + 3) % 7 + 7) % 7
        return self.day(ordinal: n - weekday)
    }

    /// The period after `key` (a day, a week's Monday, or `YYYY-MM`).
    static func next(_ key: String, by period: Period) -> String? {
        switch period {
        case .day: return ordinal(key).map { day(ordinal: $0 + 1) }
        case .week: return ordinal(key).map { day(ordinal: $0 + 7) }
        case .month:
            let parts = key.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2 else { return nil }
            let (y, m) = parts[1] == 12 ? (parts[0] + 1, 1) : (parts[0], parts[1] + 1)
            return "\(y)-\(m < 10 ? "0" : "")\(m)"
        }
    }
}
