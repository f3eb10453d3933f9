/// A failure below HTTP: nothing (or not all) of a response arrived.
public enum TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// DNS, TCP or proxy setup failed (`detail` is the transport's own message).
    case connectionFailed(detail: String)
    /// The server's certificate was not trusted: unknown or untrusted CA, expired, or issued for
    /// another host name. Trust a private or corporate CA with `TrustRoots`; verification is never off.
    case certificateRejected(detail: String)
    /// The TLS handshake failed for another reason (no common protocol or cipher, an unreadable
    /// CA bundle, a broken TLS record).
    case tlsFailed(detail: String)
    /// The connection broke after the exchange started (for example a cut mid-stream).
    case connectionLost(detail: String)
    /// A time limit of `Timeouts` elapsed.
    case timedOut(TimeoutKind)
    /// The calling task was cancelled and the exchange was aborted.
    case cancelled
    /// The body exceeded the size the caller was willing to hold.
    case bodyTooLarge(limit: Int)
    /// The request could not be sent as given (bad URL, unsupported option).
    case invalidRequest(detail: String)

    public enum TimeoutKind: String, Sendable, Hashable {
        case connect, total, idle
    }

    public var description: String {
        switch self {
        case .connectionFailed(let detail): "connection failed: \(detail)"
        case .certificateRejected(let detail): "server certificate rejected: \(detail)"
        case .tlsFailed(let detail): "TLS handshake failed: \(detail)"
        case .connectionLost(let detail): "connection lost: \(detail)"
        case .timedOut(let kind): "timed out (\(kind.rawValue) timeout)"
        case .cancelled: "cancelled"
        case .bodyTooLarge(let limit): "body larger than \(limit) bytes"
        case .invalidRequest(let detail): "invalid request: \(detail)"
        }
    }
}
