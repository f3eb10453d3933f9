/// The events of a streaming (`text/event-stream`) response, each event's data decoded as `Event`.
///
/// - The request is sent on the first `next()`, not before; each iteration sends it anew, so
///   iterate once.
/// - Events with empty data are skipped; a `data: [DONE]` event ends the stream.
/// - The request is retried (per its `RetryPolicy`) only until the first event has been
///   returned; after that a broken connection ends the iteration with `ClientError.transport`.
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

    private let client: APIClient
    private let request: OperationRequest
    private let options: RequestOptions
    private let latestMetadata = LockedValue<ResponseMetadata?>(nil)

    init(client: APIClient, request: OperationRequest, options: RequestOptions) {
        self.client = client
        self.request = request
        self.options = options
    }

    /// The operation this stream calls.
    public var operationID: String { request.operationID }

    /// The status, headers, rate limits and attempt count of the response, once its head has
    /// arrived (it is set before the first event is returned); `nil` until then.
    public var metadata: ResponseMetadata? { latestMetadata.value }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(stream: self) }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private let stream: EventStream
        private var retry: RetryState
        private var httpRequest: HTTPRequest?
        private var events: ServerSentEventSequence<HTTPBody>.AsyncIterator?
        private var status: Int?
        /// Whether an event was returned; from then on nothing is retried.
        private var delivered = false
        private var finished = false

        init(stream: EventStream) {
            self.stream = stream
            retry = RetryState(
                policy: stream.options.retryPolicy ?? stream.client.configuration.retryPolicy,
                operationID: stream.request.operationID)
        }

        /// The next decoded event, or `nil` at the end of the stream. Throws `ClientError` only.
        /// Runs on the caller's actor: iterating on the main actor costs no executor hop per event.
        public nonisolated(nonsending) mutating func next() async throws -> Event? {
            guard !finished else { return nil }
            do {
                if events == nil { try await connect() }
                if let event = try await nextEvent() { return event }
            } catch {
                finish()
                throw error
            }
            finish()
            return nil
        }

        private nonisolated(nonsending) mutating func nextEvent() async throws(ClientError) -> Event? {
            while true {
                let received: ServerSentEvent?
                do {
                    received = try await events?.next()
                } catch {
                    let failure = TransportError(wrapping: error, duringBody: true)
                    if !delivered, try await retry.waitAfter(failure) {
                        try await connect()
                        continue
                    }
                    throw retry.failure(failure)
                }
                guard let event = received, event.data != "[DONE]" else { return nil }
                if event.data.isEmpty { continue }
                let decoded = try decode(event)
                if let reporting = decoded as? any ReportsServerFailure,
                   let failure = reporting.serverFailure(operationID: retry.operationID) {
                    throw failure
                }
                delivered = true
                return decoded
            }
        }

        /// Sends the request (retrying per policy) and starts reading the events of the response.
        private nonisolated(nonsending) mutating func connect() async throws(ClientError) {
            if httpRequest == nil {
                httpRequest = try stream.client.makeHTTPRequest(stream.request, accept: "text/event-stream", options: stream.options)
            }
            let (head, body) = try await stream.client.exchange(httpRequest!, retry: &retry)
            status = head.status
            stream.latestMetadata.value = ResponseMetadata(head: head, attempts: retry.attempts)
            events = body.serverSentEvents.makeAsyncIterator()
        }

        private func decode(_ event: ServerSentEvent) throws(ClientError) -> Event {
            do {
                return try JSONCoding.decode(Event.self, from: event.data)
            } catch {
                if ServerFailure.isErrorEvent(event) {
                    throw .streamFailed(ServerFailure(operationID: retry.operationID, event: event))
                }
                throw .decoding(
                    DecodingFailure(
                        operationID: retry.operationID, type: Event.self, error: error, body: Array(event.data.utf8),
                        status: status))
            }
        }

        /// Releases the response; dropping an unfinished body makes the transport abort it.
        private mutating func finish() {
            finished = true
            events = nil
        }
    }
}

extension EventStream: CustomStringConvertible {
    public var description: String { "EventStream<\(Event.self)>(\(request.operationID))" }
}

extension EventStream.AsyncIterator: CustomReflectable {
    /// Hides the prepared request, whose headers hold the API key.
    public var customMirror: Mirror { Mirror(self, children: ["operationID": retry.operationID, "finished": finished]) }
}
