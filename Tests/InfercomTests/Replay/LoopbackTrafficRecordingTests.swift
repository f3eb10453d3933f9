#if LibcurlTransport
import Foundation
import Infercom
import Testing

extension EndToEndTests {
    /// `Tests/Fixtures/loopback-traffic.jsonl`: the project's own loopback traffic — the streams,
    /// plain responses and error bodies the end-to-end tests serve — recorded by `RecordingTransport`
    /// through the real client. `openapi-swift check-traffic` must find nothing in it
    /// (`TrafficCheckLoopbackTests`); this suite keeps the committed file what the server sends today.
    ///
    /// Re-record with `INFERCOM_RECORD_TRAFFIC=1 swift test --filter LoopbackTraffic`.
    @Suite("Loopback traffic recording")
    struct LoopbackTraffic {
        /// One request the client makes and what the loopback server answers.
        struct Scenario: Sendable {
            var name: String
            var streams: Bool
            /// Sent through the recording transport directly and read to the end: the client stops
            /// reading at a terminal `error` event, and `RecordingTransport` records only bodies read
            /// to their end.
            var readsRawBody = false
            var respond: @Sendable (ResponseWriter) -> Void
        }

        static let rateLimitHeaders: [(String, String)] = [
            ("x-ratelimit-limit-requests", "60"), ("x-ratelimit-remaining-requests", "59"),
            ("x-ratelimit-reset-requests", "1775853273"), ("x-ratelimit-limit-requests-day", "1000"),
            ("x-ratelimit-remaining-requests-day", "998"), ("x-ratelimit-reset-requests-day", "1775904000"),
        ]

        static func scenarios() throws -> [Scenario] {
            let transcript = try E2E.fixtureText("stream-transcript.sse")
            let functionCall = try E2E.fixtureText("stream-function-call.sse")
                + E2E.sse(#"{"type":"response.completed","sequence_number":12,"response":{"id":"resp_fc","object":"response","created_at":1775853213,"status":"completed","model":"gpt-oss-120b","output":[],"usage":null}}"#, event: "response.completed")
            let errorEvent = transcript.components(separatedBy: "\n\n").prefix(5).map { $0 + "\n\n" }.joined()
                + (try E2E.fixtureText("stream-error-event.sse"))
            let textStream = E2E.textStreamPrelude() + E2E.textDelta("Once", sequence: 3) + E2E.textDelta(" upon a time.", sequence: 4)
                + E2E.sse(#"{"type":"response.completed","sequence_number":5,"response":{"id":"resp_e2e","object":"response","created_at":1775853213,"status":"completed","model":"gpt-oss-120b","output":[],"usage":{"input_tokens":12,"output_tokens":5,"total_tokens":17}}}"#, event: "response.completed")
            func stream(_ name: String, _ text: String, headers: [(String, String)] = [], readsRawBody: Bool = false) -> Scenario {
                Scenario(name: name, streams: true, readsRawBody: readsRawBody) { writer in
                    writer.startEventStream(extraHeaders: headers)
                    for block in text.components(separatedBy: "\n\n") where !block.isEmpty {
                        guard writer.write(block + "\n\n") else { return }
                    }
                    writer.finish()
                }
            }
            func json(_ name: String, _ fixture: String, status: Int = 200, headers: [(String, String)] = []) throws -> Scenario {
                let body = try E2E.fixture(fixture)
                return Scenario(name: name, streams: false) { writer in writer.respondJSON(status: status, body, headers: headers) }
            }
            return [
                stream("transcript", transcript, headers: rateLimitHeaders),
                stream("function-call-stream", functionCall),
                stream("text-stream", textStream),
                stream("error-event", errorEvent, readsRawBody: true),
                try json("plain", "response-infercom-example.json", headers: rateLimitHeaders),
                try json("function-call", "response-function-call.json"),
                try json("missing-field", "error-missing-field.json", status: 400),
                try json("invalid-api-key", "error-invalid-api-key.json", status: 401),
                try json("model-not-found", "error-model-not-found.json", status: 404),
                try json("simple-not-found", "error-simple-not-found.json", status: 404),
            ]
        }

        /// Runs every scenario through `RecordingTransport` over TCP; the recording's exchanges, in order.
        static func record() async throws -> [RecordedExchange] {
            let scenarios = try scenarios()
            let server = try LoopbackServer { request, writer in
                let body = String(decoding: request.body, as: UTF8.self)
                guard let scenario = scenarios.first(where: { body.contains("scenario \($0.name).") }) else {
                    writer.respondJSON(status: 500, Array(#"{"error":"no scenario"}"#.utf8))
                    return
                }
                scenario.respond(writer)
            }
            defer { server.stop() }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("loopback-\(UUID().uuidString).jsonl")
            defer { try? FileManager.default.removeItem(at: file) }
            var configuration = E2E.client(server).core.configuration
            let recorder = try RecordingTransport(wrapping: CurlTransport(configuration: .init()), to: file)
            configuration.transport = recorder
            let client = InfercomClient(configuration: configuration)
            for scenario in scenarios {
                let request = CreateResponseRequest(model: "gpt-oss-120b", input: .text("scenario \(scenario.name)."))
                // Errors are part of the traffic (error events, error statuses); the recording is what matters.
                if scenario.readsRawBody {
                    var streaming = request
                    streaming.stream = true
                    let headers = HTTPFields([.init(name: "Content-Type", value: "application/json"), .init(name: "Accept", value: "text/event-stream")])
                    let body = [UInt8](try JSONEncoder().encode(streaming))
                    let (_, stream) = try await recorder.send(HTTPRequest(method: "POST", url: server.url("/v1/responses"), headers: headers, body: body))
                    for try await _ in stream {}
                } else if scenario.streams {
                    do { for try await _ in client.createResponseStream(request) {} } catch {}
                } else {
                    _ = try? await client.createResponse(request)
                }
            }
            return try ReplayTransport(contentsOf: file).exchanges
        }

        /// The recording as committed: no timing (it would change on every run), one chunk per
        /// event or body (the transport's chunking depends on the machine), a stable User-Agent.
        static func normalized(_ exchanges: [RecordedExchange]) -> [RecordedExchange] {
            exchanges.map { exchange in
                var copy = exchange
                copy.requestHeaders = HTTPFields(exchange.requestHeaders.map {
                    $0.name.lowercased() == "user-agent" ? .init(name: $0.name, value: "infercom-swift (loopback recording)") : $0
                })
                copy.head?.offset = .zero
                let body = exchange.body
                let isStream = exchange.head?.headers.first { $0.name.lowercased() == "content-type" }?.value == "text/event-stream"
                copy.chunks = (isStream ? splitEvents(body) : (body.isEmpty ? [] : [body])).map { .init(offset: .zero, bytes: $0) }
                copy.endOffset = .zero
                return copy
            }
        }

        static func splitEvents(_ body: [UInt8]) -> [[UInt8]] {
            String(decoding: body, as: UTF8.self).components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { Array(($0 + "\n\n").utf8) }
        }

        static let fixtureURL = E2E.fixtureDirectory.appendingPathComponent("loopback-traffic.jsonl")

        @Test("the committed loopback-traffic.jsonl is what the loopback server sends today, exchange by exchange")
        func committedRecordingIsCurrent() async throws {
            let recorded = Self.normalized(try await Self.record())
            #expect(recorded.count == (try Self.scenarios()).count, "every scenario's exchange was recorded")
            let committed = try ReplayTransport(contentsOf: Self.fixtureURL).exchanges
            try #require(committed.count == recorded.count)
            for (fresh, stored) in zip(recorded, committed) {
                #expect(fresh.method == stored.method && fresh.path == stored.path)
                #expect(fresh.head?.status == stored.head?.status)
                #expect(fresh.head?.headers == stored.head?.headers)
                #expect(fresh.body == stored.body, "exchange \(stored.number): the response body")
                // The request body's key order is the encoder's business; its content must match.
                let freshBody = try E2E.decode(JSONValue.self, fresh.requestBody ?? [])
                #expect(freshBody == (try E2E.decode(JSONValue.self, stored.requestBody ?? [])))
            }
        }

        @Test("recording loopback-traffic.jsonl", .enabled(if: ProcessInfo.processInfo.environment["INFERCOM_RECORD_TRAFFIC"] == "1"))
        func recordFixture() async throws {
            let text = RecordedExchange.recording(of: Self.normalized(try await Self.record()))
            try Data(text.utf8).write(to: Self.fixtureURL)
        }
    }
}
#endif
