/// An event type whose streams are complete only once one of its terminal events has arrived.
///
/// `EventStream` uses it to tell a finished stream from one the connection cut short: when the
/// body ends (or `data: [DONE]` arrives) before an event whose `isStreamEnd` is `true`, iterating
/// throws `ClientError.streamEndedEarly` instead of ending normally. For an event type that does
/// not adopt this protocol a clean end of the body is a normal end.
///
/// Which events are terminal is the API's contract, so it is declared outside the runtime: the
/// generator emits the conformance from the spec's `x-stream-terminal-events` list (next to
/// `x-stream-request-property`), or a hand-written extension supplies it.
public protocol MarksStreamEnd {
    /// Whether this event is the last one of a complete stream.
    var isStreamEnd: Bool { get }
    /// The event's position in the stream, if it has one; reported when a stream ends early.
    var sequenceNumber: Int? { get }
}

extension MarksStreamEnd {
    /// No sequence numbers unless the event type provides them.
    public var sequenceNumber: Int? { nil }
}
