#if LibcurlTransport
import Foundation
import Infercom
import Testing

extension EndToEndTests {
    /// Every call sends exactly one request, counted by the server: a stream is read once and its
    /// conveniences share that one pass; the stream flag follows the method, not the caller.
    @Suite("One request per call")
    struct OneRequestPerCall {
        static let request = CreateResponseRequest(model: "gpt-oss-120b", input: "Tell me a three-sentence bedtime story.")

        /// Answers like the real API: events when the body says `"stream": true`, JSON otherwise.
        static func server() throws -> LoopbackServer {
            let transcript = try E2E.fixture("stream-transcript.sse")
            let json = try E2E.fixture("response-infercom-example.json")
            return try LoopbackServer { request, writer in
                if request.jsonBody?["stream"] == .bool(true) {
                    writer.startEventStream()
                    writer.write(transcript)
                } else {
                    writer.respondJSON(json)
                }
            }
        }

        static func completed() throws -> Response {
            try E2E.completedResponse(in: try E2E.transcriptEvents(try E2E.fixtureText("stream-transcript.sse")))
        }

        static func isAlreadyConsumed(_ error: ClientError?) -> Bool {
            if error?.kind == .streamAlreadyConsumed { return true }
            return false
        }

        @Test("iterating a stream, then calling each convenience on the same value, sends one request")
        func conveniencesAfterIteration() async throws {
            let server = try Self.server()
            defer { server.stop() }
            let stream = E2E.client(server).createResponseStream(Self.request)
            var count = 0
            for try await _ in stream { count += 1 }

            #expect(count == 15)
            #expect(try await stream.finalResponse() == (try Self.completed()))
            #expect(stream.accumulatedResponse == (try Self.completed()))
            // The delta sequences would need a second pass: a typed error, not a second POST.
            #expect(Self.isAlreadyConsumed(await E2E.clientError { for try await _ in stream.textDeltas {} }))
            #expect(Self.isAlreadyConsumed(await E2E.clientError { for try await _ in stream.reasoningDeltas {} }))
            #expect(Self.isAlreadyConsumed(await E2E.clientError { for try await _ in stream.functionCallArgumentDeltas {} }))
            #expect(Self.isAlreadyConsumed(await E2E.clientError { for try await _ in stream {} }))
            #expect(server.requests.count == 1)
        }

        @Test("reading textDeltas, then asking for the final response, sends one request")
        func finalResponseAfterTextDeltas() async throws {
            let server = try Self.server()
            defer { server.stop() }
            let stream = E2E.client(server).createResponseStream(Self.request)
            var text = ""
            for try await delta in stream.textDeltas { text += delta }

            let response = try await stream.finalResponse()
            #expect(response.outputText == text)
            #expect(response == (try Self.completed()))
            #expect(server.requests.count == 1)
        }

        @Test("finalResponse() twice on one stream sends one request and returns the same response")
        func finalResponseTwice() async throws {
            let server = try Self.server()
            defer { server.stop() }
            let stream = E2E.client(server).createResponseStream(Self.request)
            let first = try await stream.finalResponse()
            let second = try await stream.finalResponse()
            #expect(first == second)
            #expect(server.requests.count == 1)
        }

        @Test("createResponse leaves \"stream\" out even when the caller set stream = true, and decodes the JSON answer")
        func createResponseOwnsTheFlag() async throws {
            let server = try Self.server()
            defer { server.stop() }
            var request = Self.request
            request.stream = true
            let client = E2E.client(server)

            let response = try await client.createResponse(request)
            let withMetadata = try await client.createResponseWithMetadata(request)

            #expect(response.status == .completed)
            #expect(withMetadata.value == response)
            #expect(server.requests.count == 2)
            #expect(server.requests.allSatisfy { $0.jsonBody != nil && $0.jsonBody?["stream"] == nil })
        }

        @Test("createResponseStream sends \"stream\": true even when the caller set stream = false")
        func streamOwnsTheFlag() async throws {
            let server = try Self.server()
            defer { server.stop() }
            var request = Self.request
            request.stream = false

            let response = try await E2E.client(server).createResponseStream(request).finalResponse()

            #expect(response == (try Self.completed()))
            #expect(server.requests.map { $0.jsonBody?["stream"] } == [.bool(true)])
        }
    }
}
#endif
