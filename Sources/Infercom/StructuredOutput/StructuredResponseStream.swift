/// A streamed structured answer: iterate the events as they arrive, then ask for ``value()``.
///
/// The events are read once (an `EventStream`): ``value()`` after iterating returns what they
/// added up to without sending anything more; without iterating it reads the stream itself.
public struct StructuredResponseStream<Value: Decodable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = ResponseStreamEvent

    /// The underlying events.
    public let events: EventStream<ResponseStreamEvent>
    /// The schema the answer is checked against.
    public let schema: JSONSchema

    /// Wraps `events`; `createResponseStream(_:returning:options:)` is what makes these.
    public init(events: EventStream<ResponseStreamEvent>, schema: JSONSchema) {
        self.events = events
        self.schema = schema
    }

    /// An iterator over the stream's single pass.
    public func makeAsyncIterator() -> EventStream<ResponseStreamEvent>.AsyncIterator { events.makeAsyncIterator() }

    /// The answer decoded, once the stream is complete.
    ///
    /// - Throws: ``StructuredOutputError`` for an answer that is not a valid `Value`; what
    ///   `finalResponse()` throws for a stream that failed.
    public func value() async throws -> StructuredResponse<Value> {
        let response = try await events.finalResponse()
        return StructuredResponse(value: try response.structuredValue(Value.self, schema: schema), response: response, responses: [response])
    }
}
