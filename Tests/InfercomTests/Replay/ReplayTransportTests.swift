import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// `ReplayTransport` and the recording format, without a network.
@Suite("Replay transport")
struct ReplayTransportTests {
    static let hello = OperationRequest(operationID: "hello", method: "POST", path: "/greetings", body: Greeting(message: "hello"))

    static func exchange(_ number: Int, body: String, reply: String, path: String = "/v1/greetings") -> RecordedExchange {
        RecordedExchange(
            number: number, method: "POST", path: path, requestBody: Array(body.utf8),
            head: .init(status: 200, headers: ["Content-Type": "application/json"]),
            chunks: [.init(offset: .zero, bytes: Array(reply.utf8))])
    }

    static func client(_ transport: ReplayTransport) -> APIClient {
        APIClient(configuration: ClientConfiguration(baseURL: "http://localhost:1/v1", retryPolicy: .disabled, transport: transport))
    }

    static func detail(_ error: ClientError?) -> String? {
        if let failure = error?.transportFailure, failure.error.kind == .invalidRequest, let detail = failure.error.detail { return detail }
        return nil
    }

    @Test("a request matches by method, path and JSON body, whatever the key order; each exchange answers once, in order")
    func matchesAndConsumes() async throws {
        let transport = ReplayTransport(exchanges: [
            Self.exchange(1, body: #"{ "message" : "hello" }"#, reply: #"{"message":"first"}"#),
            Self.exchange(2, body: #"{"message":"hello"}"#, reply: #"{"message":"second"}"#),
        ])
        let client = Self.client(transport)
        #expect(try await client.perform(Self.hello, as: Greeting.self).value.message == "first")
        #expect(try await client.perform(Self.hello, as: Greeting.self).value.message == "second")
        #expect(transport.isExhausted)
        let error = await clientError { _ = try await client.perform(Self.hello, as: Greeting.self) }
        #expect(Self.detail(error)?.contains("already replayed") == true)
    }

    @Test("a request that matches nothing is an error naming the closest recording and how it differs")
    func mismatchNamesClosest() async throws {
        let transport = ReplayTransport(exchanges: [
            Self.exchange(1, body: #"{"message":"bye"}"#, reply: "{}", path: "/v1/farewells"),
            Self.exchange(2, body: #"{"message":"hullo"}"#, reply: "{}"),
        ])
        let error = await clientError { _ = try await Self.client(transport).perform(Self.hello, as: Greeting.self) }
        let detail = try #require(Self.detail(error))
        #expect(detail.contains("no recording matches POST /v1/greetings"))
        #expect(detail.contains("closest is exchange 2"))
        #expect(detail.contains("body differs from byte 13"))
        #expect(error?.transportFailure?.attempts == 1, "not retried")
    }

    @Test("the format round-trips text and binary chunks, offsets and a failure; the failure replays after the chunks")
    func formatRoundTrip() async throws {
        let original = RecordedExchange(
            number: 1, method: "POST", path: "/v1/greetings?x=1", requestHeaders: ["Authorization": "<redacted>"],
            requestBody: Array(#"{"message":"hello"}"#.utf8),
            head: .init(status: 200, headers: ["Content-Type": "text/event-stream"], offset: .milliseconds(3)),
            chunks: [.init(offset: .milliseconds(5), bytes: Array("data: {}\n\n".utf8)), .init(offset: .milliseconds(9), bytes: [0xff, 0xfe])],
            endOffset: .milliseconds(12), failure: "connection lost: reset")
        let text = RecordedExchange.recording(of: [original])
        #expect(text.contains(#""base64":"//4=""#))
        #expect(text.contains(#""text":"data: {}\n\n""#))
        let parsed = try RecordedExchange.exchanges(inRecording: text)
        #expect(parsed == [original])

        let (_, body) = try await ReplayTransport(exchanges: parsed).send(HTTPRequest(
            method: "POST", url: "https://elsewhere.example/v1/greetings?x=1", body: Array(#"{"message":"hello"}"#.utf8)))
        var chunks: [[UInt8]] = []
        await #expect(throws: TransportError.connectionLost(detail: "replayed failure: connection lost: reset")) {
            for try await chunk in body { chunks.append(chunk) }
        }
        #expect(chunks == original.chunks.map(\.bytes))
    }

    @Test("a malformed recording is rejected with its line number")
    func malformedRecording() throws {
        #expect(throws: RecordingFormatError(source: "bad.jsonl", line: 2, message: "exchange 7 has no request line before it")) {
            try ReplayTransport(recording: "\n" + #"{"exchange":7,"kind":"end","ms":1}"#, source: "bad.jsonl")
        }
        #expect(throws: RecordingFormatError.self) { try ReplayTransport(recording: #"{"exchange":1,"kind":"request","format":1,"method":"GET","path":"/"}"#) }
    }
}
