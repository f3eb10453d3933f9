/// One event of a `text/event-stream`, as dispatched by the WHATWG event-stream rules.
public struct ServerSentEvent: Sendable, Hashable {
    /// The `event` field; `nil` means the default type, `message`.
    public var event: String?
    /// The `data` lines of the event joined with `"\n"`.
    public var data: String
    /// The last event ID seen on the stream so far (it carries over to later events, as in browsers).
    public var id: String?
    /// A `retry` field (reconnection time in milliseconds) that arrived within this event.
    public var retry: Int?

    public init(event: String? = nil, data: String, id: String? = nil, retry: Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }
}
