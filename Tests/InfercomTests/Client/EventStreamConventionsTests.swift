import Foundation
import Infercom
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// An end marker and error events of their own shape are an API's conventions: `EventStream`
/// applies them only for event types that declare them, so another spec's bindings inherit neither.
@Suite("Stream conventions belong to the event type, not the runtime")
struct EventStreamConventionsTests {
    /// A JSON event with no conventions declared.
    struct PlainEvent: Decodable, Sendable, Equatable {
        var type: String
        var sequenceNumber: Int

        enum CodingKeys: String, CodingKey {
            case type
            case sequenceNumber = "sequence_number"
        }
    }

    /// An event type whose API ends streams with `data: END`.
    struct MarkedEvent: Decodable, Sendable, Equatable, EventStreamConventions {
        var type: String
        static var endMarker: String? { "END" }
    }

    static let first = sseEvent(#"{"type":"first","sequence_number":0}"#)

    @Test("without declared conventions, data: [DONE] is data like any other: a JSON event type cannot decode it")
    func doneIsDataWithoutConventions() async throws {
        let transport = MockTransport(.events([Self.first, "data: [DONE]\n\n"]))
        let error = await clientError {
            _ = try await collectEvents(mockClient(transport).stream(createResponse, as: PlainEvent.self))
        }
        guard let failure = error?.decodingFailure else {
            Issue.record("expected .decoding, got \(String(describing: error))")
            return
        }
        #expect(failure.snippet.contains("[DONE]"))
    }

    @Test("without declared conventions, an error event that does not decode is a decoding error, not a server failure")
    func errorEventIsNotGuessed() async throws {
        let transport = MockTransport(.events([sseEvent(#"{"type":"error","message":"boom"}"#, event: "error")]))
        let error = await clientError {
            _ = try await collectEvents(mockClient(transport).stream(createResponse, as: PlainEvent.self))
        }
        guard error?.kind == .decoding else {
            Issue.record("expected .decoding, got \(String(describing: error))")
            return
        }
    }

    @Test("an event type's own end marker ends its stream, and [DONE] means nothing to it")
    func ownEndMarker() async throws {
        let transport = MockTransport(
            .events([sseEvent(#"{"type":"a"}"#), "data: END\n\n", sseEvent(#"{"type":"after the end"}"#)]))
        let events = try await collectEvents(mockClient(transport).stream(createResponse, as: MarkedEvent.self))
        #expect(events == [MarkedEvent(type: "a")])

        let done = MockTransport(.events(["data: [DONE]\n\n"]))
        guard await clientError({
            _ = try await collectEvents(mockClient(done).stream(createResponse, as: MarkedEvent.self))
        })?.kind == .decoding else {
            Issue.record("[DONE] should be decoded as data for an API whose marker is END")
            return
        }
    }

    @Test("Infercom's events declare the OpenAI conventions: [DONE], and error events in the flat or enveloped shape")
    func infercomConventions() throws {
        #expect(ResponseStreamEvent.endMarker == "[DONE]")
        let flat = ServerSentEvent(event: "error", data: #"{"code":"server_error","message":"boom","sequence_number":3}"#)
        let failure = try #require(ResponseStreamEvent.failure(in: flat, operationID: "op"))
        #expect(failure.message == "boom" && failure.code == "server_error" && failure.sequenceNumber == 3)
        let envelope = ServerSentEvent(event: nil, data: #"{"type":"error","error":{"message":"full","type":"server_error"}}"#)
        #expect(ResponseStreamEvent.failure(in: envelope, operationID: "op")?.type == "server_error")
        let ordinary = ServerSentEvent(event: nil, data: #"{"type":"response.created"}"#)
        #expect(ResponseStreamEvent.failure(in: ordinary, operationID: "op") == nil)
    }
}
