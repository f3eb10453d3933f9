/// The events of a streaming (`text/event-stream`) response, each event's data decoded as `Event`.
///
/// A stream is **single-pass**, like other asynchronous byte streams: its request is sent once,
/// on the first `next()` of the first iterator, and its events can be read once. Copies of the
/// value share that one pass.
/// - Reading the events and then asking for what they added up to (`accumulatedResult()`, or the
///   generated bindings' `finalResponse()`) sends nothing more: the pass's accumulator kept it.
/// - Iterating again once the pass has started throws `ClientError.streamAlreadyConsumed` from the
///   first `next()`, and sends nothing. Call the streaming method again for a new request.
///
/// How it ends:
/// - If `Event` declares terminal events (`MarksStreamEnd`), the stream is complete only after one
///   of them. A body that ends first — the connection closed, or `data: [DONE]` arrived — throws
///   `ClientError.streamEndedEarly`, carrying the number of events, the last sequence number, the
///   accumulated partial value and the text of any event the end cut off.
/// - Otherwise the end of the body (or `data: [DONE]`) ends the stream, unless it cut an event off
///   mid-way (that too is `.streamEndedEarly`).
/// - Events with empty data are skipped.
///
/// Failures:
/// - The request is retried (per its `RetryPolicy`) only until the first event has been returned
///   — a body that breaks or ends before any event counts as a lost connection; after that nothing
///   is resent, and a broken connection ends the iteration with `ClientError.transport`.
/// - An error status is thrown as `ClientError.api`, like for any other call.
/// - An event that reports a failure (`Event: ReportsServerFailure`) is thrown, not returned.
/// - An event named `error` (or whose JSON `type` is `error`) that `Event` cannot decode is
///   thrown as `ClientError.streamFailed`; other undecodable events as `ClientError.decoding`.
///
/// ```swift
/// let events = client.stream(request, as: StreamEvent.self)
/// for try await event in events { … }
/// print(events.metadata?.requestID)
/// ```
public struct EventStream<Event: Decodable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = Event

    let client: APIClient
    let request: OperationRequest
    let options: RequestOptions
    let pass = StreamPass<Event>()

    init(client: APIClient, request: OperationRequest, options: RequestOptions) {
        self.client = client
        self.request = request
        self.options = options
    }

    /// The operation this stream calls.
    public var operationID: String { request.operationID }

    /// The status, headers, rate limits and attempt count of the response, once its head has
    /// arrived (it is set before the first event is returned); `nil` until then.
    public var metadata: ResponseMetadata? { pass.metadata }

    /// What the events returned so far add up to, if `Event` has an accumulator
    /// (`AccumulatesStream`): partial while the stream runs, final after its terminal event.
    /// Reading it sends nothing.
    public var accumulatedValue: (any Sendable)? { pass.accumulatedValue }

    /// An iterator over the stream's single pass; see the type's documentation.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(stream: self) }

    /// Waits for the end of the stream and returns what its events added up to
    /// (`accumulatedValue`; `nil` if `Event` has no accumulator).
    ///
    /// - If the pass has not started, this reads it (sending the request).
    /// - If it already ended, this returns its result — or rethrows the error it ended with —
    ///   without sending anything.
    /// - Throws `ClientError.streamAlreadyConsumed` if another iterator started the pass and has
    ///   neither finished it nor seen its terminal event.
    public func accumulatedResult() async throws -> (any Sendable)? {
        switch pass.outcome {
        case .notStarted:
            var iterator = makeAsyncIterator()
            while try await iterator.next() != nil {}
            return pass.accumulatedValue
        case .inProgress:
            throw ClientError.streamAlreadyConsumed(StreamAlreadyConsumed(operationID: operationID))
        case .completed(let value):
            return value
        case .failed(let error):
            throw error
        }
    }
}

extension EventStream: CustomStringConvertible {
    public var description: String { "EventStream<\(Event.self)>(\(request.operationID))" }
}
