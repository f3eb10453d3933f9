import Foundation
import OpenAPITransport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An `HTTPTransport` on Foundation's `URLSession`: the transport for Apple platforms, where
/// there is no libcurl. On Linux it runs on FoundationNetworking (which is itself built on libcurl).
///
/// The response head is returned as soon as it arrives and the body streams chunk by chunk from
/// the session's data delegate. At most `Configuration.maxBufferedBodyBytes` are held unread: past
/// that the task is suspended until the caller reads on (on Apple platforms; FoundationNetworking
/// cannot pause a transfer in flight, so on Linux a slow reader's unread body is buffered). Cancelling the calling task (or the task
/// reading the body), or dropping the body before its end, cancels the `URLSessionTask`.
/// Redirects are not followed. TLS certificates are always verified.
///
/// Differences from `CurlTransport`, all from what `URLSession` offers:
/// - `Timeouts.connect` has no separate limit: the connection phase counts against the idle limit
///   (URLSession's request timeout, which restarts with every received byte) and the total limit.
///   Without an idle limit, the connect limit is used as URLSession's request timeout.
/// - On Linux, FoundationNetworking has no way to trust a custom CA or to set a proxy per session:
///   only `TrustRoots.system` and `ProxyConfiguration.environment` work there (libcurl underneath
///   reads `https_proxy`/`no_proxy`); other settings fail every request with `.invalidRequest`
///   rather than silently trusting or routing differently. Use `CurlTransport` on Linux for those.
/// - URLSession sends `Accept-Encoding` and decodes compressed bodies itself, and merges repeated
///   response header fields into one comma-separated value.
/// - On Apple platforms, `.environment` means the system's proxy settings (URLSession does not
///   read environment variables), and `ProxyConfiguration.url` supports `http://host:port` proxies
///   without credentials.
public final class URLSessionTransport: HTTPTransport {
    /// Settings of a transport (each transport has its own `URLSession` and connection pool).
    public struct Configuration: Sendable, Hashable {
        /// Unread body bytes held per response before the task is suspended (back-pressure).
        public var maxBufferedBodyBytes: Int
        /// The CAs trusted for HTTPS. Verification is always on.
        public var trustRoots: TrustRoots
        /// Whether and which proxy to use.
        public var proxy: ProxyConfiguration

        public init(maxBufferedBodyBytes: Int = 1 << 20, trustRoots: TrustRoots = .system, proxy: ProxyConfiguration = .environment) {
            self.maxBufferedBodyBytes = maxBufferedBodyBytes
            self.trustRoots = trustRoots
            self.proxy = proxy
        }
    }

    /// The settings this transport was created with.
    public let configuration: Configuration
    private let session: URLSession
    private let delegate: URLSessionTransportDelegate
    /// Why every request must fail (a setting this platform's URLSession cannot honour), if any.
    private let unsupported: TransportError?

    public init(configuration: Configuration = .init()) {
        self.configuration = configuration
        delegate = URLSessionTransportDelegate(trust: URLSessionTrust(configuration.trustRoots))
        let sessionConfiguration = URLSessionConfiguration.ephemeral
        sessionConfiguration.requestCachePolicy = .reloadIgnoringLocalCacheData
        sessionConfiguration.urlCache = nil
        sessionConfiguration.httpCookieStorage = nil
        sessionConfiguration.httpShouldSetCookies = false
        sessionConfiguration.urlCredentialStorage = nil
        // Our own limits are on each request; the session's must never fire first.
        sessionConfiguration.timeoutIntervalForResource = URLSessionRequestBuilder.noLimit
        unsupported = Self.applyProxy(configuration.proxy, to: sessionConfiguration) ?? Self.checkTrust(configuration.trustRoots)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        queue.name = "URLSessionTransport.delegate"
        session = URLSession(configuration: sessionConfiguration, delegate: delegate, delegateQueue: queue)
    }

    deinit {
        // Lets running exchanges finish; the session then releases its delegate.
        session.finishTasksAndInvalidate()
    }

    /// Sends `request` and returns once the response head has arrived; the body streams afterwards.
    ///
    /// - Throws: `TransportError` — `.connectionFailed`, `.certificateRejected`, `.timedOut`, … — if
    ///   no head arrived. Failures after the head surface from the body's iteration.
    public func send(_ request: HTTPRequest) async throws -> (HTTPResponseHead, HTTPBody) {
        if let unsupported { throw unsupported }
        let urlRequest = try URLSessionRequestBuilder.urlRequest(for: request)
        if Task.isCancelled { throw TransportError.cancelled }
        let task = session.dataTask(with: urlRequest)
        let exchange = URLSessionExchange(task: task, bodyLimit: max(1, configuration.maxBufferedBodyBytes), timeouts: request.timeouts)
        delegate.register(exchange, for: task)
        exchange.start()
        let head = try await exchange.head()
        let body = exchange.makeHTTPBody()
        if Task.isCancelled { throw TransportError.cancelled }  // the body's lease cancels the task
        return (head, body)
    }

    private static func applyProxy(_ proxy: ProxyConfiguration, to configuration: URLSessionConfiguration) -> TransportError? {
        switch proxy.mode {
        case .environment:
            return nil
        case .direct, .explicit:
            #if canImport(FoundationNetworking)
            return .invalidRequest(detail: "FoundationNetworking cannot set a proxy per session (only the environment's); use CurlTransport")
            #else
            guard case .explicit(let url, let bypass) = proxy.mode else {
                configuration.connectionProxyDictionary = [:]
                return nil
            }
            guard let components = URLComponents(string: url), components.scheme == "http", let host = components.host,
                  components.user == nil
            else { return .invalidRequest(detail: "URLSessionTransport supports http://host:port proxies without credentials") }
            let port = components.port ?? 80
            configuration.connectionProxyDictionary = [
                "HTTPEnable": true, "HTTPProxy": host, "HTTPPort": port,
                "HTTPSEnable": true, "HTTPSProxy": host, "HTTPSPort": port,
                "ExceptionsList": bypass,
            ]
            return nil
            #endif
        }
    }

    private static func checkTrust(_ roots: TrustRoots) -> TransportError? {
        #if canImport(FoundationNetworking)
        if roots.source != .system {
            return .invalidRequest(detail: "FoundationNetworking cannot trust a custom CA bundle; use CurlTransport")
        }
        #endif
        return nil
    }
}
