/// Calls the operations of an HTTP JSON API: builds requests, retries, and turns responses into
/// values or typed errors. Generated bindings wrap one method per operation around it.
public struct APIClient: Sendable {
    /// Base URL, credentials, defaults and transport of every call, with the settings the given
    /// configuration left unset filled in from the client's `ClientDefaults`.
    public let configuration: ClientConfiguration

    /// A client of `configuration`; what it leaves unset (`userAgent`, `errorFields`) comes from
    /// `defaults`: the generated bindings pass their spec's, anything else gets the generic ones.
    public init(configuration: ClientConfiguration, defaults: ClientDefaults = .generic) {
        self.configuration = configuration.filled(from: defaults)
    }

    /// Sends `request` and decodes the JSON 2xx body as `Output`.
    @_spi(Generated) public func perform<Output: Decodable & Sendable>(
        _ request: OperationRequest, as: Output.Type = Output.self, options: RequestOptions = .init()
    ) async throws -> APIResult<Output> {
        let observer = CallObserver.start(request, streaming: false, configuration: configuration)
        guard let observer else { return try await decode(request, as: Output.self, options: options, observer: nil) }
        do {
            let result = try await decode(request, as: Output.self, options: options, observer: observer)
            await observer.completed(metadata: result.metadata, value: result.value)
            return result
        } catch {
            await observer.failed(error)
            throw error
        }
    }

    private func decode<Output: Decodable & Sendable>(
        _ request: OperationRequest, as: Output.Type, options: RequestOptions, observer: CallObserver?
    ) async throws -> APIResult<Output> {
        let (metadata, bytes) = try await fetch(request, accept: "application/json", options: options, observer: observer)
        let value: Output
        do {
            value = try JSONCoding.decode(Output.self, from: bytes)
        } catch {
            throw ClientError.decoding(
                DecodingFailure(operationID: request.operationID, type: Output.self, error: error, body: bytes, status: metadata.status))
        }
        if let reporting = value as? any ReportsServerFailure, let failure = reporting.serverFailure(operationID: request.operationID) {
            throw failure
        }
        return APIResult(value: value, metadata: metadata)
    }

    /// Sends `request` and returns the 2xx body as text, read in the charset the response's
    /// `Content-Type` names (UTF-8 when it names none; also US-ASCII and ISO-8859-1). Bytes that are
    /// not valid in that charset, or a charset it cannot read, fail with `ClientError.decoding`.
    ///
    /// - Parameter accept: the media type the spec declares for the response, sent as `Accept`.
    @_spi(Generated) public func performText(
        _ request: OperationRequest, accept: String = "text/plain", options: RequestOptions = .init()
    ) async throws -> APIResult<String> {
        let observer = CallObserver.start(request, streaming: false, configuration: configuration)
        do {
            let (metadata, bytes) = try await fetch(request, accept: accept, options: options, observer: observer)
            let text = try ResponseText.decode(bytes, contentType: metadata.headers["Content-Type"], operationID: request.operationID, status: metadata.status)
            let result = APIResult(value: text, metadata: metadata)
            await observer?.completed(metadata: metadata, value: result.value)
            return result
        } catch {
            await observer?.failed(error)
            throw error
        }
    }

    /// Sends `request` whose success has no body (such as 204); any body is read and dropped.
    @_spi(Generated) public func performEmpty(_ request: OperationRequest, options: RequestOptions = .init()) async throws -> ResponseMetadata {
        let observer = CallObserver.start(request, streaming: false, configuration: configuration)
        do {
            let metadata = try await fetch(request, accept: "application/json", options: options, observer: observer).0
            await observer?.completed(metadata: metadata, value: nil)
            return metadata
        } catch {
            await observer?.failed(error)
            throw error
        }
    }

    /// The `text/event-stream` response of `request`, each event's data decoded as `Event`.
    ///
    /// Nothing is sent until the first `next()`, and the stream is read once. See `EventStream`
    /// for how events, `[DONE]`, an early end and errors are handled.
    @_spi(Generated) public func stream<Event: Decodable & Sendable>(
        _ request: OperationRequest, as: Event.Type = Event.self, options: RequestOptions = .init()
    ) -> EventStream<Event> {
        EventStream(client: self, request: request, options: options)
    }
}
