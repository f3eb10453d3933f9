extension InfercomClientProtocol {
    /// Asks for an answer shaped as `T` and returns it decoded.
    ///
    /// Sets `request.text.format` to `json_schema` with the strict schema derived from `T` (see
    /// ``JSONSchema/init(for:)``), replacing any format the request had. Infercom does not enforce
    /// the schema, so the answer is checked against it here before it is decoded. With
    /// `reaskOnMismatch`, an answer that is not valid is answered once with what is wrong (a second
    /// request carrying the first answer and the validation error); the caller opts into that
    /// second request, it is never made otherwise.
    ///
    /// ```swift
    /// let forecast = try await client.createResponse(request, returning: Forecast.self).value
    /// ```
    ///
    /// - Throws: ``SchemaDerivationError`` (nothing sent) for a type the schema cannot describe;
    ///   ``StructuredOutputError`` carrying the raw text and every response for an answer that is
    ///   not a valid `T`; otherwise what `createResponse(_:options:)` throws.
    public func createResponse<T: Decodable & Sendable>(
        _ request: CreateResponseRequest, returning type: T.Type, reaskOnMismatch: Bool = false,
        options: RequestOptions = .init()
    ) async throws -> StructuredResponse<T> {
        let schema = try JSONSchema(for: T.self)
        let structured = request.requestingJSON(matching: schema, for: T.self)
        let first = try await createResponse(structured, options: options)
        do {
            return StructuredResponse(value: try first.structuredValue(T.self, schema: schema), response: first, responses: [first])
        } catch var failure {
            failure.responses = [first]
            guard reaskOnMismatch else { throw failure }
            let second = try await createResponse(structured.reasking(after: first, failure: failure), options: options)
            do {
                return StructuredResponse(value: try second.structuredValue(T.self, schema: schema), response: second, responses: [first, second])
            } catch var again {
                again.responses = [first, second]
                throw again
            }
        }
    }

    /// Streams an answer shaped as `T`: the events as they arrive, the typed value at the end
    /// (``StructuredResponseStream/value()``). Sets `text.format` like
    /// ``createResponse(_:returning:reaskOnMismatch:options:)``; a stream is not re-asked.
    ///
    /// - Throws: ``SchemaDerivationError`` (nothing sent) for a type the schema cannot describe.
    public func createResponseStream<T: Decodable & Sendable>(
        _ request: CreateResponseRequest, returning type: T.Type, options: RequestOptions = .init()
    ) throws(SchemaDerivationError) -> StructuredResponseStream<T> {
        let schema = try JSONSchema(for: T.self)
        let events = createResponseStream(request.requestingJSON(matching: schema, for: T.self), options: options)
        return StructuredResponseStream(events: events, schema: schema)
    }
}

extension CreateResponseRequest {
    /// This request with `text.format` set to the strict `json_schema` format of `schema`.
    func requestingJSON<T>(matching schema: JSONSchema, for type: T.Type) -> CreateResponseRequest {
        var request = self
        var text = request.text ?? TextConfig()
        let described = (T.self as? any JSONSchemaDescribing.Type)?.schemaDescription
        text.format = .jsonSchema(TextFormatJSONSchema(
            name: Self.formatName(for: T.self), description: described, schema: schema.object, strict: true))
        request.text = text
        return request
    }

    /// The format name: the type's name in the characters the API allows (letters, digits, `_`, `-`), at most 64.
    static func formatName(for type: Any.Type) -> String {
        let allowed = String(describing: type).map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") ? $0 : "_" }
        let name = String(allowed.prefix(64))
        return name.isEmpty ? "answer" : name
    }

    /// The follow-up that shows the model its invalid answer and what is wrong with it.
    func reasking(after response: Response, failure: StructuredOutputError) -> CreateResponseRequest {
        var request = self
        var history: [InputItem]
        switch input {
        case .text(let text): history = [.user(text)]
        case .items(let items): history = items
        case .unknown(let value): history = [.unknown(value)]
        }
        history += response.outputAsInput
        history.append(Self.reask(after: failure))
        request.input = .items(history)
        return request
    }

    /// The user message that tells the model what is wrong with its answer.
    static func reask(after failure: StructuredOutputError) -> InputItem {
        .user("Your answer does not match the required JSON schema: \(failure.detail). Answer again with only a JSON value that matches the schema.")
    }
}

extension Response {
    /// The answer text read as `T`.
    func structuredValue<T: Decodable>(_ type: T.Type, schema: JSONSchema) throws(StructuredOutputError) -> T {
        let text = outputText
        guard status == .completed, output.contains(where: { if case .message = $0 { true } else { false } }) else {
            throw StructuredOutputError(
                kind: .noAnswer, rawText: text, responses: [self],
                detail: status == .completed ? "the response holds no message" : "the response's status is \(status.rawValue)")
        }
        return try StructuredOutput.decode(T.self, from: text, schema: schema)
    }
}
