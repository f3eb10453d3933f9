/// What `EventStream` needs to know about its event type, looked up once per stream so that no
/// event pays for a dynamic cast: whether it ends the stream (`MarksStreamEnd`) and how it
/// accumulates (`AccumulatesStream`). Event types that adopt neither get `nil`.
enum StreamEventRules {
    static func endRule<Event>(for type: Event.Type) -> StreamEndRule<Event>? {
        guard let marking = type as? any MarksStreamEnd.Type else { return nil }
        return makeEndRule(marking) as? StreamEndRule<Event>
    }

    static func accumulator<Event>(for type: Event.Type) -> StreamAccumulatorBox<Event>? {
        guard let accumulating = type as? any AccumulatesStream.Type else { return nil }
        return makeAccumulator(accumulating) as? StreamAccumulatorBox<Event>
    }

    private static func makeEndRule<Marking: MarksStreamEnd>(_: Marking.Type) -> AnyObject {
        MarkedStreamEndRule<Marking>()
    }

    private static func makeAccumulator<Accumulating: AccumulatesStream>(_: Accumulating.Type) -> AnyObject {
        TypedStreamAccumulatorBox<Accumulating.Accumulator>()
    }
}

/// `MarksStreamEnd` of `Event`, erased (the subclass knows the conformance).
class StreamEndRule<Event> {
    func isStreamEnd(_ event: Event) -> Bool { false }
    func sequenceNumber(_ event: Event) -> Int? { nil }
}

final class MarkedStreamEndRule<Event: MarksStreamEnd>: StreamEndRule<Event> {
    override func isStreamEnd(_ event: Event) -> Bool { event.isStreamEnd }
    override func sequenceNumber(_ event: Event) -> Int? { event.sequenceNumber }
}

/// A `StreamAccumulator` of `Event`, erased. Not thread-safe: `StreamPass` guards it.
class StreamAccumulatorBox<Event> {
    func accumulate(_ event: Event) {}
    var value: (any Sendable)? { nil }
}

final class TypedStreamAccumulatorBox<Accumulator: StreamAccumulator>: StreamAccumulatorBox<Accumulator.Event> {
    private var accumulator = Accumulator()
    override func accumulate(_ event: Accumulator.Event) { accumulator.accumulate(event) }
    override var value: (any Sendable)? { accumulator.accumulatedValue }
}
