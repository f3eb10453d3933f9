/// A failure below HTTP: nothing (or not all) of a response arrived.
///
/// Tell failures apart by ``kind``. Kinds are values, not enum cases, so new ones can be added
/// without breaking your code: a `switch` over them needs a `default`.
///
/// ```swift
/// switch error.kind {
/// case .timedOut where error.timeout == .connect: …   // the server could not be reached in time
/// case .certificateRejected: print(error.detail ?? "")  // trust the CA with `TrustRoots`
/// default: print(error)                                 // one readable line
/// }
/// ```
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong. Compare with `==` or switch with a `default`; ``description`` names it.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        public let description: String

        package init(_ name: String) { description = name }

        /// DNS, TCP or proxy setup failed.
        public static let connectionFailed = Kind("connectionFailed")
        /// The server's certificate was not trusted: unknown or untrusted CA, expired, or issued for
        /// another host name. Trust a private or corporate CA with `TrustRoots`; verification is never off.
        public static let certificateRejected = Kind("certificateRejected")
        /// The TLS handshake failed for another reason (no common protocol or cipher, an unreadable
        /// CA bundle, a broken TLS record).
        public static let tlsFailed = Kind("tlsFailed")
        /// The connection broke after the exchange started (for example a cut mid-stream).
        public static let connectionLost = Kind("connectionLost")
        /// A time limit of `Timeouts` elapsed (``TransportError/timeout`` says which).
        public static let timedOut = Kind("timedOut")
        /// The calling task was cancelled and the exchange was aborted.
        public static let cancelled = Kind("cancelled")
        /// The body exceeded the size the caller was willing to hold (``TransportError/bodyLimit``).
        public static let bodyTooLarge = Kind("bodyTooLarge")
        /// The request could not be sent as given (bad URL, unsupported option).
        public static let invalidRequest = Kind("invalidRequest")
    }

    /// Which time limit of `Timeouts` elapsed.
    public struct TimeoutKind: Sendable, Hashable, CustomStringConvertible {
        public let description: String

        package init(_ name: String) { description = name }

        /// Connecting (DNS, TCP, TLS) took longer than `Timeouts.connect`.
        public static let connect = TimeoutKind("connect")
        /// The whole exchange took longer than `Timeouts.total`.
        public static let total = TimeoutKind("total")
        /// No byte arrived for `Timeouts.idle`.
        public static let idle = TimeoutKind("idle")
    }

    /// What went wrong.
    public let kind: Kind
    /// The transport's own message, for the kinds that carry one (connection, TLS, invalid request).
    public let detail: String?
    /// Which time limit elapsed, for ``Kind/timedOut``.
    public let timeout: TimeoutKind?
    /// The size limit in bytes that the body exceeded, for ``Kind/bodyTooLarge``.
    public let bodyLimit: Int?

    private init(_ kind: Kind, detail: String? = nil, timeout: TimeoutKind? = nil, bodyLimit: Int? = nil) {
        self.kind = kind
        self.detail = detail
        self.timeout = timeout
        self.bodyLimit = bodyLimit
    }

    /// DNS, TCP or proxy setup failed (`detail` is the transport's own message).
    public static func connectionFailed(detail: String) -> TransportError { TransportError(.connectionFailed, detail: detail) }
    /// The server's certificate was not trusted.
    public static func certificateRejected(detail: String) -> TransportError { TransportError(.certificateRejected, detail: detail) }
    /// The TLS handshake failed for another reason.
    public static func tlsFailed(detail: String) -> TransportError { TransportError(.tlsFailed, detail: detail) }
    /// The connection broke after the exchange started.
    public static func connectionLost(detail: String) -> TransportError { TransportError(.connectionLost, detail: detail) }
    /// A time limit of `Timeouts` elapsed.
    public static func timedOut(_ timeout: TimeoutKind) -> TransportError { TransportError(.timedOut, timeout: timeout) }
    /// The calling task was cancelled and the exchange was aborted.
    public static let cancelled = TransportError(.cancelled)
    /// The body exceeded `limit` bytes.
    public static func bodyTooLarge(limit: Int) -> TransportError { TransportError(.bodyTooLarge, bodyLimit: limit) }
    /// The request could not be sent as given.
    public static func invalidRequest(detail: String) -> TransportError { TransportError(.invalidRequest, detail: detail) }

    /// One line, such as `connection failed: Connection refused` or `timed out (idle timeout)`.
    public var description: String {
        switch kind {
        case .connectionFailed: "connection failed: \(detail ?? "")"
        case .certificateRejected: "server certificate rejected: \(detail ?? "")"
        case .tlsFailed: "TLS handshake failed: \(detail ?? "")"
        case .connectionLost: "connection lost: \(detail ?? "")"
        case .timedOut: "timed out (\(timeout?.description ?? "unknown") timeout)"
        case .cancelled: "cancelled"
        case .bodyTooLarge: "body larger than \(bodyLimit ?? 0) bytes"
        case .invalidRequest: "invalid request: \(detail ?? "")"
        default: kind.description + (detail.map { ": \($0)" } ?? "")
        }
    }
}
