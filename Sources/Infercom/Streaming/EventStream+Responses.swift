/// Conveniences of a streamed response. Each reads the stream's single pass: use one of them, or
/// iterate the events yourself; `finalResponse()` and `accumulatedResponse` also work afterwards.
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

    /// The final response — the same value a non-streaming call returns.
    ///
    /// Reads the stream to its end if nobody has (sending the request then); after the events
    /// were read, returns what they accumulated without sending anything.
    ///
    /// - Throws: What ended the stream: `ClientError.streamEndedEarly` (its `partialResponse` holds
    ///   what did arrive), `.streamFailed`, `.transport`, …; `.streamAlreadyConsumed` while another
    ///   iterator is reading the stream, or after one stopped before the terminal event. After any
    ///   failure `accumulatedResponse` still holds what arrived.
    public func finalResponse() async throws -> Response {
        let value = try await accumulatedResult()
        guard let response = value as? Response else {
            throw ClientError.streamFailed(ServerFailure(
                operationID: operationID, message: "the stream ended before the server sent a response"))
        }
        return response
    }

    /// The response the events read so far add up to: partial while the stream runs (status
    /// `in_progress`, the text so far), final after its terminal event; `nil` before the first
    /// event that carries a response. Reading it sends nothing.
    public var accumulatedResponse: Response? { accumulatedValue as? Response }
}
