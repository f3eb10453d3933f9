/// Every error the client throws. Switch on the case to tell what went wrong.
///
/// ```swift
/// do { … } catch let error as ClientError {
///     switch error {
///     case .api(let failure) where failure.status == 429: …   // rate limited
///     case .transport(let failure) where failure.isTimeout: …
///     default: print(error)   // one readable line
///     }
/// }
/// ```
public enum ClientError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The request broke a constraint of the spec or could not be encoded; nothing was sent.
    case invalidRequest(InvalidRequest)
    /// The server answered with a non-2xx status.
    case api(APIError)
    /// No complete response arrived: connection, timeout or cancellation.
    case transport(TransportFailure)
    /// A 2xx body, or a stream event, did not match the expected type.
    case decoding(DecodingFailure)
    /// The server reported an error inside an event stream.
    case streamFailed(ServerFailure)
    /// The server answered 2xx with a response object that says it failed.
    case responseFailed(ServerFailure)
    /// An event stream ended before its terminal event; carries the events' count, the partial
    /// accumulated value and any event the end cut off.
    case streamEndedEarly(StreamEndedEarly)
    /// An `EventStream` was iterated again after its single pass had started: a programming error.
    case streamAlreadyConsumed(StreamAlreadyConsumed)

    /// The operation whose call failed.
    public var operationID: String {
        switch self {
        case .invalidRequest(let failure): failure.operationID
        case .api(let failure): failure.operationID
        case .transport(let failure): failure.operationID
        case .decoding(let failure): failure.operationID
        case .streamFailed(let failure): failure.operationID
        case .responseFailed(let failure): failure.operationID
        case .streamEndedEarly(let failure): failure.operationID
        case .streamAlreadyConsumed(let failure): failure.operationID
        }
    }

    /// The HTTP status, for errors that have one.
    public var status: Int? {
        switch self {
        case .api(let failure): failure.status
        case .decoding(let failure): failure.status
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .invalidRequest(let failure): failure.description
        case .api(let failure): failure.description
        case .transport(let failure): failure.description
        case .decoding(let failure): failure.description
        case .streamFailed(let failure): failure.description
        case .responseFailed(let failure): failure.description
        case .streamEndedEarly(let failure): failure.description
        case .streamAlreadyConsumed(let failure): failure.description
        }
    }

    /// The description prefixed with the operation ID, for logs that mix several calls.
    public var debugDescription: String { "\(operationID): \(description)" }
}

/// A request that was refused before sending.
public struct InvalidRequest: Error, Sendable, Hashable, CustomStringConvertible {
    public var operationID: String
    /// The broken schema constraint, when validation found one.
    public var violation: SchemaViolation?
    /// What is wrong, for people.
    public var detail: String

    public init(operationID: String, violation: SchemaViolation? = nil, detail: String) {
        self.operationID = operationID
        self.violation = violation
        self.detail = detail
    }

    public var description: String { "invalid request: \(detail)" }
}

/// A failure below HTTP while calling an operation.
public struct TransportFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var operationID: String
    /// What the transport reported.
    public var error: TransportError
    /// Requests sent, including retries.
    public var attempts: Int

    public init(operationID: String, error: TransportError, attempts: Int) {
        self.operationID = operationID
        self.error = error
        self.attempts = attempts
    }

    /// The connection could not be set up, or broke.
    public var isConnectionFailure: Bool {
        switch error {
        case .connectionFailed, .connectionLost: true
        default: false
        }
    }

    /// TLS failed: the server's certificate was rejected, or the handshake broke down.
    public var isTLSFailure: Bool {
        switch error {
        case .certificateRejected, .tlsFailed: true
        default: false
        }
    }

    /// A time limit of `Timeouts` elapsed.
    public var isTimeout: Bool {
        if case .timedOut = error { return true }
        return false
    }

    /// The calling task was cancelled.
    public var isCancellation: Bool { error == .cancelled }

    public var description: String {
        "\(error)" + (attempts > 1 ? " (after \(attempts) attempts)" : "")
    }
}
