/// The details of `ClientError.Kind.streamEndedEarly`: a stream that ended before its terminal
/// event because the connection closed (or `data: [DONE]` arrived) too soon. Carries everything
/// that did arrive.
public struct StreamEndedEarly: Sendable, CustomStringConvertible {
    /// How the stream ended; values rather than enum cases, so more can be added (`switch` with a `default`).
    public struct Ending: Sendable, Hashable, CustomStringConvertible {
        public let description: String

        package init(_ name: String) { description = name }

        /// The response body ended: the server closed the connection or finished the body.
        public static let bodyEnded = Ending("bodyEnded")
        /// A `data: [DONE]` event arrived.
        public static let doneMarker = Ending("doneMarker")
    }

    /// The operation whose stream ended early.
    public var operationID: String
    /// What ended the stream.
    public var ending: Ending
    /// The events the stream returned before it ended.
    public var eventCount: Int
    /// The sequence number of the last event returned, if the event type has them (`MarksStreamEnd`).
    public var lastSequenceNumber: Int?
    /// The text of an event the end of the body cut off (see `ServerSentEventParser.finish()`);
    /// `nil` when the body ended between events.
    public var unterminatedEvent: String?
    /// What the stream's accumulator built from the events that arrived (`AccumulatesStream`), such
    /// as a partial `Response`; the generated bindings offer it typed (`partialResponse`).
    public var partialValue: (any Sendable)?

    public init(
        operationID: String, ending: Ending, eventCount: Int, lastSequenceNumber: Int? = nil,
        unterminatedEvent: String? = nil, partialValue: (any Sendable)? = nil
    ) {
        self.operationID = operationID
        self.ending = ending
        self.eventCount = eventCount
        self.lastSequenceNumber = lastSequenceNumber
        self.unterminatedEvent = unterminatedEvent
        self.partialValue = partialValue
    }

    /// One line, such as `stream ended early: the body ended after 10 events (last sequence 9),
    /// cutting off an event: data: {"type":"response.outp…`.
    public var description: String {
        var text = "stream ended early: "
        text += ending == .doneMarker ? "data: [DONE] arrived before the final event" : "the body ended before the final event"
        text += ", after \(eventCount) event\(eventCount == 1 ? "" : "s")"
        if let lastSequenceNumber { text += " (last sequence \(lastSequenceNumber))" }
        if let unterminatedEvent {
            let snippet = APIFailure.singleLine(unterminatedEvent)
            text += "; an unterminated event was cut off: " + (snippet.count > 120 ? snippet.prefix(120) + "…" : snippet)
        }
        return text
    }
}
