import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

@Suite("API client: event streams")
struct EventStreamTests {
    static let created = sseEvent(#"{"type":"response.created","sequence_number":0}"#, event: "response.created")
    static let delta = sseEvent(#"{"type":"response.output_text.delta","sequence_number":1,"delta":"Hi"}"#, event: "response.output_text.delta")
    static let completed = sseEvent(#"{"type":"response.completed","sequence_number":2}"#, event: "response.completed")

    @Test("Events are decoded in order and the metadata is available once the head arrived")
    func decodesEvents() async throws {
        let transport = MockTransport(.events([Self.created + Self.delta, Self.completed], headers: ["x-request-id": "req_s"]))
        let stream = mockClient(transport).stream(createResponse, as: TestStreamEvent.self)
        #expect(stream.metadata == nil)
        var iterator = stream.makeAsyncIterator()
        #expect(try await iterator.next() == .created(sequence: 0))
        #expect(stream.metadata?.requestID == "req_s")
        #expect(stream.metadata?.status == 200)
        #expect(try await iterator.next() == .textDelta(sequence: 1, delta: "Hi"))
        #expect(try await iterator.next() == .completed(sequence: 2))
        #expect(try await iterator.next() == nil)
    }

    @Test(
        "The fixture transcript decodes from first to last event",
        .enabled(if: Fixtures.exists("stream-transcript.sse"), "Tests/Fixtures/stream-transcript.sse is absent"))
    func fixtureTranscript() async throws {
        let bytes = try #require(Fixtures.bytes("stream-transcript.sse"))
        let transport = MockTransport(.response(status: 200, headers: [:], body: .scripted(stride(from: 0, to: bytes.count, by: 97).map {
            Array(bytes[$0..<min($0 + 97, bytes.count)])
        })))
        let events = try await collectEvents(mockClient(transport).stream(createResponse, as: TestStreamEvent.self))
        #expect(events.first == .created(sequence: 0))
        guard case .completed? = events.last else { Issue.record("last event is \(String(describing: events.last))"); return }
        #expect(events.map(\.sequence) == Array(0..<events.count))
    }

    @Test("A stream can be consumed from the main actor")
    @MainActor
    func mainActorConsumer() async throws {
        let stream = mockClient(MockTransport(.events([Self.created]))).stream(createResponse, as: TestStreamEvent.self)
        var count = 0
        for try await _ in stream { count += 1 }
        #expect(count == 1)
    }

    @Test("Nothing is sent until the first next()")
    func startsLazily() async throws {
        let transport = MockTransport(.events([Self.created]))
        let stream = mockClient(transport).stream(createResponse, as: TestStreamEvent.self)
        var iterator = stream.makeAsyncIterator()
        #expect(transport.requests.isEmpty)
        _ = try await iterator.next()
        #expect(transport.requests.count == 1)
    }

    @Test("Events with empty data are skipped and data: [DONE] ends the stream")
    func skipsEmptyAndStopsAtDone() async throws {
        let transport = MockTransport(.events([": keep-alive\n\n", "event: ping\ndata:\n\n", Self.created, "data: [DONE]\n\n", Self.delta]))
        let events = try await collectEvents(mockClient(transport).stream(createResponse, as: TestStreamEvent.self))
        #expect(events == [.created(sequence: 0)])
    }

    @Test("A stream that breaks before its first event is retried")
    func retriedBeforeFirstEvent() async throws {
        let sleeps = SleepRecorder()
        let transport = MockTransport(
            .events([": connected\n\n"], thenFail: .connectionLost(detail: "reset")), .events([Self.created, Self.completed]))
        let stream = mockClient(transport, sleeps: sleeps).stream(createResponse, as: TestStreamEvent.self)
        let events = try await collectEvents(stream)
        #expect(events == [.created(sequence: 0), .completed(sequence: 2)])
        #expect(transport.requests.count == 2)
        #expect(sleeps.durations == [.milliseconds(500)])
        #expect(stream.metadata?.attempts == 2)
    }

    @Test("A stream that breaks after its first event is not retried")
    func notRetriedAfterFirstEvent() async throws {
        let transport = MockTransport(.events([Self.created], thenFail: .connectionLost(detail: "reset")), .events([Self.created]))
        let stream = mockClient(transport).stream(createResponse, as: TestStreamEvent.self)
        var iterator = stream.makeAsyncIterator()
        #expect(try await iterator.next() == .created(sequence: 0))
        let error = await clientError { _ = try await iterator.next() }
        guard let failure = error?.transportFailure else { Issue.record("got \(String(describing: error))"); return }
        #expect(failure.error == .connectionLost(detail: "reset"))
        #expect(transport.requests.count == 1)
        #expect(try await iterator.next() == nil)
    }

    @Test("Error statuses are retried and then thrown like any call")
    func errorStatuses() async throws {
        let transport = MockTransport(.text(503, "Service Temporarily Unavailable"), .events([Self.created]), .bytes(401, Fixtures.bytes("error-invalid-api-key.json") ?? []))
        let client = mockClient(transport)
        #expect(try await collectEvents(client.stream(createResponse, as: TestStreamEvent.self)) == [.created(sequence: 0)])
        let error = try #require(await clientError({ _ = try await collectEvents(client.stream(createResponse, as: TestStreamEvent.self)) })?.apiFailure)
        #expect(error.status == 401)
        #expect(transport.requests.count == 3)
    }

    @Test("An error event the event type cannot decode is thrown as a stream failure")
    func errorEvent() async throws {
        let errorEvent = Fixtures.bytes("stream-error-event.sse").map { String(decoding: $0, as: UTF8.self) }
            ?? sseEvent(#"{"type":"error","sequence_number":5,"code":"server_error","message":"The model failed to generate a response.","param":null}"#, event: "error")
        let transport = MockTransport(.events([Self.created, errorEvent, Self.completed]))
        let stream = mockClient(transport).stream(createResponse, as: TestStreamEvent.self)
        var iterator = stream.makeAsyncIterator()
        #expect(try await iterator.next() == .created(sequence: 0))
        let failure = try #require(await clientError({ _ = try await iterator.next() })?.serverFailure(ofKind: .streamFailed))
        #expect(failure.message == "The model failed to generate a response.")
        #expect(failure.code == "server_error")
        #expect(failure.param == nil)
        #expect(failure.sequenceNumber == 5)
        #expect(failure.description == "stream error server_error: The model failed to generate a response. (sequence 5)")
        #expect(try await iterator.next() == nil)
    }

    @Test("An error event in the nested envelope shape gives its message")
    func nestedErrorEvent() async throws {
        let body = sseEvent(#"{"error":{"message":"Queue is full","type":"server_error","code":"queue_full","param":null}}"#, event: "error")
        let transport = MockTransport(.events([body]))
        let failure = try #require(await clientError({ _ = try await collectEvents(mockClient(transport).stream(createResponse, as: TestStreamEvent.self)) })?.serverFailure(ofKind: .streamFailed))
        #expect(failure.message == "Queue is full")
        #expect(failure.code == "queue_full")
        #expect(failure.type == "server_error")
    }

    @Test("An error event the event type can decode is delivered as an event")
    func decodableErrorEvent() async throws {
        let transport = MockTransport(.events([sseEvent(#"{"message":"boom"}"#, event: "error")]))
        let events = try await collectEvents(mockClient(transport).stream(createResponse, as: JSONValue.self))
        #expect(events == [["message": "boom"]])
    }

    @Test("An event that does not decode throws a decoding error with a snippet")
    func undecodableEvent() async throws {
        let transport = MockTransport(.events([sseEvent(#"{"type":"response.output_text.delta","sequence_number":"one"}"#)]))
        let failure = try #require(await clientError({ _ = try await collectEvents(mockClient(transport).stream(createResponse, as: TestStreamEvent.self)) })?.decodingFailure)
        #expect(failure.path == "sequence_number")
        #expect(failure.snippet.contains(#""sequence_number":"one""#))
        #expect(failure.typeName == "TestStreamEvent")
    }
}
