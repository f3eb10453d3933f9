/// Folds the events of one stream into a value: for a streamed response, the response so far.
///
/// An `EventStream` whose event type adopts `AccumulatesStream` feeds every event it returns into
/// one accumulator, so the value is there without a second request after the events have been
/// read (and attached to `ClientError.streamEndedEarly` when the stream is cut short).
public protocol StreamAccumulator<Event>: Sendable {
    associatedtype Event
    associatedtype Value: Sendable

    /// An accumulator that has seen no event.
    init()

    /// Folds in the next event the stream returns, in stream order. Events that report a failure
    /// (`ReportsServerFailure`) are thrown by the stream and never reach the accumulator.
    mutating func accumulate(_ event: Event)

    /// The value so far; `nil` until an event has provided one.
    var accumulatedValue: Value? { get }
}

/// An event type with an accumulator that `EventStream` runs over every pass.
public protocol AccumulatesStream {
    associatedtype Accumulator: StreamAccumulator where Accumulator.Event == Self
}
