/// The request quotas a response reports in its `x-ratelimit-*` headers.
///
/// Each value is `nil` when its header is missing or not a number. Infercom documents the reset
/// values as "epoch time"; they are passed through unchanged.
public struct RateLimits: Sendable, Hashable {
    /// `x-ratelimit-limit-requests`: requests allowed per minute.
    public var limitRequests: Int?
    /// `x-ratelimit-remaining-requests`: requests left this minute.
    public var remainingRequests: Int?
    /// `x-ratelimit-reset-requests`: when the per-minute quota resets.
    public var resetRequests: Int?
    /// `x-ratelimit-limit-requests-day`: requests allowed per day.
    public var limitRequestsDay: Int?
    /// `x-ratelimit-remaining-requests-day`: requests left today.
    public var remainingRequestsDay: Int?
    /// `x-ratelimit-reset-requests-day`: when the daily quota resets.
    public var resetRequestsDay: Int?

    public init(
        limitRequests: Int? = nil, remainingRequests: Int? = nil, resetRequests: Int? = nil,
        limitRequestsDay: Int? = nil, remainingRequestsDay: Int? = nil, resetRequestsDay: Int? = nil
    ) {
        self.limitRequests = limitRequests
        self.remainingRequests = remainingRequests
        self.resetRequests = resetRequests
        self.limitRequestsDay = limitRequestsDay
        self.remainingRequestsDay = remainingRequestsDay
        self.resetRequestsDay = resetRequestsDay
    }

    /// Reads the six `x-ratelimit-*` headers.
    public init(headers: HTTPFields) {
        func number(_ name: String) -> Int? {
            guard let text = headers[name]?.trimmingASCIISpaces, !text.isEmpty else { return nil }
            // Tolerate fractional values ("1715000000.5") by dropping the fraction.
            return Int(text) ?? Double(text).flatMap { $0.isFinite ? Int(exactly: $0.rounded(.down)) : nil }
        }
        self.init(
            limitRequests: number("x-ratelimit-limit-requests"),
            remainingRequests: number("x-ratelimit-remaining-requests"),
            resetRequests: number("x-ratelimit-reset-requests"),
            limitRequestsDay: number("x-ratelimit-limit-requests-day"),
            remainingRequestsDay: number("x-ratelimit-remaining-requests-day"),
            resetRequestsDay: number("x-ratelimit-reset-requests-day"))
    }

    /// Whether no rate-limit header was present.
    public var isEmpty: Bool { self == RateLimits() }
}

extension String {
    /// The string without leading and trailing spaces and tabs (header values allow both).
    var trimmingASCIISpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return self[first...last]
    }
}
