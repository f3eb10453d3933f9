import Foundation
import Infercom
import Testing

/// `ClientMiddleware`: the order of its callbacks, what it may change, and what it never sees.
@Suite("Middleware")
struct MiddlewareTests {
    static let request = CreateResponseRequest(model: "gpt-oss-120b", input: "Tell me a story")

    static func client(_ transport: any HTTPTransport, _ middlewares: [any ClientMiddleware], sleeps: SleepRecorder = SleepRecorder()) -> InfercomClient {
        var configuration = ClientConfiguration(
            baseURL: "https://api.infercom.ai/v1", apiKey: secretKey, retryPolicy: sleeps.policy(), transport: transport)
        configuration.middlewares = middlewares
        return InfercomClient(configuration: configuration)
    }

    static func fixtureText(_ name: String) throws -> String {
        String(decoding: try #require(Fixtures.bytes(name)), as: UTF8.self)
    }

    @Test("a retried request reports send, head, retry with reason and delay, send, head, completion — in that order")
    func retriedRequestOrder() async throws {
        let log = EventLog()
        let transport = MockTransport(
            .json(503, #"{"error":{"message":"busy"}}"#), .failure(.connectionFailed(detail: "refused")),
            .json(200, try Self.fixtureText("response-infercom-example.json")))
        _ = try await Self.client(transport, [log]).createResponse(Self.request)

        #expect(log.steps == [
            "send#1", "head#1 503", "retry#1 HTTP 503 after 0.5 seconds",
            "send#2", "retry#2 connection failed: refused after 1.0 seconds",
            "send#3", "head#3 200", "completed attempts=3 events=0",
        ])
        #expect(Set(log.events.map(\.call.id)).count == 1, "every event names the same call")
    }

    @Test("a stream reports its head, each event in order, then completion with the time to first event and the usage")
    func streamOrderAndTimeToFirstEvent() async throws {
        let transcript = try #require(Fixtures.bytes("stream-transcript.sse"))
        // The events arrive 80 ms after the head: the time to first event must include that wait.
        let exchange = RecordedExchange(
            number: 1, method: "POST", path: "/v1/responses",
            requestBody: Array(#"{"model":"gpt-oss-120b","input":"Tell me a story","stream":true}"#.utf8),
            head: .init(status: 200, headers: ["Content-Type": "text/event-stream"]),
            chunks: [.init(offset: .milliseconds(80), bytes: transcript)])
        let log = EventLog()
        let client = Self.client(ReplayTransport(exchanges: [exchange], timing: .recorded), [log])

        var received = 0
        for try await _ in client.createResponseStream(Self.request) { received += 1 }

        #expect(received == 15)
        #expect(log.steps == ["send#1", "head#1 200"] + (0..<15).map { "event#\($0)" } + ["completed attempts=1 events=15"])
        let completion = try #require(log.events.last?.completion)
        let firstEvent = try #require(completion.timings.timeToFirstEvent)
        #expect(firstEvent >= .milliseconds(80))
        #expect(try #require(completion.timings.timeToResponseHead) <= firstEvent)
        #expect(firstEvent <= completion.timings.total)
        #expect(completion.usage == TokenUsage(inputTokens: 78, outputTokens: 126, totalTokens: 204))
        #expect((completion.value as? Response)?.status == .completed)
        #expect(log.events.compactMap(\.observedEvent).first?.elapsed == firstEvent)
    }

    @Test("a stream whose reader stops at the terminal event still reports completion")
    func streamCompletesAtTerminalEvent() async throws {
        let log = EventLog()
        let transport = MockTransport(.events([try Self.fixtureText("stream-transcript.sse")]))
        for try await event in Self.client(transport, [log]).createResponseStream(Self.request) {
            if case .responseCompleted = event { break }
        }
        #expect(log.steps.last == "completed attempts=1 events=15")
    }

    @Test("a middleware adds a header to every attempt and observes the final usage of a plain call")
    func addsHeaderAndSeesUsage() async throws {
        let log = EventLog(adding: ["X-Trace-Id": "trace-42"])
        let transport = MockTransport(.json(500, "{}"), .json(200, try Self.fixtureText("response-infercom-example.json")))
        let response = try await Self.client(transport, [log]).createResponse(Self.request)

        #expect(transport.requests.map { $0.headers["X-Trace-Id"] } == ["trace-42", "trace-42"])
        let completion = try #require(log.events.last?.completion)
        #expect(completion.usage != nil)
        #expect(completion.usage == response.tokenUsage)
    }

    @Test("a failed call ends with one failed event carrying the error the caller gets")
    func failureIsReported() async throws {
        let log = EventLog()
        let transport = MockTransport(.json(400, #"{"error":{"message":"bad input","code":"invalid"}}"#))
        let error = await clientError { _ = try await Self.client(transport, [log]).createResponse(Self.request) }
        #expect(error?.status == 400)
        #expect(log.steps == ["send#1", "head#1 400", "failed api"])
    }

    @Test("the key reaches observers only redacted; only prepare(_:for:) sees it in clear text")
    func keyIsRedactedUnlessRequested() async throws {
        let log = EventLog()
        let inspector = RequestInspector()
        let transport = MockTransport(.events([try Self.fixtureText("stream-transcript.sse")]))
        for try await _ in Self.client(transport, [log, inspector]).createResponseStream(Self.request) {}

        let sent = try #require(log.events.first?.sent)
        #expect(sent.headers["Authorization"] == "<redacted>")
        #expect(sent.headers["X-Signed"] == "yes", "observers see the request as prepared")
        for event in log.events { #expect(!String(describing: event).contains(secretKey)) }
        #expect(inspector.authorizations == ["Bearer \(secretKey)"])
        #expect(transport.requests.first?.headers["Authorization"] == "Bearer \(secretKey)", "the transport still gets the key")
    }

    @Test("middlewares run in order: a later one sees the headers an earlier one added")
    func middlewaresRunInOrder() async throws {
        let first = EventLog(adding: ["X-First": "1"])
        let second = EventLog()
        let transport = MockTransport(.json(200, try Self.fixtureText("response-infercom-example.json")))
        _ = try await Self.client(transport, [first, second]).createResponse(Self.request)
        #expect(second.events.first?.sent?.headers["X-First"] == "1")
    }
}
