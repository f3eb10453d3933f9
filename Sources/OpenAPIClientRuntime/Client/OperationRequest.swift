/// One call of an API operation as the generated bindings describe it, before the client adds
/// the base URL, authentication and default headers.
@_spi(Generated) public struct OperationRequest: Sendable {
    /// The spec's `operationId`, such as `createResponse`; it names the call in errors.
    public var operationID: String
    /// The HTTP method, such as `POST`.
    public var method: String
    /// The path below the base URL, such as `/responses`, with path parameters already escaped.
    public var path: String
    /// Query parameters, in order; the client percent-encodes them.
    public var query: [QueryItem]
    /// Header parameters of the operation.
    public var headers: HTTPFields
    /// The request body of any media type (JSON, multipart, form, bytes, text).
    public var content: RequestContent?
    /// Why the request cannot be sent as the spec describes it, found while building it (say, a
    /// union parameter holding its `unknown` case, which no style can write): the client throws
    /// `ClientError.invalidRequest` with it instead of sending anything.
    public var refusal: String?
    /// Where this operation carries the API key when its spec names a scheme other than the
    /// client's (`.omitted` for `security: []`); `nil` uses the client's.
    public var credentialPlacement: CredentialPlacement?

    /// The JSON request body, validated first when it is `SchemaValidatable`; `nil` when the body
    /// is absent or not JSON (see `content`).
    public var body: (any Encodable & Sendable)? {
        get {
            if case .json(let value)? = content { return value }
            return nil
        }
        set { content = newValue.map { .json($0) } }
    }

    /// A request with a JSON body (or none).
    public init(
        operationID: String, method: String, path: String, query: [QueryItem] = [], headers: HTTPFields = [:],
        body: (any Encodable & Sendable)? = nil, credentialPlacement: CredentialPlacement? = nil
    ) {
        self.init(
            operationID: operationID, method: method, path: path, query: query, headers: headers, content: body.map { .json($0) },
            credentialPlacement: credentialPlacement)
    }

    /// A request with a body of any media type.
    public init(
        operationID: String, method: String, path: String, query: [QueryItem] = [], headers: HTTPFields = [:],
        content: RequestContent?, credentialPlacement: CredentialPlacement? = nil
    ) {
        self.operationID = operationID
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.content = content
        self.refusal = nil
        self.credentialPlacement = credentialPlacement
    }

    /// A request that is refused, not sent: the client throws `ClientError.invalidRequest` with
    /// `refusal`. `path` is the spec's path template (the values that fill it may be what is wrong).
    public init(operationID: String, method: String, path: String, refusal: String) {
        self.init(operationID: operationID, method: method, path: path, content: nil)
        self.refusal = refusal
    }

    /// `value` escaped for use as one path segment: RFC 3986 unreserved characters
    /// (`A–Z a–z 0–9 - . _ ~`) are kept, every other UTF-8 byte becomes `%XX`.
    public static func escapePathComponent(_ value: String) -> String {
        PercentEncoding.encode(value)
    }
}

/// One query parameter.
@_spi(Generated) public struct QueryItem: Sendable, Hashable {
    /// The parameter name, unencoded.
    public var name: String
    /// The parameter value, unencoded (arrays are sent as repeated items).
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
