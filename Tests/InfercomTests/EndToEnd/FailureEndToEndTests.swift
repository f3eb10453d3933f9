#if LibcurlTransport
import Foundation
import Infercom
import Testing

extension EndToEndTests {
    /// What goes wrong below HTTP — stalls, cut connections, cancellation — and load: a slow
    /// consumer of a big stream, and many streams at once.
    @Suite("Timeouts, broken connections, cancellation and load")
    struct Failures {
        static let request = CreateResponseRequest(model: "gpt-oss-120b", input: "Tell me a story.")

        /// Runs `body` and returns its `ClientError` along with how long it took.
        static func timedError(_ body: () async throws -> Void) async -> (ClientError?, Duration) {
            let clock = ContinuousClock()
            let start = clock.now
            let error = await E2E.clientError(body)
            return (error, clock.now - start)
        }

        // MARK: Timeouts

        struct StallCase: Sendable, CustomTestStringConvertible {
            var timeouts: Timeouts
            var kind: TransportError.TimeoutKind
            var testDescription: String { "\(kind) timeout" }
        }

        static let stallsBeforeHead: [StallCase] = [
            StallCase(timeouts: Timeouts(connect: .seconds(5), total: .milliseconds(500), idle: nil), kind: .total),
            StallCase(timeouts: Timeouts(connect: .seconds(5), total: .seconds(20), idle: .milliseconds(400)), kind: .idle),
        ]

        @Test("a server that stalls before the head trips the time limit, reported with its kind and not retried", arguments: stallsBeforeHead)
        func stallBeforeHead(_ stall: StallCase) async throws {
            let server = try LoopbackServer { _, writer in writer.stall(seconds: 10) }
            defer { server.stop() }
            let client = E2E.client(server, retryPolicy: E2ESleepLog().policy(), timeouts: stall.timeouts)

            for streaming in [false, true] {
                let (error, elapsed) = await Self.timedError {
                    if streaming {
                        for try await _ in client.createResponseStream(Self.request) {}
                    } else {
                        _ = try await client.createResponse(Self.request)
                    }
                }
                #expect(E2E.transportError(error) == .timedOut(stall.kind), "streaming: \(streaming), got \(String(describing: error))")
                // No upper bound: the kind proves which limit fired.
                #expect(elapsed >= .milliseconds(350), "a limit never fires early; took \(elapsed)")
            }
            #expect(server.requests.count == 2, "a total or idle timeout is not retried")
            #expect(await eventually { server.closedConnections == 2 }, "the timed-out exchanges closed their connections")
        }

        static let stallsMidStream: [StallCase] = [
            StallCase(timeouts: Timeouts(connect: .seconds(5), total: .seconds(20), idle: .milliseconds(400)), kind: .idle),
            StallCase(timeouts: Timeouts(connect: .seconds(5), total: .milliseconds(800), idle: nil), kind: .total),
        ]

        @Test("a stream that goes silent between events trips the time limit after the earlier events were delivered", arguments: stallsMidStream)
        func stallMidStream(_ stall: StallCase) async throws {
            let server = try LoopbackServer { _, writer in
                writer.startEventStream()
                writer.write(E2E.textStreamPrelude() + E2E.textDelta("Once upon", sequence: 3))
                writer.stall(seconds: 10)
                writer.write(E2E.textDelta(" a time", sequence: 4))
            }
            defer { server.stop() }
            let client = E2E.client(server, retryPolicy: E2ESleepLog().policy(), timeouts: stall.timeouts)

            var deltas: [String] = []
            let (error, elapsed) = await Self.timedError {
                for try await delta in client.createResponseStream(Self.request).textDeltas { deltas.append(delta) }
            }

            #expect(deltas == ["Once upon"])
            #expect(E2E.transportError(error) == .timedOut(stall.kind), "got \(String(describing: error))")
            // No upper bound: the kind proves which limit fired.
            #expect(elapsed >= .milliseconds(350), "a limit never fires early; took \(elapsed)")
            #expect(server.requests.count == 1)
            #expect(await eventually { server.closedConnections == 1 })
        }

        // MARK: Broken connections

        @Test("a connection cut mid-stream ends the stream with .connectionLost, without hanging or retrying", arguments: [true, false])
        func cutMidStream(reset: Bool) async throws {
            let consumed = ThreadSignal()
            let server = try LoopbackServer { _, writer in
                writer.startEventStream()
                writer.write(E2E.textStreamPrelude() + E2E.textDelta("Once upon", sequence: 3))
                _ = consumed.wait(seconds: 60)  // cut only once the client has the events (an RST may drop unread data)
                writer.cut(reset: reset)
            }
            defer { server.stop() }
            let sleeps = E2ESleepLog()
            let client = E2E.client(server, retryPolicy: sleeps.policy(maxRetries: 3))

            var received: [ResponseStreamEvent] = []
            let error = await E2E.clientError {
                for try await event in client.createResponseStream(Self.request) {
                    received.append(event)
                    if received.count == 4 { consumed.signal() }
                }
            }

            #expect(received.count == 4)
            guard let failure = error?.transportFailure, failure.error.kind == .connectionLost else {
                Issue.record("expected .transport(.connectionLost), got \(String(describing: error))")
                return
            }
            #expect(failure.attempts == 1)
            // A retry would have happened inside the call, so the count is final once it returned.
            #expect(server.requests.count == 1, "nothing is retried once an event was delivered")
            #expect(sleeps.durations.isEmpty)
        }

        @Test("a connection cut after the head but before any event is retried, and the retry succeeds")
        func cutBeforeFirstEvent() async throws {
            let transcript = try E2E.fixture("stream-transcript.sse")
            let counter = SharedCounter()
            let server = try LoopbackServer { _, writer in
                counter.add(1)
                writer.startEventStream()
                if counter.value == 1 {
                    writer.write("event: response.created\nda")  // half an event, then gone
                    writer.cut(reset: false)
                } else {
                    writer.write(transcript)
                }
            }
            defer { server.stop() }
            let sleeps = E2ESleepLog()

            let stream = E2E.client(server, retryPolicy: sleeps.policy()).createResponseStream(Self.request)
            let response = try await stream.finalResponse()

            #expect(response.outputText == "Under a moonlit canopy")
            #expect(stream.metadata?.attempts == 2)
            #expect(server.requests.count == 2)
            #expect(sleeps.durations.count == 1)
        }

        // MARK: Cancellation

        @Test("cancelling the consuming task mid-stream returns promptly with a cancellation error and closes the connection")
        func cancelMidStream() async throws {
            let server = try LoopbackServer { _, writer in
                writer.startEventStream()
                writer.write(E2E.textStreamPrelude())
                for sequence in 3..<2_000 {
                    guard writer.write(E2E.textDelta("word ", sequence: sequence)), !writer.stall(seconds: 0.01) else { break }
                }
            }
            defer { server.stop() }
            let client = E2E.client(server, retryPolicy: E2ESleepLog().policy())
            let (firstEvents, signal) = AsyncStream<Void>.makeStream()
            let received = E2EBox(0)

            let task = Task {
                await capturedError {
                    for try await _ in client.createResponseStream(Self.request) {
                        received.value += 1
                        if received.value == 5 { signal.yield() }
                    }
                }
            }
            for await _ in firstEvents { break }
            task.cancel()
            let error = await task.value

            // The server would stream for 20 s: a cancellation error and fewer than 1 000 events
            // prove the abort, however loaded the machine (no stopwatch).
            let isCancellation: Bool =
                switch error {
                case let error as ClientError: E2E.transportError(error) == .cancelled
                case is CancellationError: true
                default: false
                }
            #expect(isCancellation, "got \(String(describing: error))")
            #expect(received.value < 1_000, "the stream stopped")
            #expect(await eventually { server.closedConnections == 1 }, "the server saw the connection close")
            #expect(server.requests.count == 1)
        }

        // MARK: Load

        @Test("a slow consumer of a 5 MB stream of deltas gets every byte, in order, while the server is held back")
        func slowConsumer() async throws {
            let deltaSize = 1_000
            let deltaCount = 5_000
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            let deltas = (0..<deltaCount).map { index in
                String(repeating: letters[index % letters.count], count: deltaSize - 8) + String(format: "%08d", index)
            }
            let fullText = deltas.joined()
            let completed = E2E.sse(
                #"{"type":"response.completed","sequence_number":\#(deltaCount + 3),"response":{"id":"resp_e2e","object":"response","created_at":1775853213,"status":"completed","model":"gpt-oss-120b","output":[{"id":"msg_e2e","type":"message","role":"assistant","status":"completed","content":[{"type":"output_text","text":"\#(fullText)","annotations":[],"logprobs":[]}]}],"usage":{"input_tokens":10,"output_tokens":5000,"total_tokens":5010}}}"#,
                event: "response.completed")
            let serverDone = E2EBox(false)
            let server = try LoopbackServer { _, writer in
                writer.startEventStream()
                writer.write(E2E.textStreamPrelude())
                var batch = ""
                for (index, delta) in deltas.enumerated() {
                    batch += E2E.textDelta(delta, sequence: index + 3)
                    if index % 16 == 15 {
                        guard writer.write(batch) else { return }
                        batch = ""
                    }
                }
                writer.write(batch + completed)
                writer.finish()
                serverDone.value = true
            }
            defer { server.stop() }
            let transport = CurlTransport(configuration: .init(maxBufferedBodyBytes: 64 << 10))
            let client = E2E.client(server, transport: transport)

            var received: [String] = []
            var final: Response?
            var serverDoneAfterPause: Bool?
            for try await event in client.createResponseStream(Self.request) {
                if case .responseCompleted(let event) = event { final = event.response }
                guard case .responseOutputTextDelta(let delta) = event else { continue }
                received.append(delta.delta)
                if received.count == 1 {
                    try await Task.sleep(for: .milliseconds(300))  // let the server run ahead as far as it can
                    serverDoneAfterPause = serverDone.value
                } else if received.count % 100 == 0 {
                    try await Task.sleep(for: .milliseconds(2))
                }
            }

            #expect(received.count == deltaCount)
            #expect(received == deltas)
            // (Folding these deltas with ResponseAccumulator is quadratic; see Streaming.longStreamFoldsInLinearTime.)
            #expect(final?.outputText == fullText)
            #expect(final?.status == .completed)
            #expect(serverDoneAfterPause == false, "back-pressure: the server could not finish writing 5 MB while the consumer paused")
        }

        @Test("50 concurrent streams each complete with their own events")
        func concurrentStreams() async throws {
            let transcript = try E2E.fixtureText("stream-transcript.sse")
            let server = try LoopbackServer { request, writer in
                let user = request.jsonBody?["user"]?.stringValue ?? "?"
                writer.startEventStream()
                let personal = transcript.replacingOccurrences(of: "Under a moonlit canopy", with: "Under a moonlit canopy for \(user)")
                // Two writes with a pause, so the streams interleave on the client.
                let middle = personal.index(personal.startIndex, offsetBy: personal.count / 2)
                writer.write(String(personal[..<middle]))
                usleep(20_000)
                writer.write(String(personal[middle...]))
            }
            defer { server.stop() }
            let client = E2E.client(server)
            let count = 50

            let results = try await withThrowingTaskGroup(of: (Int, [ResponseStreamEvent], Response).self) { group in
                for index in 0..<count {
                    group.addTask {
                        var request = Self.request
                        request.user = "client-\(index)"
                        var events: [ResponseStreamEvent] = []
                        var accumulator = ResponseAccumulator()
                        for try await event in client.createResponseStream(request) {
                            events.append(event)
                            try accumulator.apply(event)
                        }
                        return (index, events, try #require(accumulator.response))
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            #expect(results.count == count)
            for (index, events, response) in results {
                let personal = transcript.replacingOccurrences(of: "Under a moonlit canopy", with: "Under a moonlit canopy for client-\(index)")
                #expect(events == (try E2E.transcriptEvents(personal)), "stream \(index)")
                #expect(response.outputText == "Under a moonlit canopy for client-\(index)")
            }
            #expect(server.requests.count == count)
        }
    }
}
#endif
