import Foundation

/// The details of `ClientError.Kind.api`: a non-2xx response, with whatever the server said about it.
///
/// A JSON body (object or array) is kept whole in `body`; `message`, `type`, `code`, `param` and
/// `requestID` are read from it where the client's `ErrorFieldPaths` say (for generated bindings,
/// the spec's `x-error-fields`), and nothing is guessed without them. A body that is no JSON
/// object (text, an HTML page from a proxy, a JSON array) is kept, trimmed, as `message`.
public struct APIFailure: Sendable, Hashable, CustomStringConvertible {
    /// The operation that was called.
    public var operationID: String
    /// The HTTP status code.
    public var status: Int
    /// The server's explanation (for Infercom `error.message` or the simple `error` string), or the
    /// text of a body that is not JSON.
    public var message: String?
    /// The error category, such as `invalid_request_error`.
    public var type: String?
    /// A machine-readable code, such as `model_not_found`.
    public var code: String?
    /// The request field the error is about, such as `input[1].role`.
    public var param: String?
    /// The request ID the body names, else the `x-request-id` header.
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

    /// Reads an error response's body: its fields where `errorFields` says they are.
    init(
        operationID: String, head: HTTPResponseHead, body: [UInt8], errorFields: ErrorFieldPaths, retryAfter: Duration?,
        attempts: Int
    ) {
        let parsed = ErrorBody(body, fields: errorFields)
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
        // A body whose fields the client does not know still shows: the message is no guess.
        text += ": " + (message.map(Self.singleLine) ?? body.flatMap(Self.summary).map { "no error message; body \($0)" } ?? "no error message")
        if let requestID { text += " (request \(requestID))" }
        return text
    }

    /// The JSON body on one line, cut at 200 characters.
    static func summary(_ body: JSONValue) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(body), let text = String(data: data, encoding: .utf8) else { return nil }
        return text.count > 200 ? text.prefix(200) + "…" : text
    }

    static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
