/// The details of `ClientError.Kind.api`: a non-2xx response, with whatever the server said about it.
///
/// Reads the OpenAI-style envelope `{"error": {"message", "type", "param", "code"}, "request_id"}`,
/// the simple `{"error": "…"}` shape, and plain-text bodies (kept, trimmed, as `message`).
public struct APIFailure: Sendable, Hashable, CustomStringConvertible {
    /// The operation that was called.
    public var operationID: String
    /// The HTTP status code.
    public var status: Int
    /// The server's explanation: `error.message`, the simple `error` string, or the body text.
    public var message: String?
    /// `error.type`, such as `invalid_request_error`.
    public var type: String?
    /// `error.code`, such as `model_not_found`.
    public var code: String?
    /// `error.param`: the request field the error is about, such as `input[1].role`.
    public var param: String?
    /// The body's `request_id`, else the `x-request-id` header.
    public var requestID: String?
    /// The whole body when it was JSON; fields this type does not name live here
    /// (for example `body?["error"]?["error_model_output"]`).
    public var body: JSONValue?
    /// The response headers.
    public var headers: HTTPFields
    /// The wait the server asked for (`retry-after-ms` or `Retry-After`), if any.
    public var retryAfter: Duration?
    /// Requests sent, including retries.
    public var attempts: Int

    public init(
        operationID: String, status: Int, message: String? = nil, type: String? = nil, code: String? = nil,
        param: String? = nil, requestID: String? = nil, body: JSONValue? = nil, headers: HTTPFields = [:],
        retryAfter: Duration? = nil, attempts: Int = 1
    ) {
        self.operationID = operationID
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.requestID = requestID ?? ResponseMetadata.requestID(in: headers)
        self.body = body
        self.headers = headers
        self.retryAfter = retryAfter
        self.attempts = attempts
    }

    /// Reads an error response's body.
    init(operationID: String, head: HTTPResponseHead, body: [UInt8], retryAfter: Duration?, attempts: Int) {
        let parsed = ErrorBody(body)
        self.init(
            operationID: operationID, status: head.status, message: parsed.message, type: parsed.type,
            code: parsed.code, param: parsed.param, requestID: parsed.requestID, body: parsed.json,
            headers: head.headers, retryAfter: retryAfter, attempts: attempts)
    }

    /// The metadata of the failed response.
    public var metadata: ResponseMetadata {
        ResponseMetadata(status: status, headers: headers, requestID: requestID, attempts: attempts)
    }

    /// One line, such as `HTTP 429 rate_limit_exceeded: Rate limit reached (request abc123)`.
    public var description: String {
        var text = "HTTP \(status)"
        if let label = code ?? type { text += " \(label)" }
        text += ": " + (message.map(Self.singleLine) ?? "no error message")
        if let requestID { text += " (request \(requestID))" }
        return text
    }

    static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
