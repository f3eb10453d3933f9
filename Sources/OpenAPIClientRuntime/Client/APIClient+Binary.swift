/// Binary responses (`application/octet-stream`, `image/png`, `audio/mpeg`, …), handed over as
/// they arrive so a large download never has to fit in memory.
extension APIClient {
    /// Sends `request` and returns the 2xx body unread, with the response's metadata.
    ///
    /// Retries (per the policy) happen before a body is returned; the body is then read once, by
    /// the caller. A failure while reading it is thrown by the body's iterator (a `TransportError`),
    /// so a shortened download is never mistaken for a complete one.
    ///
    /// - Parameter accept: the media type the spec declares for the response, sent as `Accept`.
    @_spi(Generated) public func performBinary(
        _ request: OperationRequest, accept: String, options: RequestOptions = .init()
    ) async throws -> APIResult<HTTPBody> {
        let httpRequest = try makeHTTPRequest(request, accept: accept, options: options)
        var retry = RetryState(policy: options.retryPolicy ?? configuration.retryPolicy, operationID: request.operationID)
        let (head, body) = try await exchange(httpRequest, retry: &retry)
        return APIResult(value: body, metadata: ResponseMetadata(head: head, attempts: retry.attempts))
    }
}
