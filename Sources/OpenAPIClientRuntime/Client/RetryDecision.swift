import Foundation

/// Whether a failed attempt is sent again, and after how long.
enum RetryDecision: Equatable {
    case retry(after: Duration)
    case fail
}

extension RetryPolicy {
    /// The decision for a response with an error `status`, after `retriesSoFar` retries.
    func decision(status: Int, headers: HTTPFields, retriesSoFar: Int, now: Date = Date()) -> RetryDecision {
        guard retriesSoFar < maxRetries else { return .fail }
        switch headers["x-should-retry"]?.trimmingASCIISpaces.lowercased() {
        case "true": break
        case "false": return .fail
        default: guard Self.isRetryable(status: status) else { return .fail }
        }
        if let requested = RetryAfter.delay(in: headers, now: now) {
            if requested > maxRetryAfter { return .fail }
            if requested > .zero { return .retry(after: requested) }
        }
        return .retry(after: backoff(forRetry: retriesSoFar))
    }

    /// The decision for a failure below HTTP, after `retriesSoFar` retries. The caller makes sure
    /// no part of a response was used yet.
    func decision(transportError: TransportError, retriesSoFar: Int) -> RetryDecision {
        guard retriesSoFar < maxRetries, Self.isRetryable(transportError) else { return .fail }
        return .retry(after: backoff(forRetry: retriesSoFar))
    }

    static func isRetryable(status: Int) -> Bool {
        status == 408 || status == 409 || status == 429 || status >= 500
    }

    static func isRetryable(_ error: TransportError) -> Bool {
        // A handshake cut short may be transient; a rejected certificate will be rejected again.
        // Kinds added later are not retried until they are listed here.
        switch error.kind {
        case .connectionFailed, .connectionLost, .tlsFailed: true
        case .timedOut: error.timeout == .connect
        default: false
        }
    }
}
