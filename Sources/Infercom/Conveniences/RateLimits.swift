import OpenAPIClientRuntime

/// The request quotas an Infercom response reports in its `x-ratelimit-*` headers (Infercom's
/// names, not a standard: the generic runtime keeps the headers and leaves reading them to here).
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

extension ResponseMetadata {
    /// The `x-ratelimit-*` quotas of the response.
    public var rateLimits: RateLimits { RateLimits(headers: headers) }
}

extension APIFailure {
    /// The `x-ratelimit-*` quotas the error response reported (a 429 says when to retry here).
    public var rateLimits: RateLimits { RateLimits(headers: headers) }
}
