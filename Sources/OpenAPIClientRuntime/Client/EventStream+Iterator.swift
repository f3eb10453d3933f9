extension EventStream {
    /// Reads the stream's single pass; see `EventStream`.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private let stream: EventStream
        private var retry: RetryState
        private var httpRequest: HTTPRequest?
        private var events: ServerSentEventSequence<HTTPBody>.AsyncIterator?
        private var status: Int?
        /// Whether this iterator owns the pass (it claimed it on its first `next()`).
        private var claimed = false
        /// Whether an event was returned; from then on nothing is retried.
        private var delivered = false
        private var finished = false
        /// The call's middlewares; `nil` when none are installed, so events cost nothing extra.
        private var observer: CallObserver?

        /// The API's end marker and error events, if `Event` declares them.
        private let conventions = StreamConventions(for: Event.self)

        init(stream: EventStream) {
            self.stream = stream
            retry = RetryState(
                policy: stream.options.retryPolicy ?? stream.client.configuration.retryPolicy,
                operationID: stream.request.operationID)
        }

        /// The next decoded event, or `nil` at the end of the stream; failures are `ClientError`s.
        /// Runs on the caller's actor: iterating on the main actor costs no executor hop per event.
        ///
        /// The first call of an iterator whose stream's pass has already started throws
        /// `ClientError.streamAlreadyConsumed` and sends nothing.
        public nonisolated(nonsending) mutating func next() async throws -> Event? {
            guard !finished else { return nil }
            if !claimed {
                guard stream.pass.claim() else {
                    finished = true
                    throw ClientError.streamAlreadyConsumed(StreamAlreadyConsumed(operationID: retry.operationID))
                }
                claimed = true
                observer = CallObserver.start(stream.request, streaming: true, configuration: stream.client.configuration)
                retry.observer = observer
            }
            do throws(ClientError) {
                if events == nil { try await connect() }
                if let event = try await nextEvent() {
                    stream.pass.record(event)
                    if let observer { await report(event, to: observer) }
                    return event
                }
            } catch {
                finish(throwing: error)
                await observer?.failed(error)
                throw error
            }
            finish(throwing: nil)
            await observer?.completed(metadata: stream.pass.metadata, value: stream.pass.accumulatedValue)
            return nil
        }

        /// Tells the middlewares about `event`; a terminal event completes the call right away,
        /// since a reader may stop there without asking for the end of the body.
        private nonisolated(nonsending) func report(_ event: Event, to observer: CallObserver) async {
            await observer.streamEvent(event)
            if stream.pass.sawStreamEnd {
                await observer.completed(metadata: stream.pass.metadata, value: stream.pass.accumulatedValue)
            }
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
                guard let event = received, !conventions.isEndMarker(event) else {
                    let ending: StreamEndedEarly.Ending = received == nil ? .bodyEnded : .doneMarker
                    guard let early = endedEarly(ending) else { return nil }
                    // Nothing was returned yet, so this is a connection lost before the response began.
                    if !delivered, try await retry.waitAfter(.connectionLost(detail: early.description)) {
                        try await connect()
                        continue
                    }
                    throw .streamEndedEarly(early)
                }
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

        /// The report of a stream that ends now, or `nil` if it is complete.
        private func endedEarly(_ ending: StreamEndedEarly.Ending) -> StreamEndedEarly? {
            var ending = ending
            // The end marker (such as `[DONE]`) ends the reading, so nothing after it is cut off.
            var unterminated = ending == .bodyEnded ? events?.unterminatedEvent : nil
            // The marker without its blank line is still the marker.
            if let text = unterminated, conventions.isEndMarker(unterminated: text) {
                unterminated = nil
                ending = .doneMarker
            }
            let complete =
                stream.pass.endRule == nil
                ? unterminated == nil  // no terminal events declared: complete unless an event was cut off
                : stream.pass.sawStreamEnd  // after the terminal event, what follows is not part of the answer
            if complete { return nil }
            return stream.pass.endedEarly(operationID: retry.operationID, ending: ending, unterminatedEvent: unterminated)
        }

        /// Sends the request (retrying per policy) and starts reading the events of the response.
        private nonisolated(nonsending) mutating func connect() async throws(ClientError) {
            if httpRequest == nil {
                httpRequest = try stream.client.makeHTTPRequest(stream.request, accept: "text/event-stream", options: stream.options)
            }
            let (head, body) = try await stream.client.exchange(httpRequest!, retry: &retry)
            status = head.status
            stream.pass.metadata = ResponseMetadata(head: head, attempts: retry.attempts)
            events = body.serverSentEvents.makeAsyncIterator()
        }

        private func decode(_ event: ServerSentEvent) throws(ClientError) -> Event {
            do {
                return try JSONCoding.decode(Event.self, from: event.data)
            } catch {
                if let failure = conventions.failure(in: event, operationID: retry.operationID) {
                    throw .streamFailed(failure)
                }
                throw .decoding(
                    DecodingFailure(
                        operationID: retry.operationID, type: Event.self, error: error, body: Array(event.data.utf8),
                        status: status))
            }
        }

        /// Ends the pass and releases the response; dropping an unfinished body makes the transport abort it.
        private mutating func finish(throwing error: ClientError?) {
            finished = true
            events = nil
            stream.pass.finish(throwing: error)
        }
    }
}

extension EventStream.AsyncIterator: CustomReflectable {
    /// Hides the prepared request, whose headers hold the API key.
    public var customMirror: Mirror { Mirror(self, children: ["operationID": retry.operationID, "finished": finished]) }
}
