extension EventStream where Event == ResponseStreamEvent {
    /// The pieces of visible answer text, as they arrive.
    ///
    /// ```swift
    /// for try await text in client.createResponseStream(request).textDeltas { print(text, terminator: "") }
    /// ```
    public var textDeltas: AsyncThrowingCompactMapSequence<EventStream, String> {
        compactMap { event in
            if case .responseOutputTextDelta(let delta) = event { return delta.delta }
            return nil
        }
    }

    /// The pieces of the model's reasoning text, as they arrive.
    public var reasoningDeltas: AsyncThrowingCompactMapSequence<EventStream, String> {
        compactMap { event in
            if case .responseReasoningTextDelta(let delta) = event { return delta.delta }
            return nil
        }
    }

    /// The pieces of function-call arguments, with the output index of the call they belong to.
    public var functionCallArgumentDeltas: AsyncThrowingCompactMapSequence<EventStream, (outputIndex: Int, delta: String)> {
        compactMap { event in
            if case .responseFunctionCallArgumentsDelta(let delta) = event { return (delta.outputIndex, delta.delta) }
            return nil
        }
    }

    /// Reads the whole stream and returns the final response — the same value a non-streaming
    /// call returns. Throws if the stream fails or ends before any response snapshot arrived.
    public func finalResponse() async throws -> Response {
        var accumulator = ResponseAccumulator()
        for try await event in self {
            try accumulator.apply(event, operationID: operationID)
        }
        guard let response = accumulator.response else {
            throw ClientError.streamFailed(ServerFailure(
                operationID: operationID, message: "the stream ended before the server sent a response"))
        }
        return response
    }
}
