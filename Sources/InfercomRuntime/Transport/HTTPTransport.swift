/// Moves bytes: sends one request and yields the response head and its body as it arrives.
///
/// The library's default is `CurlTransport`; `URLSessionTransport` serves Apple platforms, and tests
/// and users can substitute their own.
/// Implementations must honour task cancellation (abort the exchange promptly) and the request's
/// `timeouts`, and must throw `TransportError` for failures below HTTP.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws -> (HTTPResponseHead, HTTPBody)
}
