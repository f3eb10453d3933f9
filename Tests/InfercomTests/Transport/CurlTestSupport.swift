#if LibcurlTransport
@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport
@testable import OpenAPICurlTransport

/// Limits for test requests: generous for a loaded 2-core machine, yet no test can hang for long.
let testTimeouts = Timeouts(connect: .seconds(5), total: .seconds(15), idle: .seconds(10))

extension HTTPRequest {
    static func get(_ url: String, headers: HTTPFields = [:], timeouts: Timeouts = testTimeouts) -> HTTPRequest {
        HTTPRequest(method: "GET", url: url, headers: headers, timeouts: timeouts)
    }
}

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

/// Whether `error` is the transport's cancellation (or Swift's own, which a cancelled await may surface).
func isCancellation(_ error: (any Error)?) -> Bool {
    error as? TransportError == .cancelled || error is CancellationError
}
#endif
