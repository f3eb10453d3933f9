/// The details of `ClientError.Kind.transport`: a failure below HTTP while calling an operation.
public struct TransportFailure: Sendable, Hashable, CustomStringConvertible {
    /// The operation that was called.
    public var operationID: String
    /// What the transport reported.
    public var error: TransportError
    /// Requests sent, including retries.
    public var attempts: Int

    public init(operationID: String, error: TransportError, attempts: Int) {
        self.operationID = operationID
        self.error = error
        self.attempts = attempts
    }

    /// The connection could not be set up, or broke.
    public var isConnectionFailure: Bool {
        error.kind == .connectionFailed || error.kind == .connectionLost
    }

    /// TLS failed: the server's certificate was rejected, or the handshake broke down.
    public var isTLSFailure: Bool {
        error.kind == .certificateRejected || error.kind == .tlsFailed
    }

    /// A time limit of `Timeouts` elapsed.
    public var isTimeout: Bool {
        error.kind == .timedOut
    }

    /// The calling task was cancelled.
    public var isCancellation: Bool { error.kind == .cancelled }

    /// One line, such as `connection failed: Connection refused (after 3 attempts)`.
    public var description: String {
        "\(error)" + (attempts > 1 ? " (after \(attempts) attempts)" : "")
    }
}
