/// When and how long to wait before sending a failed request again.
///
/// Retried: connection failures before any response byte was used, connect timeouts, and the
/// statuses 408, 409, 429 and 5xx. The server can steer this with `retry-after-ms`, `Retry-After`
/// (seconds or an HTTP date) and `x-should-retry: true|false`. A server that asks to wait longer
/// than `maxRetryAfter` is not retried: the error is thrown at once so the caller can decide.
public struct RetryPolicy: Sendable {
    /// Waits for the given time; it must throw when the task is cancelled.
    public typealias Sleeper = @Sendable (Duration) async throws -> Void

    /// Retries after the first attempt; 0 disables retrying.
    public var maxRetries: Int
    /// The wait before the first retry; it doubles for each further retry.
    public var initialBackoff: Duration
    /// The longest computed wait.
    public var maxBackoff: Duration
    /// Each computed wait is multiplied by a random factor from this range, so that clients
    /// which failed together do not retry together.
    public var jitter: ClosedRange<Double>
    /// The longest server-requested wait that is honoured.
    public var maxRetryAfter: Duration
    /// How to wait; tests inject a recorder instead of really sleeping.
    public var sleep: Sleeper

    public init(
        maxRetries: Int = 2, initialBackoff: Duration = .milliseconds(500), maxBackoff: Duration = .seconds(8),
        jitter: ClosedRange<Double> = 0.75...1.0, maxRetryAfter: Duration = .seconds(60),
        sleep: @escaping Sleeper = { try await Task.sleep(for: $0) }
    ) {
        self.maxRetries = maxRetries
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.jitter = jitter
        self.maxRetryAfter = maxRetryAfter
        self.sleep = sleep
    }

    /// A policy that never retries.
    public static var disabled: RetryPolicy { RetryPolicy(maxRetries: 0) }

    /// The computed wait before retry number `retry + 1`: exponential, capped, with jitter.
    public func backoff(forRetry retry: Int) -> Duration {
        let exponential = initialBackoff * (1 << min(max(retry, 0), 30))
        let capped = min(exponential, maxBackoff)
        return capped * Double.random(in: jitter)
    }
}
