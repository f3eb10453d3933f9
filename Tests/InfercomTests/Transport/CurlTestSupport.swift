#if LibcurlTransport
@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport
@testable import OpenAPICurlTransport

extension CurlTransport {
    /// A transport with its own connection pool, so counters and connections are this test's alone.
    static func isolated(bufferLimit: Int = 1 << 20, maxConnectionsPerHost: Int = 0) -> CurlTransport {
        CurlTransport(configuration: .init(maxBufferedBodyBytes: bufferLimit, maxConnectionsPerHost: maxConnectionsPerHost))
    }

    /// Sends `request` and collects the whole body as text.
    func text(_ request: HTTPRequest) async throws -> (HTTPResponseHead, String) {
        let (head, body) = try await send(request)
        return (head, String(decoding: try await body.collect(), as: UTF8.self))
    }
}

#endif
