extension APIClient {
    /// Sends `request` whose documented 2xx responses differ by status (another body, or none):
    /// `decode` gets the status and the body and returns the value for that status, as the
    /// generated `…Response` enums of such operations do. Whatever it throws, an undocumented
    /// status included, becomes `ClientError.decoding` with the status and the body that arrived:
    /// a body is never decoded as the type of another status.
    @_spi(Generated) public func perform<Output: Sendable>(
        _ request: OperationRequest, options: RequestOptions = .init(),
        byStatus decode: (_ status: Int, _ body: ResponseBody) throws -> Output
    ) async throws -> APIResult<Output> {
        let observer = CallObserver.start(request, streaming: false, configuration: configuration)
        do {
            let (metadata, bytes) = try await fetch(request, accept: "application/json", options: options, observer: observer)
            let value: Output
            do {
                value = try decode(metadata.status, ResponseBody(bytes: bytes))
            } catch {
                throw ClientError.decoding(
                    DecodingFailure(operationID: request.operationID, type: Output.self, error: error, body: bytes, status: metadata.status))
            }
            let result = APIResult(value: value, metadata: metadata)
            await observer?.completed(metadata: metadata, value: result.value)
            return result
        } catch {
            await observer?.failed(error)
            throw error
        }
    }
}

/// A 2xx body, for the generated code that decodes it by status.
@_spi(Generated) public struct ResponseBody: Sendable {
    let bytes: [UInt8]

    /// The body as JSON of type `T`, with the client's decoder.
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JSONCoding.decode(T.self, from: bytes)
    }
}

/// A 2xx status the spec does not list among the operation's responses, whose body therefore has
/// no type to be decoded as.
@_spi(Generated) public struct UndocumentedStatus: Error, CustomStringConvertible {
    public let status: Int
    public init(status: Int) { self.status = status }
    public var description: String { "status \(status) is not among the operation's documented responses" }
}
