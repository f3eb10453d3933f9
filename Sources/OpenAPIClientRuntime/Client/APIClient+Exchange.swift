import Foundation

extension APIClient {
    /// Largest success body `perform` reads into memory.
    static let bodyLimit = 64 << 20
    /// Largest error body read; more is never needed to explain an error.
    static let errorBodyLimit = 64 << 10

    /// Sends `request` until a 2xx head arrives; retries as the policy allows in between.
    ///
    /// - Throws: `ClientError.api` for an error status that is not retried (its body read),
    ///   `ClientError.transport` when no response arrived.
    func exchange(_ request: HTTPRequest, retry: inout RetryState) async throws(ClientError) -> (HTTPResponseHead, HTTPBody) {
        while true {
            try retry.startAttempt()
            let head: HTTPResponseHead
            let body: HTTPBody
            do {
                var attempt = request
                if let observer = retry.observer { attempt = await observer.prepare(request, attempt: retry.attempts) }
                (head, body) = try await configuration.transport.send(attempt)
            } catch {
                let failure = TransportError(wrapping: error, duringBody: false)
                if try await retry.waitAfter(failure) { continue }
                throw retry.failure(failure)
            }
            if let observer = retry.observer { await observer.responseHead(head, attempt: retry.attempts) }
            if (200..<300).contains(head.status) { return (head, body) }

            let bytes = await Self.readErrorBody(body)
            let requested = RetryAfter.delay(in: head.headers, now: Date()).flatMap { $0 > .zero ? $0 : nil }
            let decision = retry.policy.decision(status: head.status, headers: head.headers, retriesSoFar: retry.retriesSoFar)
            if try await retry.wait(decision, reason: .status(head.status)) { continue }
            throw .api(APIFailure(
                operationID: retry.operationID, head: head, body: bytes, errorFields: configuration.errorFields ?? .none, retryAfter: requested, attempts: retry.attempts))
        }
    }

    /// Sends `request` and reads the whole 2xx body, retrying a broken exchange only while none
    /// of the body has arrived.
    func fetch(
        _ request: OperationRequest, accept: String, options: RequestOptions, observer: CallObserver? = nil
    ) async throws(ClientError) -> (ResponseMetadata, [UInt8]) {
        let httpRequest = try makeHTTPRequest(request, accept: accept, options: options)
        var retry = RetryState(policy: options.retryPolicy ?? configuration.retryPolicy, operationID: request.operationID)
        retry.observer = observer
        while true {
            let (head, body) = try await exchange(httpRequest, retry: &retry)
            var bytes: [UInt8] = []
            do {
                for try await chunk in body {
                    if bytes.count + chunk.count > Self.bodyLimit { throw TransportError.bodyTooLarge(limit: Self.bodyLimit) }
                    bytes += chunk
                }
                return (ResponseMetadata(head: head, attempts: retry.attempts), bytes)
            } catch {
                let failure = TransportError(wrapping: error, duringBody: true)
                if bytes.isEmpty, try await retry.waitAfter(failure) { continue }
                throw retry.failure(failure)
            }
        }
    }

    /// The start of an error body; a failure while reading only shortens it.
    private static func readErrorBody(_ body: HTTPBody) async -> [UInt8] {
        var bytes: [UInt8] = []
        do {
            for try await chunk in body {
                bytes += chunk.prefix(errorBodyLimit - bytes.count)
                if bytes.count >= errorBodyLimit { break }
            }
        } catch {
            // Keep what arrived: the status alone still explains the failure.
        }
        return bytes
    }
}
