/// One step of a call, as a `ClientMiddleware` observes it.
///
/// A call produces, in order: for each attempt `requestWillBeSent` and then either
/// `responseHead` or nothing (no response); a `retry` between attempts; for streams one
/// `streamEvent` per event returned; finally exactly one of `completed` or `failed` — unless a
/// stream's reader stops before its end (then the call has no outcome to report).
public enum ClientEvent: Sendable {
    /// An attempt is about to be sent.
    case requestWillBeSent(SentRequest)
    /// The status line and headers of an attempt's response arrived.
    case responseHead(ReceivedHead)
    /// A failed attempt will be sent again after `delay`.
    case retry(Retry)
    /// A stream returned an event to its reader.
    case streamEvent(ObservedStreamEvent)
    /// The call succeeded: the body was decoded, or the stream reached its end.
    case completed(Completion)
    /// The call ended with an error (the one the caller gets).
    case failed(Failure)

    /// The call this event belongs to.
    public var call: CallContext {
        switch self {
        case .requestWillBeSent(let sent): sent.call
        case .responseHead(let head): head.call
        case .retry(let retry): retry.call
        case .streamEvent(let event): event.call
        case .completed(let completion): completion.call
        case .failed(let failure): failure.call
        }
    }
}

extension ClientEvent {
    /// An attempt about to be sent. `headers` has the `Authorization` value redacted.
    public struct SentRequest: Sendable {
        public var call: CallContext
        /// 1 for the first attempt, 2 for the first retry, …
        public var attempt: Int
        public var method: String
        public var url: String
        /// The headers as sent, except that `Authorization` reads `<redacted>`.
        public var headers: HTTPFields
        /// The size of the request body in bytes (0 without a body).
        public var bodyByteCount: Int

        public init(call: CallContext, attempt: Int, method: String, url: String, headers: HTTPFields, bodyByteCount: Int) {
            self.call = call
            self.attempt = attempt
            self.method = method
            self.url = url
            self.headers = headers
            self.bodyByteCount = bodyByteCount
        }
    }

    /// An attempt's response head.
    public struct ReceivedHead: Sendable {
        public var call: CallContext
        public var attempt: Int
        public var status: Int
        public var headers: HTTPFields
        /// From the start of the call.
        public var elapsed: Duration

        public init(call: CallContext, attempt: Int, status: Int, headers: HTTPFields, elapsed: Duration) {
            self.call = call
            self.attempt = attempt
            self.status = status
            self.headers = headers
            self.elapsed = elapsed
        }
    }

    /// A retry about to happen.
    public struct Retry: Sendable {
        public var call: CallContext
        /// The attempt that failed.
        public var failedAttempt: Int
        public var reason: RetryReason
        /// How long the client waits before the next attempt.
        public var delay: Duration

        public init(call: CallContext, failedAttempt: Int, reason: RetryReason, delay: Duration) {
            self.call = call
            self.failedAttempt = failedAttempt
            self.reason = reason
            self.delay = delay
        }
    }

    /// Why an attempt is sent again.
    public enum RetryReason: Sendable, Hashable, CustomStringConvertible {
        /// The response had this retryable status (or `x-should-retry: true`).
        case status(Int)
        /// No usable response arrived (including a stream that ended before its first event).
        case transport(TransportError)

        public var description: String {
            switch self {
            case .status(let status): "HTTP \(status)"
            case .transport(let error): error.description
            }
        }
    }

    /// An event a stream returned.
    public struct ObservedStreamEvent: Sendable {
        public var call: CallContext
        /// 0 for the first event.
        public var index: Int
        /// From the start of the call.
        public var elapsed: Duration
        /// The decoded event, such as a `ResponseStreamEvent`.
        public var event: any Sendable

        public init(call: CallContext, index: Int, elapsed: Duration, event: any Sendable) {
            self.call = call
            self.index = index
            self.elapsed = elapsed
            self.event = event
        }
    }

    /// A successful call.
    public struct Completion: Sendable {
        public var call: CallContext
        /// Status, headers, request id, rate limits and attempts of the response.
        public var metadata: ResponseMetadata
        public var timings: CallTimings
        /// The decoded body, or what a stream's events added up to (`nil` without an accumulator).
        public var value: (any Sendable)?
        /// The token counts the value reports (`ReportsTokenUsage`), if any.
        public var usage: TokenUsage?
        /// The events a stream returned (0 for other calls).
        public var eventCount: Int

        public init(call: CallContext, metadata: ResponseMetadata, timings: CallTimings, value: (any Sendable)?, usage: TokenUsage?, eventCount: Int) {
            self.call = call
            self.metadata = metadata
            self.timings = timings
            self.value = value
            self.usage = usage
            self.eventCount = eventCount
        }
    }

    /// A failed call.
    public struct Failure: Sendable {
        public var call: CallContext
        public var error: ClientError
        public var timings: CallTimings
        /// The events a stream returned before it failed.
        public var eventCount: Int

        public init(call: CallContext, error: ClientError, timings: CallTimings, eventCount: Int) {
            self.call = call
            self.error = error
            self.timings = timings
            self.eventCount = eventCount
        }
    }
}

/// How long the parts of a call took, measured from its start (before the first attempt).
public struct CallTimings: Sendable, Hashable {
    /// Until the last response head arrived (the one of the attempt that was used).
    public var timeToResponseHead: Duration?
    /// Until a stream returned its first event; `nil` for other calls or streams without events.
    public var timeToFirstEvent: Duration?
    /// The whole call, including retries and waits.
    public var total: Duration

    public init(timeToResponseHead: Duration? = nil, timeToFirstEvent: Duration? = nil, total: Duration) {
        self.timeToResponseHead = timeToResponseHead
        self.timeToFirstEvent = timeToFirstEvent
        self.total = total
    }
}
