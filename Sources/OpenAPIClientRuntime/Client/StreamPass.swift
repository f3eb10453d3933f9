import Foundation

/// The single pass of an `EventStream`, shared by every copy of the stream value: whether it has
/// started or ended, the response metadata, and what the events returned so far add up to.
///
/// Only the iterator that claimed the pass records into it, one event at a time; the lock makes
/// the values safe to read from other tasks meanwhile. It is uncontended on the hot path.
final class StreamPass<Event>: @unchecked Sendable {
    enum Phase {
        /// No iterator has asked for an event yet; nothing has been sent.
        case ready
        /// An iterator claimed the pass and has not finished it (it may have been abandoned).
        case running
        case completed
        case failed(ClientError)
    }

    /// The outcome the conveniences that wait for the end act on.
    enum Outcome {
        case notStarted
        case inProgress
        case completed((any Sendable)?)
        case failed(ClientError)
    }

    /// `nil` when `Event` declares no terminal events: then a clean end of the body ends the stream.
    let endRule: StreamEndRule<Event>?

    private let lock = NSLock()
    // Guarded by `lock`:
    private var phase = Phase.ready
    private var storedMetadata: ResponseMetadata?
    private var eventCount = 0
    private var lastSequenceNumber: Int?
    private var recordedStreamEnd = false
    private let accumulator: StreamAccumulatorBox<Event>?

    init() {
        endRule = StreamEventRules.endRule(for: Event.self)
        accumulator = StreamEventRules.accumulator(for: Event.self)
    }

    /// Starts the pass; `false` if it had already started (the caller must not send anything).
    func claim() -> Bool {
        lock.withLock {
            guard case .ready = phase else { return false }
            phase = .running
            return true
        }
    }

    var metadata: ResponseMetadata? {
        get { lock.withLock { storedMetadata } }
        set { lock.withLock { storedMetadata = newValue } }
    }

    /// Counts, accumulates and checks one event the iterator is about to return.
    func record(_ event: Event) {
        lock.withLock {
            eventCount += 1
            if let number = endRule?.sequenceNumber(event) { lastSequenceNumber = number }
            accumulator?.accumulate(event)
            if endRule?.isStreamEnd(event) == true { recordedStreamEnd = true }
        }
    }

    /// Whether a terminal event (`MarksStreamEnd`) has been recorded.
    var sawStreamEnd: Bool { lock.withLock { recordedStreamEnd } }

    /// What the events returned so far accumulated (`AccumulatesStream`); `nil` without an accumulator.
    var accumulatedValue: (any Sendable)? { lock.withLock { accumulator?.value } }

    /// The report of a stream that ended now, before its terminal event.
    func endedEarly(operationID: String, ending: StreamEndedEarly.Ending, unterminatedEvent: String?) -> StreamEndedEarly {
        lock.withLock {
            StreamEndedEarly(
                operationID: operationID, ending: ending, eventCount: eventCount, lastSequenceNumber: lastSequenceNumber,
                unterminatedEvent: unterminatedEvent, partialValue: accumulator?.value)
        }
    }

    /// Ends the pass; `error` is what ended it, if anything.
    func finish(throwing error: ClientError?) {
        lock.withLock {
            guard case .running = phase else { return }
            phase = error.map(Phase.failed) ?? .completed
        }
    }

    var outcome: Outcome {
        lock.withLock {
            switch phase {
            case .ready: return .notStarted
            case .failed(let error): return .failed(error)
            case .completed: return .completed(accumulator?.value)
            // A reader that stopped after the terminal event (a `break`) still left a complete result.
            case .running: return recordedStreamEnd ? .completed(accumulator?.value) : .inProgress
            }
        }
    }
}
