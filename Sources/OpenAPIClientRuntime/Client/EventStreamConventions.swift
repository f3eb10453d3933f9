/// How an API frames its event streams beyond Server-Sent Events themselves: a `data` value that
/// marks the end, and how an event reporting an error looks when it does not decode as the event type.
///
/// These are one API's conventions (OpenAI-compatible APIs end with `data: [DONE]` and send error
/// events of their own shape), not HTTP's, so `EventStream` applies none of them unless the event
/// type adopts this protocol: then the marker ends the stream (an early end if the stream's
/// terminal event has not arrived, see `MarksStreamEnd`), and an event that fails to decode but is
/// recognised by `failure(in:operationID:)` is thrown as `ClientError.streamFailed`. Without it, every
/// event's data is decoded and one that does not decode is a `ClientError.decoding`.
public protocol EventStreamConventions {
    /// The `data` of the event that ends the stream, such as `[DONE]`; `nil` if the API has none.
    static var endMarker: String? { get }

    /// The failure `event` reports, if it is an error event of the API's own shape; `nil` otherwise.
    /// Asked only for events that did not decode as the event type.
    static func failure(in event: ServerSentEvent, operationID: String) -> ServerFailure?
}

extension EventStreamConventions {
    /// No end marker unless the event type declares one.
    public static var endMarker: String? { nil }

    /// No error events of a shape of their own unless the event type recognises them.
    public static func failure(in event: ServerSentEvent, operationID: String) -> ServerFailure? { nil }
}

/// `EventStreamConventions` of an event type, looked up once per stream (no cast per event).
/// Held by one iterator, so neither it nor its closure needs to be `Sendable`.
struct StreamConventions {
    let endMarker: String?
    private let failure: ((ServerSentEvent, String) -> ServerFailure?)?

    init<Event>(for type: Event.Type) {
        guard let conventions = type as? any EventStreamConventions.Type else {
            endMarker = nil
            failure = nil
            return
        }
        endMarker = conventions.endMarker
        failure = Self.failureRule(conventions)
    }

    private static func failureRule<Conventions: EventStreamConventions>(
        _: Conventions.Type
    ) -> (ServerSentEvent, String) -> ServerFailure? {
        { event, operationID in Conventions.failure(in: event, operationID: operationID) }
    }

    /// Whether `event` is the end marker.
    func isEndMarker(_ event: ServerSentEvent) -> Bool {
        guard let endMarker else { return false }
        return event.data == endMarker
    }

    /// Whether the text of an event the body cut off is the end marker without its blank line.
    func isEndMarker(unterminated text: String) -> Bool {
        guard let endMarker else { return false }
        return text == "data: \(endMarker)"
    }

    func failure(in event: ServerSentEvent, operationID: String) -> ServerFailure? {
        failure?(event, operationID)
    }
}
