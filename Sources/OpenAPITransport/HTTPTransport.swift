/// Moves bytes: sends one request and yields the response head and its body as it arrives.
///
/// This module holds only the protocol and the values it moves, so a transport depends on nothing
/// else. `CurlTransport` (module `OpenAPICurlTransport`) and `URLSessionTransport` (module
/// `OpenAPIURLSessionTransport`) implement it; `DefaultTransport` picks one per platform, and
/// tests and users can substitute their own.
/// Implementations must honour task cancellation (abort the exchange promptly) and the request's
/// `timeouts`, and must throw `TransportError` for failures below HTTP.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws -> (HTTPResponseHead, HTTPBody)
}
