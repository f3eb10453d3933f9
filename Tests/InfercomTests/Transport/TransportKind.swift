@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport

/// The transports the shared transport suite runs against.
/// Without the `LibcurlTransport` trait (`make test-without-curl`) only URLSession is there.
enum TransportKind: String, CaseIterable, Sendable, CustomStringConvertible {
    #if LibcurlTransport
    case curl
    #endif
    case urlSession

    var description: String { rawValue }

    /// A fresh transport with its own connection pool.
    func make(
        bufferLimit: Int = 1 << 20, trustRoots: TrustRoots = .system, proxy: ProxyConfiguration = .environment
    ) -> any HTTPTransport {
        switch self {
        #if LibcurlTransport
        case .curl:
            CurlTransport(configuration: .init(maxBufferedBodyBytes: bufferLimit, trustRoots: trustRoots, proxy: proxy))
        #endif
        case .urlSession:
            URLSessionTransport(configuration: .init(maxBufferedBodyBytes: bufferLimit, trustRoots: trustRoots, proxy: proxy))
        }
    }

    /// Whether this transport can trust a custom CA and take an explicit proxy on this platform.
    /// FoundationNetworking (URLSession on Linux) can do neither per session.
    var supportsCustomTLSAndProxy: Bool {
        #if canImport(FoundationNetworking)
        isCurl
        #else
        true
        #endif
    }
}

extension TransportKind {
    var isCurl: Bool {
        #if LibcurlTransport
        self == .curl
        #else
        false
        #endif
    }

    /// Whether a slow reader holds the server back. FoundationNetworking's `URLSessionTask.suspend()`
    /// does not pause a transfer in flight, so URLSession on Linux buffers what the server sends.
    var appliesBackPressure: Bool {
        #if canImport(FoundationNetworking)
        isCurl
        #else
        true
        #endif
    }
}

extension HTTPTransport {
    /// Sends `request` and collects the whole body as text.
    func collectText(_ request: HTTPRequest) async throws -> (HTTPResponseHead, String) {
        let (head, body) = try await send(request)
        return (head, String(decoding: try await body.collect(), as: UTF8.self))
    }
}
