#if LibcurlTransport
import Foundation
import Infercom
import Testing

extension EndToEndTests {
    /// A non-streaming call and a streaming call as they look on the wire: what the client sends,
    /// and what it makes of the response and its headers.
    @Suite("Requests and responses on the wire")
    struct PlainResponse {
        /// A request that uses most kinds of member: items, nested objects, a JSON Schema, a non-ASCII string.
        static let request = CreateResponseRequest(
            model: "gpt-oss-120b",
            input: .items([.system("You are terse."), .user("What is the weather in Bogotá?")]),
            instructions: "Answer in one sentence.",
            maxOutputTokens: 256,
            temperature: 0.5,
            tools: [
                FunctionTool(
                    name: "get_weather", description: "Get the current weather for a city",
                    parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]])
            ],
            toolChoice: .mode(.auto),
            reasoning: ReasoningConfig(effort: .high),
            metadata: ["trace": "e2e"])

        /// `request` as JSON, written by hand: exactly the members that were set, nothing else.
        static let expectedBody = #"""
            {
              "model": "gpt-oss-120b",
              "input": [
                { "type": "message", "role": "system", "content": "You are terse." },
                { "type": "message", "role": "user", "content": "What is the weather in Bogotá?" }
              ],
              "instructions": "Answer in one sentence.",
              "max_output_tokens": 256,
              "temperature": 0.5,
              "tools": [
                {
                  "type": "function", "name": "get_weather", "description": "Get the current weather for a city",
                  "parameters": { "type": "object", "properties": { "city": { "type": "string" } }, "required": ["city"] }
                }
              ],
              "tool_choice": "auto",
              "reasoning": { "effort": "high" },
              "metadata": { "trace": "e2e" }
            }
            """#

        static let rateLimitHeaders: [(String, String)] = [
            ("x-ratelimit-limit-requests", "150"),
            ("x-ratelimit-remaining-requests", "149"),
            ("x-ratelimit-reset-requests", "1778845660"),
            ("x-ratelimit-limit-requests-day", "50000"),
            ("x-ratelimit-remaining-requests-day", "49876"),
            ("x-ratelimit-reset-requests-day", "1778889600"),
            ("x-request-id", "req_e2e_42"),
        ]

        static let expectedRateLimits = RateLimits(
            limitRequests: 150, remainingRequests: 149, resetRequests: 1_778_845_660,
            limitRequestsDay: 50_000, remainingRequestsDay: 49_876, resetRequestsDay: 1_778_889_600)

        @Test("a JSON response comes back as the fixture's Response with the right outputText, status, rate limits and request id")
        func plainResponse() async throws {
            let body = try E2E.fixture("response-infercom-example.json")
            let server = try LoopbackServer { _, writer in writer.respondJSON(body, headers: Self.rateLimitHeaders) }
            defer { server.stop() }

            let result = try await E2E.client(server).createResponseWithMetadata(Self.request)

            #expect(result.value == (try E2E.decode(Response.self, body)))
            #expect(result.value.outputText == "2 + 2 = 4.")
            #expect(result.value.reasoningText == "The user asks a simple question...")
            #expect(result.metadata.status == 200)
            #expect(result.metadata.rateLimits == Self.expectedRateLimits)
            #expect(result.metadata.requestID == "req_e2e_42")
            #expect(result.metadata.attempts == 1)
            #expect(result.metadata.headers["Content-Type"] == "application/json")
        }

        @Test("the client sends POST /v1/responses with exactly the JSON it was given (no nulls, no defaults) and its headers")
        func sentRequest() async throws {
            let body = try E2E.fixture("response-infercom-example.json")
            let server = try LoopbackServer { _, writer in writer.respondJSON(body) }
            defer { server.stop() }

            _ = try await E2E.client(server).createResponse(Self.request)

            let sent = try #require(server.requests.first)
            #expect(server.requests.count == 1)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/responses")
            #expect(sent.header("Authorization") == "Bearer \(E2E.apiKey)")
            #expect(sent.header("Content-Type") == "application/json")
            #expect(sent.header("Accept") == "application/json")
            #expect(sent.header("User-Agent") == InfercomClient.clientDefaults.userAgent)
            #expect(sent.header("User-Agent")?.hasPrefix("infercom-swift/") == true)
            #expect(sent.header("Content-Length") == String(sent.body.count))
            #expect(!sent.hasHeader("Expect"), "curl must not wait for 100 Continue")

            let json = try #require(sent.jsonBody, "the body is not JSON: \(String(decoding: sent.body, as: UTF8.self))")
            #expect(json == (try E2E.json(Self.expectedBody)))
            #expect(!json.containsNull)
            #expect(json["stream"] == nil, "a non-streaming call leaves `stream` out rather than sending its default")
            #expect((try E2E.decode(CreateResponseRequest.self, sent.body)) == Self.request)
        }

        @Test("a request decoded from a fixture is sent back byte-for-byte equivalent JSON")
        func fixtureRequestRoundTrip() async throws {
            let fixture = try E2E.fixture("request-tools.json")
            let response = try E2E.fixture("response-function-call.json")
            let server = try LoopbackServer { _, writer in writer.respondJSON(response) }
            defer { server.stop() }

            let result = try await E2E.client(server).createResponse(try E2E.decode(CreateResponseRequest.self, fixture))

            let sent = try #require(server.requests.first)
            #expect(sent.jsonBody == (try E2E.decode(JSONValue.self, fixture)))
            #expect(result == (try E2E.decode(Response.self, response)))
            let call = try #require(result.functionCalls.first)
            #expect(call.name == "get_weather")
        }

        @Test("a streaming call sends Accept: text/event-stream and \"stream\": true, and exposes the head's metadata")
        func streamRequest() async throws {
            let transcript = try E2E.fixture("stream-transcript.sse")
            let server = try LoopbackServer { _, writer in
                writer.startEventStream(extraHeaders: Self.rateLimitHeaders)
                writer.write(transcript)
            }
            defer { server.stop() }

            let stream = E2E.client(server).createResponseStream(Self.request)
            #expect(stream.metadata == nil)
            var events: [ResponseStreamEvent] = []
            for try await event in stream {
                if events.isEmpty {
                    // The head's metadata is there before the first event is handed out.
                    #expect(stream.metadata?.status == 200)
                }
                events.append(event)
            }

            #expect(events == (try E2E.transcriptEvents(String(decoding: transcript, as: UTF8.self))))
            let metadata = try #require(stream.metadata)
            #expect(metadata.rateLimits == Self.expectedRateLimits)
            #expect(metadata.requestID == "req_e2e_42")
            #expect(metadata.attempts == 1)

            let sent = try #require(server.requests.first)
            #expect(server.requests.count == 1)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/responses")
            #expect(sent.header("Accept") == "text/event-stream")
            #expect(sent.header("Content-Type") == "application/json")
            #expect(sent.header("Authorization") == "Bearer \(E2E.apiKey)")
            #expect(sent.header("User-Agent") == InfercomClient.clientDefaults.userAgent)
            let json = try #require(sent.jsonBody)
            #expect(json["stream"] == .bool(true))
            #expect(json == (try E2E.json(Self.expectedBody)).setting("stream", to: true))
        }

        @Test("keep-alive: consecutive calls on one client reuse one TCP connection")
        func connectionReuse() async throws {
            let body = try E2E.fixture("response-infercom-example.json")
            let transcript = try E2E.fixture("stream-transcript.sse")
            let server = try LoopbackServer { request, writer in
                if request.header("Accept") == "text/event-stream" {
                    writer.startEventStream()
                    writer.write(transcript)
                } else {
                    writer.respondJSON(body)
                }
            }
            defer { server.stop() }
            let client = E2E.client(server)

            for _ in 0..<3 {
                _ = try await client.createResponse(Self.request)
                _ = try await client.createResponseStream(Self.request).finalResponse()
            }

            #expect(server.requests.count == 6)
            #expect(server.acceptedConnections == 1)
        }
    }
}
#endif
