#if LibcurlTransport
import Foundation
import Infercom
import Testing

extension EndToEndTests {
    /// Server-sent event streams over TCP: framing at every byte boundary, accumulation, error
    /// events and the `[DONE]` sentinel.
    @Suite("Event streams")
    struct Streaming {
        static let request = CreateResponseRequest(model: "gpt-oss-120b", input: "Tell me a three-sentence bedtime story.")

        /// Serves `stream-transcript.sse` as two chunks split at the byte offset in the `X-Split`
        /// header. Chunked framing keeps the pieces apart even if TCP delivers them together:
        /// curl's chunk decoder hands each chunk's data to the transport separately.
        static func splittingServer(_ transcript: [UInt8]) throws -> LoopbackServer {
            try LoopbackServer { request, writer in
                let split = min(max(Int(request.header("X-Split") ?? "") ?? 0, 0), transcript.count)
                writer.startEventStream()
                writer.write(Array(transcript[..<split]))
                writer.write(Array(transcript[split...]))
                writer.finish()
            }
        }

        @Test("the transcript split at every byte boundary decodes to the same events and final response")
        func everySplitPoint() async throws {
            let transcript = try E2E.fixture("stream-transcript.sse")
            let expected = try E2E.transcriptEvents(String(decoding: transcript, as: UTF8.self))
            let completed = try E2E.completedResponse(in: expected)
            #expect(expected.count == 15)
            let server = try Self.splittingServer(transcript)
            defer { server.stop() }
            let client = E2E.client(server)

            // Every split point 0...count (0 and count: one piece plus an empty write), on a few
            // keep-alive connections in parallel to bound the runtime.
            let workers = 4
            let failures = try await withThrowingTaskGroup(of: [String].self) { group in
                for worker in 0..<workers {
                    group.addTask {
                        var failures: [String] = []
                        for split in stride(from: worker, through: transcript.count, by: workers) {
                            let options = RequestOptions(headers: ["X-Split": String(split)])
                            var events: [ResponseStreamEvent] = []
                            var accumulator = ResponseAccumulator()
                            for try await event in client.createResponseStream(Self.request, options: options) {
                                events.append(event)
                                try accumulator.apply(event)
                            }
                            if events != expected {
                                failures.append("split \(split): \(events.count) events differ from the transcript's \(expected.count)")
                            } else if accumulator.response != completed {
                                failures.append("split \(split): the accumulated response differs from response.completed")
                            }
                        }
                        return failures
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }

            #expect(failures.isEmpty, "\(failures.count) split points failed, first: \(failures.prefix(5))")
            #expect(server.requests.count == transcript.count + 1)
            #expect(server.acceptedConnections <= workers, "keep-alive: one connection per worker")
        }

        @Test("the split server's two writes reach the client's body as two separate pieces (so the split test splits)")
        func splitReachesTheClient() async throws {
            let transcript = try E2E.fixture("stream-transcript.sse")
            let server = try Self.splittingServer(transcript)
            defer { server.stop() }
            let transport = CurlTransport(configuration: .init())

            for split in [1, 2, 17, 18, 1_000, transcript.count / 2, transcript.count - 2, transcript.count - 1] {
                let request = HTTPRequest(
                    method: "POST", url: server.url("/v1/responses"), headers: ["X-Split": String(split)], body: Array("{}".utf8),
                    timeouts: E2E.timeouts)
                let (head, body) = try await transport.send(request)
                var pieces: [Int] = []
                for try await chunk in body { pieces.append(chunk.count) }
                #expect(head.status == 200)
                #expect(pieces == [split, transcript.count - split], "split \(split)")
            }
        }

        @Test("the accumulator folds a long answer (8,000 deltas, 2.4 MB) into exactly its text")
        func longStreamFolds() async throws {
            // Its cost per delta (constant, not growing with the text so far) is measured by
            // `make bench`, not here: timing belongs in benchmarks.
            let text = E2E.textStreamPrelude()
                + (0..<8_000).map { E2E.textDelta(String(repeating: "x", count: 300), sequence: $0 + 3) }.joined()
            let events = try E2E.transcriptEvents(text)
            var accumulator = ResponseAccumulator()
            for event in events { try accumulator.apply(event) }

            #expect(accumulator.response?.outputText.utf8.count == 8_000 * 300)
        }

        @Test("finalResponse() over the network equals the response.completed snapshot, at sample split points")
        func finalResponseAtSampleSplits() async throws {
            let transcript = try E2E.fixture("stream-transcript.sse")
            let completed = try E2E.completedResponse(in: try E2E.transcriptEvents(String(decoding: transcript, as: UTF8.self)))
            let server = try Self.splittingServer(transcript)
            defer { server.stop() }
            let client = E2E.client(server)

            // Inside the first event name, inside a JSON string, at a "\n\n", inside the last event.
            let eventEnd = try #require(transcript.indices.first { transcript[$0] == 10 && transcript[$0 + 1] == 10 })
            for split in [1, 7, 200, eventEnd, eventEnd + 1, eventEnd + 2, transcript.count / 2, transcript.count - 3] {
                let stream = client.createResponseStream(Self.request, options: RequestOptions(headers: ["X-Split": String(split)]))
                let response = try await stream.finalResponse()
                #expect(response == completed, "split \(split)")
                #expect(response.outputText == "Under a moonlit canopy")
                #expect(response.reasoningText == "User wants a three-sentence bedtime story.")
                #expect(response.status == .completed)
            }
        }

        @Test("textDeltas streams the visible text only")
        func textDeltas() async throws {
            let transcript = try E2E.fixture("stream-transcript.sse")
            let server = try LoopbackServer { _, writer in
                writer.startEventStream()
                writer.write(transcript)
            }
            defer { server.stop() }

            var text: [String] = []
            for try await delta in E2E.client(server).createResponseStream(Self.request).textDeltas { text.append(delta) }

            #expect(text == ["Under a moonlit canopy"])
        }

        @Test("the function-call stream accumulates its argument deltas into the call")
        func functionCallArguments() async throws {
            // The fixture is the function-call part of a stream; the terminal event makes it a whole one.
            let fixture = try E2E.fixtureText("stream-function-call.sse")
                + E2E.sse(#"{"type":"response.completed","sequence_number":12,"response":{"id":"resp_fc","object":"response","created_at":1775853213,"status":"completed","model":"gpt-oss-120b","output":[],"usage":null}}"#, event: "response.completed")
            let expected = try E2E.transcriptEvents(fixture)
            let arguments = #"{"city":"Bogotá"}"#
            // The fixture's single delta, also served as three deltas split inside the JSON and inside "á".
            let pieces = [#"{"ci"#, #"ty":"Bogot"#, #"á"}"#]
            let deltaLine = try #require(E2E.transcriptData(fixture).first { $0.contains("arguments.delta") })
            let splitDeltas = pieces.map { piece in
                E2E.sse(
                    deltaLine.replacingOccurrences(of: #""delta":"{\"city\":\"Bogotá\"}""#, with: #""delta":"# + String(decoding: try! JSONEncoder().encode(piece), as: UTF8.self)),
                    event: "response.function_call_arguments.delta")
            }
            let blocks = fixture.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { $0 + "\n\n" }
            let prelude = E2E.sse(#"{"type":"response.created","sequence_number":0,"response":{"id":"resp_fc","object":"response","created_at":1775853213,"status":"in_progress","model":"gpt-oss-120b","output":[],"usage":null}}"#, event: "response.created")
            let split = prelude + blocks[0] + splitDeltas.joined() + blocks[2] + blocks[3] + blocks[4]

            let server = try LoopbackServer { request, writer in
                writer.startEventStream()
                if request.header("X-Variant") == "split" {
                    for byte in split.utf8 { writer.write([byte]) }  // one byte per chunk, through "á"
                } else {
                    writer.write(fixture)
                }
            }
            defer { server.stop() }
            let client = E2E.client(server)

            // As served: the events decode, and the argument deltas add up to the done event's arguments.
            var events: [ResponseStreamEvent] = []
            for try await event in client.createResponseStream(Self.request) { events.append(event) }
            #expect(events == expected)
            let argumentDeltas = events.compactMap { event -> String? in
                if case .responseFunctionCallArgumentsDelta(let delta) = event { return delta.delta }
                return nil
            }
            #expect(argumentDeltas.joined() == arguments)

            // Split into three deltas: the accumulator builds the arguments before the done event arrives.
            var accumulator = ResponseAccumulator()
            var argumentsBeforeDone: String?
            let stream = client.createResponseStream(Self.request, options: RequestOptions(headers: ["X-Variant": "split"]))
            for try await event in stream {
                if case .responseFunctionCallArgumentsDone = event { argumentsBeforeDone = accumulator.response?.functionCalls.first?.arguments }
                try accumulator.apply(event)
            }
            #expect(argumentsBeforeDone == arguments)
            let call = try #require(accumulator.response?.functionCalls.first)
            #expect(call.arguments == arguments)
            #expect(call.name == "get_weather")
            #expect(call.callID == "call_e52f086a16c94fa796")
            #expect(call.status == .completed)
        }

        @Test("an `event: error` mid-stream is thrown as .streamFailed with its code and message, after the earlier events")
        func errorEventMidStream() async throws {
            let transcript = try E2E.fixtureText("stream-transcript.sse")
            let errorEvent = try E2E.fixtureText("stream-error-event.sse")
            let firstFive = transcript.components(separatedBy: "\n\n").prefix(5).map { $0 + "\n\n" }.joined()
            let server = try LoopbackServer { _, writer in
                writer.startEventStream()
                writer.write(firstFive)
                writer.write(errorEvent)
                writer.write(E2E.sse(#"{"type":"response.in_progress","sequence_number":6}"#, event: "response.in_progress"))
            }
            defer { server.stop() }

            var received: [ResponseStreamEvent] = []
            let error = await E2E.clientError {
                for try await event in E2E.client(server, retryPolicy: E2ESleepLog().policy()).createResponseStream(Self.request) {
                    received.append(event)
                }
            }

            #expect(received == Array(try E2E.transcriptEvents(transcript).prefix(5)))
            guard let failure = error?.serverFailure(ofKind: .streamFailed) else {
                Issue.record("expected .streamFailed, got \(String(describing: error))")
                return
            }
            #expect(failure.code == "server_error")
            #expect(failure.message == "The model failed to generate a response.")
            #expect(failure.sequenceNumber == 5)
            #expect(failure.eventName == "error")
            #expect(failure.operationID == "createResponse")
            #expect(server.requests.count == 1, "a stream error is not retried")
        }

        @Test("a `response.failed` event is thrown as .streamFailed with the failed response's error and id")
        func responseFailedEvent() async throws {
            let server = try LoopbackServer { _, writer in
                writer.startEventStream()
                writer.write(E2E.textStreamPrelude() + E2E.textDelta("Once", sequence: 3))
                writer.write(E2E.sse(
                    #"{"type":"response.failed","sequence_number":4,"response":{"id":"resp_e2e","object":"response","created_at":1775853213,"status":"failed","model":"gpt-oss-120b","output":[],"error":{"code":"server_error","message":"Generation failed."}}}"#,
                    event: "response.failed"))
            }
            defer { server.stop() }

            var received = 0
            let error = await E2E.clientError {
                for try await _ in E2E.client(server).createResponseStream(Self.request) { received += 1 }
            }

            #expect(received == 4)
            guard let failure = error?.serverFailure(ofKind: .streamFailed) else {
                Issue.record("expected .streamFailed, got \(String(describing: error))")
                return
            }
            #expect(failure.code == "server_error")
            #expect(failure.message == "Generation failed.")
            #expect(failure.responseID == "resp_e2e")
            #expect(failure.eventName == "response.failed")
            #expect(failure.sequenceNumber == 4)
        }

        @Test("finalResponse() rethrows a mid-stream error event")
        func finalResponseRethrowsErrorEvent() async throws {
            let errorEvent = try E2E.fixtureText("stream-error-event.sse")
            let server = try LoopbackServer { _, writer in
                writer.startEventStream()
                writer.write(E2E.textStreamPrelude() + E2E.textDelta("Once", sequence: 3))
                writer.write(errorEvent)
            }
            defer { server.stop() }

            let error = await E2E.clientError { _ = try await E2E.client(server).createResponseStream(Self.request).finalResponse() }

            guard let failure = error?.serverFailure(ofKind: .streamFailed) else {
                Issue.record("expected .streamFailed, got \(String(describing: error))")
                return
            }
            #expect(failure.code == "server_error")
        }

        @Test("a trailing `data: [DONE]` ends the stream cleanly, even while the server keeps the connection open")
        func doneSentinel() async throws {
            let transcript = try E2E.fixtureText("stream-transcript.sse")
            let expected = try E2E.transcriptEvents(transcript)
            let server = try LoopbackServer { request, writer in
                writer.startEventStream()
                writer.write(transcript + "data: [DONE]\n\n")
                if request.header("X-Linger") == "yes" {
                    writer.stall(seconds: 120)  // returns as soon as the client hangs up
                } else {
                    writer.finish()
                }
            }
            defer { server.stop() }
            let client = E2E.client(server)

            for linger in ["no", "yes"] {
                let clock = ContinuousClock()
                let start = clock.now
                var events: [ResponseStreamEvent] = []
                for try await event in client.createResponseStream(Self.request, options: RequestOptions(headers: ["X-Linger": linger])) {
                    events.append(event)
                }
                #expect(events == expected, "linger: \(linger)")
                // Waiting for the close would take 120 s (or fail at the idle limit); a loaded machine stays far below 60 s.
                #expect(clock.now - start < .seconds(60), "[DONE] ends the stream without waiting for the connection to close")
            }
            let response = try await client.createResponseStream(Self.request).finalResponse()
            #expect(response == (try E2E.completedResponse(in: expected)))
        }
    }
}
#endif
