extension Conversation {
    /// This conversation with a request's `input` appended: text as a user message, items as they are.
    ///
    /// - Throws: ``ConversationError`` (`unsupportedInput`) for an input of neither shape.
    public func appending(_ input: ResponseInput) throws(ConversationError) -> Conversation {
        var next = self
        switch input {
        case .text(let text): next.append(user: text)
        case .items(let items): next.append(contentsOf: items)
        case .unknown:
            throw ConversationError(
                index: items.count, kind: .unsupportedInput, detail: "the request's input is neither text nor a list of items")
        }
        return next
    }

    /// `request` with this conversation's items as its `input`.
    public func request(from request: CreateResponseRequest) -> CreateResponseRequest {
        var request = request
        request.input = .items(items)
        return request
    }
}

extension InfercomClientProtocol {
    /// Sends one turn of a conversation and appends the answer to it.
    ///
    /// `request.input` is the turn's new input (text is a user message; pass `[]` to send the
    /// history as it is): it is appended to `conversation`, the result is validated, and the whole
    /// history is sent with the other settings of `request`. The response's output items and usage
    /// are appended. `conversation` changes only when the call succeeds.
    ///
    /// - Throws: ``ConversationError`` before anything is sent when the history breaks a rule;
    ///   otherwise what `createResponse(_:options:)` throws.
    public func createResponse(
        _ request: CreateResponseRequest, continuing conversation: inout Conversation, options: RequestOptions = .init()
    ) async throws -> Response {
        var next = try conversation.appending(request.input)
        try next.validate()
        let response = try await createResponse(next.request(from: request), options: options)
        next.append(response)
        conversation = next
        return response
    }

    /// Starts one streamed turn of a conversation.
    ///
    /// `request.input` is appended to `conversation` at once (text as a user message) and the
    /// history is validated; the stream sends it when first read. Append the answer yourself with
    /// `conversation.append(try await stream.finalResponse())` once the stream is complete.
    ///
    /// - Throws: ``ConversationError`` before anything is sent when the history breaks a rule
    ///   (`conversation` is then unchanged).
    public func createResponseStream(
        _ request: CreateResponseRequest, continuing conversation: inout Conversation, options: RequestOptions = .init()
    ) throws(ConversationError) -> EventStream<ResponseStreamEvent> {
        let next = try conversation.appending(request.input)
        try next.validate()
        conversation = next
        return createResponseStream(next.request(from: request), options: options)
    }
}
