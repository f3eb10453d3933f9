@_spi(Generated) import OpenAPIClientRuntime

/// `TestStreamEvent` with the stream contract the generated event unions have: `response.completed`
/// ends a complete stream, events carry sequence numbers, and every pass accumulates the text.
struct TerminatedEvent: Decodable, Sendable, Equatable, MarksStreamEnd, AccumulatesStream, EventStreamConventions {
    typealias Accumulator = TextAccumulator

    var base: TestStreamEvent

    init(_ base: TestStreamEvent) { self.base = base }
    init(from decoder: any Decoder) throws { base = try TestStreamEvent(from: decoder) }

    var isStreamEnd: Bool {
        if case .completed = base { return true }
        return false
    }

    var sequenceNumber: Int? { base.sequence }

    static var endMarker: String? { TestStreamEvent.endMarker }

    static func failure(in event: ServerSentEvent, operationID: String) -> ServerFailure? {
        TestStreamEvent.failure(in: event, operationID: operationID)
    }
}

/// Joins the text deltas of a stream; `nil` until the first event.
struct TextAccumulator: StreamAccumulator {
    private var text: String?

    mutating func accumulate(_ event: TerminatedEvent) {
        var joined = text ?? ""
        if case .textDelta(_, let delta) = event.base { joined += delta }
        text = joined
    }

    var accumulatedValue: String? { text }
}

/// The `.streamEndedEarly` report inside `error`, if that is what it is.
func streamEndedEarly(_ error: ClientError?) -> StreamEndedEarly? {
    if let report = error?.streamEndedEarly { return report }
    return nil
}

/// Whether `error` is `.streamAlreadyConsumed`.
func isAlreadyConsumed(_ error: ClientError?) -> Bool {
    if error?.kind == .streamAlreadyConsumed { return true }
    return false
}
