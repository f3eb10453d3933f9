import Foundation

/// Reads the server's requested wait from `retry-after-ms` or `Retry-After`.
enum RetryAfter {
    /// The requested wait, possibly zero or negative (a date in the past); `nil` when absent or unreadable.
    static func delay(in headers: HTTPFields, now: Date) -> Duration? {
        if let text = headers["retry-after-ms"], let milliseconds = Double(text.trimmingASCIISpaces), milliseconds.isFinite {
            return clamped(seconds: milliseconds / 1000)
        }
        guard let text = headers["retry-after"]?.trimmingASCIISpaces, !text.isEmpty else { return nil }
        if let seconds = Double(text), seconds.isFinite { return clamped(seconds: seconds) }
        if let date = httpDate(String(text)) { return clamped(seconds: date.timeIntervalSince(now)) }
        return nil
    }

    /// Absurd values would overflow `Duration`; a year is "longer than any cap" all the same.
    private static func clamped(seconds: Double) -> Duration {
        .seconds(min(max(seconds, -31_536_000), 31_536_000))
    }

    /// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the form servers must send.
    static func httpDate(_ text: String) -> Date? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[0].hasSuffix(","), parts[5] == "GMT",
            let day = Int(parts[1]), let year = Int(parts[3]),
            let month = months.firstIndex(of: String(parts[2])).map({ $0 + 1 })
        else { return nil }
        let clock = parts[4].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3, (1...31).contains(day), (0...23).contains(clock[0]), (0...59).contains(clock[1]),
            (0...60).contains(clock[2])
        else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + clock[0] * 3_600 + clock[1] * 60 + clock[2]))
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
