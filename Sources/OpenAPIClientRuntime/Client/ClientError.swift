/// Every error the client throws: a ``kind`` that says what went wrong, and the details of that
/// kind as a typed property.
///
/// Kinds are values, not enum cases, so new ones can be added without breaking your code: a
/// `switch` over them needs a `default`.
///
/// ```swift
/// do { … } catch let error as ClientError {
///     switch error.kind {
///     case .api where error.status == 429: …                        // rate limited
///     case .transport where error.transportFailure?.isTimeout == true: …
///     case .streamEndedEarly: print(error.streamEndedEarly?.eventCount ?? 0)
///     default: print(error)                                         // one readable line
///     }
/// }
/// ```
///
/// Names in this family follow one scheme: only types that are thrown end in `Error`
/// (`ClientError`, `TransportError`). The details of a kind are never thrown on their own, so they
/// never end in `Error`: a `…Failure` names the part that failed and carries what it reported
/// (``APIFailure``, ``TransportFailure``, ``DecodingFailure``, ``ServerFailure``); the others name
/// the situation (``InvalidRequest``, ``StreamEndedEarly``, ``StreamAlreadyConsumed``). Each is read
/// through the property of the same name in lower camel case (`error.apiFailure`, …), which is
/// `nil` for the other kinds.
public struct ClientError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The details of each kind; private so that adding a kind changes no public `switch`.
    private enum Details: Sendable {
        case invalidRequest(InvalidRequest)
        case api(APIFailure)
        case transport(TransportFailure)
        case decoding(DecodingFailure)
        case streamFailed(ServerFailure)
        case responseFailed(ServerFailure)
        case streamEndedEarly(StreamEndedEarly)
        case streamAlreadyConsumed(StreamAlreadyConsumed)
    }

    private let details: Details

    private init(_ details: Details) { self.details = details }

    // MARK: Making errors (for transports, middleware and tests)

    /// The request broke a constraint of the spec or could not be encoded; nothing was sent.
    public static func invalidRequest(_ details: InvalidRequest) -> ClientError { ClientError(.invalidRequest(details)) }
    /// The server answered with a non-2xx status.
    public static func api(_ details: APIFailure) -> ClientError { ClientError(.api(details)) }
    /// No complete response arrived: connection, TLS, timeout or cancellation.
    public static func transport(_ details: TransportFailure) -> ClientError { ClientError(.transport(details)) }
    /// A 2xx body, or a stream event, did not match the expected type.
    public static func decoding(_ details: DecodingFailure) -> ClientError { ClientError(.decoding(details)) }
    /// The server reported an error inside an event stream.
    public static func streamFailed(_ details: ServerFailure) -> ClientError { ClientError(.streamFailed(details)) }
    /// The server answered 2xx with a response object that says it failed.
    public static func responseFailed(_ details: ServerFailure) -> ClientError { ClientError(.responseFailed(details)) }
    /// An event stream ended before its terminal event.
    public static func streamEndedEarly(_ details: StreamEndedEarly) -> ClientError { ClientError(.streamEndedEarly(details)) }
    /// An `EventStream` was iterated again after its single pass had started.
    public static func streamAlreadyConsumed(_ details: StreamAlreadyConsumed) -> ClientError {
        ClientError(.streamAlreadyConsumed(details))
    }

    // MARK: Reading errors

    /// What went wrong; the property of the same details type holds the rest.
    public var kind: Kind {
        switch details {
        case .invalidRequest: .invalidRequest
        case .api: .api
        case .transport: .transport
        case .decoding: .decoding
        case .streamFailed: .streamFailed
        case .responseFailed: .responseFailed
        case .streamEndedEarly: .streamEndedEarly
        case .streamAlreadyConsumed: .streamAlreadyConsumed
        }
    }

    /// The details of ``Kind/invalidRequest``.
    public var invalidRequest: InvalidRequest? {
        if case .invalidRequest(let details) = details { details } else { nil }
    }

    /// The details of ``Kind/api``: status, the server's message and code, request id, headers.
    public var apiFailure: APIFailure? {
        if case .api(let details) = details { details } else { nil }
    }

    /// The details of ``Kind/transport``: the `TransportError` and the number of attempts.
    public var transportFailure: TransportFailure? {
        if case .transport(let details) = details { details } else { nil }
    }

    /// The details of ``Kind/decoding``: the type, the JSON path and the start of the body.
    public var decodingFailure: DecodingFailure? {
        if case .decoding(let details) = details { details } else { nil }
    }

    /// The details of ``Kind/streamFailed`` and ``Kind/responseFailed``: what the server reported.
    public var serverFailure: ServerFailure? {
        switch details {
        case .streamFailed(let details), .responseFailed(let details): details
        default: nil
        }
    }

    /// The details of ``Kind/streamEndedEarly``: the events' count and what did arrive.
    public var streamEndedEarly: StreamEndedEarly? {
        if case .streamEndedEarly(let details) = details { details } else { nil }
    }

    /// The details of ``Kind/streamAlreadyConsumed``.
    public var streamAlreadyConsumed: StreamAlreadyConsumed? {
        if case .streamAlreadyConsumed(let details) = details { details } else { nil }
    }

    /// The operation whose call failed.
    public var operationID: String {
        switch details {
        case .invalidRequest(let details): details.operationID
        case .api(let details): details.operationID
        case .transport(let details): details.operationID
        case .decoding(let details): details.operationID
        case .streamFailed(let details), .responseFailed(let details): details.operationID
        case .streamEndedEarly(let details): details.operationID
        case .streamAlreadyConsumed(let details): details.operationID
        }
    }

    /// The HTTP status, for errors that have one.
    public var status: Int? {
        switch details {
        case .api(let details): details.status
        case .decoding(let details): details.status
        default: nil
        }
    }

    /// One line that says what went wrong, such as `HTTP 429 rate_limit_exceeded: Rate limit reached`.
    public var description: String {
        switch details {
        case .invalidRequest(let details): details.description
        case .api(let details): details.description
        case .transport(let details): details.description
        case .decoding(let details): details.description
        case .streamFailed(let details), .responseFailed(let details): details.description
        case .streamEndedEarly(let details): details.description
        case .streamAlreadyConsumed(let details): details.description
        }
    }

    /// The description prefixed with the operation ID, for logs that mix several calls.
    public var debugDescription: String { "\(operationID): \(description)" }
}
