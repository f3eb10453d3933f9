/// One request and the response it got, as `RecordingTransport` writes it and `ReplayTransport`
/// plays it back.
public struct RecordedExchange: Sendable, Hashable {
    /// A piece of the response body as the transport received it, and when.
    public struct Chunk: Sendable, Hashable {
        /// Since the request was handed to the transport.
        public var offset: Duration
        public var bytes: [UInt8]

        public init(offset: Duration, bytes: [UInt8]) {
            self.offset = offset
            self.bytes = bytes
        }
    }

    /// The response's status line and headers, and when they arrived.
    public struct Head: Sendable, Hashable {
        public var status: Int
        public var headers: HTTPFields
        public var offset: Duration

        public init(status: Int, headers: HTTPFields, offset: Duration = .zero) {
            self.status = status
            self.headers = headers
            self.offset = offset
        }
    }

    /// The position of the exchange in its recording, from 1; names it in errors.
    public var number: Int
    public var method: String
    /// The request URL without scheme and host, such as `/v1/responses?limit=2`: a recording
    /// replays against any server.
    public var path: String
    /// The request headers, secrets redacted (see `RecordingTransport`).
    public var requestHeaders: HTTPFields
    public var requestBody: [UInt8]?
    /// `nil` when no response arrived (the transport failed before the head).
    public var head: Head?
    public var chunks: [Chunk]
    /// When the body ended (or the exchange failed).
    public var endOffset: Duration
    /// The transport failure that ended the exchange, if any (`TransportError.description`).
    public var failure: String?

    public init(
        number: Int, method: String, path: String, requestHeaders: HTTPFields = [:], requestBody: [UInt8]? = nil,
        head: Head?, chunks: [Chunk] = [], endOffset: Duration? = nil, failure: String? = nil
    ) {
        self.number = number
        self.method = method
        self.path = path
        self.requestHeaders = requestHeaders
        self.requestBody = requestBody
        self.head = head
        self.chunks = chunks
        self.endOffset = endOffset ?? chunks.last?.offset ?? head?.offset ?? .zero
        self.failure = failure
    }

    /// The whole response body.
    public var body: [UInt8] { chunks.flatMap(\.bytes) }

    /// `/v1/responses?x=1` of `https://host:8080/v1/responses?x=1`; a URL without a scheme is kept.
    static func path(of url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        let rest = url[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) else { return "/" }
        let path = String(rest[slash...])
        return path.hasPrefix("?") ? "/" + path : path
    }

    /// Header names whose values never reach a recording.
    static func isSecret(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return ["authorization", "proxy-authorization", "cookie", "set-cookie"].contains(lowered) || lowered.contains("api-key")
    }

    static func redacted(_ headers: HTTPFields) -> HTTPFields {
        HTTPFields(headers.map { isSecret($0.name) ? .init(name: $0.name, value: "<redacted>") : $0 })
    }
}
