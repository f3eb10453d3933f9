import OpenAPITransport
extension CurlBodyBuffer {
    /// The buffer as the `HTTPBody` a caller iterates.
    ///
    /// The body and its iterators share a `CurlBodyLease`; when the last of them is dropped before
    /// the end of the body, the lease abandons the buffer, which aborts the transfer and frees its handle.
    func makeHTTPBody() -> HTTPBody {
        let lease = CurlBodyLease(self)
        return HTTPBody(makeIterator: {
            HTTPBody.AsyncIterator { try await lease.buffer.next() }
        })
    }
}

/// Keeps a transfer alive while anyone can still read its body, and releases it when nobody can.
final class CurlBodyLease: Sendable {
    let buffer: CurlBodyBuffer

    init(_ buffer: CurlBodyBuffer) {
        self.buffer = buffer
    }

    deinit {
        buffer.abandon()
    }
}
