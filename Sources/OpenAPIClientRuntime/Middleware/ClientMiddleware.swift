/// Watches, and may adjust, every call an `APIClient` makes: for logging, metrics or tracing
/// (for example OpenTelemetry GenAI spans) built outside the library.
///
/// Install middlewares in `ClientConfiguration.middlewares`; they run in order, on the calling
/// task, awaited one after the other. A client without middlewares skips every hook.
///
/// What a middleware sees of the credentials:
/// - `observe(_:)` gets `ClientEvent`s whose request headers have the `Authorization` value
///   replaced by `<redacted>`.
/// - `additionalHeaders(for:)` adds headers without seeing the request at all.
/// - `prepare(_:for:)` is the one hook that receives the request headers in clear text,
///   including the API key. It is how a middleware asks for them explicitly: implement it only
///   when you must read or rewrite the outgoing request (signing, for example).
///
/// Every requirement has a default that does nothing, so implement only what you need.
public protocol ClientMiddleware: Sendable {
    /// Headers to add to every attempt of the call; they replace same-named headers. Called
    /// before each attempt is sent (retries included).
    func additionalHeaders(for call: CallContext) async -> HTTPFields

    /// Reads or rewrites the request just before each attempt is sent. Sees the headers in
    /// clear text, including `Authorization`.
    func prepare(_ request: inout HTTPRequest, for call: CallContext) async

    /// One step of a call: an attempt about to be sent, a response head, a retry with its reason
    /// and delay, a stream event, and the call's completion or failure (see `ClientEvent`).
    func observe(_ event: ClientEvent) async
}

extension ClientMiddleware {
    public func additionalHeaders(for call: CallContext) async -> HTTPFields { [:] }
    public func prepare(_ request: inout HTTPRequest, for call: CallContext) async {}
    public func observe(_ event: ClientEvent) async {}
}

/// The call an event belongs to: several calls may run at once, so events carry their call's id.
public struct CallContext: Sendable, Hashable {
    /// Unique within the process; all events of one call (every attempt, every stream event) share it.
    public var id: UInt64
    /// The spec's `operationId`, such as `createResponse`.
    public var operationID: String
    /// Whether the call reads a `text/event-stream` response.
    public var isStreaming: Bool

    public init(id: UInt64, operationID: String, isStreaming: Bool) {
        self.id = id
        self.operationID = operationID
        self.isStreaming = isStreaming
    }
}
