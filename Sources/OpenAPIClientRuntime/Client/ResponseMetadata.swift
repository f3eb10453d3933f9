/// What the client learned about a response besides its body.
public struct ResponseMetadata: Sendable, Hashable {
    /// The HTTP status code.
    public var status: Int
    /// The response headers.
    public var headers: HTTPFields
    /// The request ID from the `x-request-id` (or `request-id`) header, if the server sent one.
    public var requestID: String?
    /// How many requests were sent, including retries (1 when the first succeeded).
    public var attempts: Int

    public init(status: Int, headers: HTTPFields, requestID: String? = nil, attempts: Int = 1) {
        self.status = status
        self.headers = headers
        self.requestID = requestID ?? Self.requestID(in: headers)
        self.attempts = attempts
    }

    init(head: HTTPResponseHead, attempts: Int) {
        self.init(status: head.status, headers: head.headers, attempts: attempts)
    }

    /// The request ID header's value; OpenAI-style servers use `x-request-id`.
    static func requestID(in headers: HTTPFields) -> String? {
        (headers["x-request-id"] ?? headers["request-id"]).map { String($0.trimmingASCIISpaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
