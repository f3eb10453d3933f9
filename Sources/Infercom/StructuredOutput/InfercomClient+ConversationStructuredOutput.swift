extension InfercomClientProtocol {
    /// One turn of a conversation whose answer is shaped as `T`: the conversation form of
    /// ``createResponse(_:returning:reaskOnMismatch:options:)``.
    ///
    /// `request.input` is appended to `conversation` and the history validated, as in
    /// ``createResponse(_:continuing:options:)``; `text.format` is set to the strict schema of `T`.
    /// On success the conversation holds the answer (and, after a re-ask, the invalid answer and
    /// the message that named what was wrong, as the model saw them). `conversation` changes only
    /// when a valid `T` arrived.
    ///
    /// - Throws: ``SchemaDerivationError`` or ``ConversationError`` before anything is sent;
    ///   ``StructuredOutputError`` carrying the raw text and every response; otherwise what
    ///   `createResponse(_:options:)` throws.
    public func createResponse<T: Decodable & Sendable>(
        _ request: CreateResponseRequest, continuing conversation: inout Conversation, returning type: T.Type,
        reaskOnMismatch: Bool = false, options: RequestOptions = .init()
    ) async throws -> StructuredResponse<T> {
        let schema = try JSONSchema(for: T.self)
        var next = try conversation.appending(request.input)
        try next.validate()
        let structured = next.request(from: request).requestingJSON(matching: schema, for: T.self)
        let first = try await createResponse(structured, options: options)
        next.append(first)
        do {
            let value = try first.structuredValue(T.self, schema: schema)
            conversation = next
            return StructuredResponse(value: value, response: first, responses: [first])
        } catch var failure {
            failure.responses = [first]
            guard reaskOnMismatch else { throw failure }
            next.append(CreateResponseRequest.reask(after: failure))
            try next.validate()
            let second = try await createResponse(next.request(from: structured), options: options)
            next.append(second)
            do {
                let value = try second.structuredValue(T.self, schema: schema)
                conversation = next
                return StructuredResponse(value: value, response: second, responses: [first, second])
            } catch var again {
                again.responses = [first, second]
                throw again
            }
        }
    }
}
