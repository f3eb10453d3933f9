import OpenAPITransport
/// The library's default `HTTPTransport`: libcurl, driven on a dedicated thread.
///
/// Each transport sends through one libcurl multi handle, so requests to the same host reuse
/// connections (HTTP/1.1 keep-alive, or HTTP/2 multiplexing where the server offers it over TLS).
/// TLS certificates are always verified, against the system's store or the CA bundle of
/// `Configuration.trustRoots`; the proxy follows `Configuration.proxy` (by default the usual
/// environment variables `https_proxy`, `no_proxy`, …). HTTP/2 is used where the server offers
/// it over TLS. Redirects are not followed.
///
/// The response head is returned as soon as it has arrived; the body then streams chunk by chunk
/// as libcurl receives it. At most `Configuration.maxBufferedBodyBytes` are held unread per
/// response — beyond that the transfer pauses until the caller reads on — so a slow reader costs
/// no memory. Cancelling the calling task (or the task reading the body), or dropping the body
/// before its end, aborts the exchange and closes its connection.
public final class CurlTransport: HTTPTransport {
    /// Settings of a transport with its own connection pool.
    public struct Configuration: Sendable, Hashable {
        /// Unread body bytes held per response before the transfer pauses (back-pressure).
        public var maxBufferedBodyBytes: Int
        /// Concurrent connections per host; `0` means unlimited. Extra requests queue inside libcurl.
        public var maxConnectionsPerHost: Int
        /// The CAs trusted for HTTPS (and for an `https://` proxy). Verification is always on.
        public var trustRoots: TrustRoots
        /// Whether and which proxy to use.
        public var proxy: ProxyConfiguration

        /// - Parameters:
        ///   - trustRoots: by default `TrustRoots.environment()`: `CURL_CA_BUNDLE` or `SSL_CERT_FILE`
        ///     when set, else the system store.
        ///   - proxy: by default the proxy environment variables (`https_proxy`, `no_proxy`, …).
        public init(
            maxBufferedBodyBytes: Int = 1 << 20, maxConnectionsPerHost: Int = 0,
            trustRoots: TrustRoots = .environment(), proxy: ProxyConfiguration = .environment
        ) {
            self.maxBufferedBodyBytes = maxBufferedBodyBytes
            self.maxConnectionsPerHost = maxConnectionsPerHost
            self.trustRoots = trustRoots
            self.proxy = proxy
        }
    }

    /// A transport sharing one process-wide connection pool and thread with default settings.
    public static let shared = CurlTransport()

    /// The settings this transport was created with.
    public let configuration: Configuration
    let driver: CurlDriver
    private let ownsDriver: Bool

    /// A transport on the process-wide connection pool and thread (like `CurlTransport.shared`).
    public init() {
        configuration = Configuration()
        driver = CurlDriver.shared
        ownsDriver = false
    }

    /// A transport with its own connection pool and thread, released when the transport is.
    public init(configuration: Configuration) {
        self.configuration = configuration
        driver = CurlDriver(maxConnectionsPerHost: max(0, configuration.maxConnectionsPerHost))
        ownsDriver = true
    }

    deinit {
        // Responses still streaming keep the thread until they end; it then exits.
        if ownsDriver { driver.shutdown() }
    }

    /// Sends `request` and returns once the response head has arrived; the body streams afterwards.
    ///
    /// - Throws: `TransportError` — `.connectionFailed`, `.certificateRejected`, `.timedOut`, … — if no head
    ///   arrived. Failures after the head surface from the body's iteration.
    public func send(_ request: HTTPRequest) async throws -> (HTTPResponseHead, HTTPBody) {
        if Task.isCancelled { throw TransportError.cancelled }
        let transfer = CurlTransfer(
            request: request, driver: driver, bodyLimit: configuration.maxBufferedBodyBytes,
            connectionOptions: CurlConnectionOptions(trustRoots: configuration.trustRoots, proxy: configuration.proxy))
        let head = try await transfer.start()
        let body = transfer.body.makeHTTPBody()
        if Task.isCancelled { throw TransportError.cancelled }  // the body's lease aborts the transfer
        return (head, body)
    }

    /// Counters of this transport's connection pool (shared with other transports on the shared pool).
    var statistics: CurlDriver.Statistics { driver.statistics }
}
