/// A request as handed to an `HTTPTransport`: everything is already encoded.
public struct HTTPRequest: Sendable, Hashable {
    public var method: String
    /// Absolute URL, e.g. `https://api.infercom.ai/v1/responses`.
    public var url: String
    public var headers: HTTPFields
    public var body: [UInt8]?
    public var timeouts: Timeouts
    /// Text that must never be logged or written down (the API key as the request spells it: in a
    /// header, percent-encoded in the query, inside basic credentials); see `redacted()`.
    public var secrets: [String]

    public init(
        method: String, url: String, headers: HTTPFields = [:], body: [UInt8]? = nil, timeouts: Timeouts = .init(),
        secrets: [String] = []
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeouts = timeouts
        self.secrets = secrets
    }

    /// The URL and headers with every secret, and the value of every `Authorization` header,
    /// replaced by `<redacted>`: what observers and recordings may show.
    public func redacted() -> (url: String, headers: HTTPFields) {
        let secrets = self.secrets.filter { !$0.isEmpty }
        func scrub(_ text: String) -> String {
            secrets.reduce(text) { $0.replacing($1, with: "<redacted>") }
        }
        let headers = HTTPFields(headers.map { field in
            field.name.lowercased() == "authorization" ? .init(name: field.name, value: "<redacted>") : .init(name: field.name, value: scrub(field.value))
        })
        return (scrub(url), headers)
    }
}

/// The time limits of one request. `nil` means no limit of that kind.
public struct Timeouts: Sendable, Hashable {
    /// Establishing the connection (TCP + TLS).
    public var connect: Duration?
    /// The whole exchange, from sending to the last body byte.
    public var total: Duration?
    /// The longest silence between two received chunks (for streams: between events).
    public var idle: Duration?

    /// Defaults that suit reasoning models, which may think for minutes before the first byte.
    public init(connect: Duration? = .seconds(30), total: Duration? = .seconds(600), idle: Duration? = .seconds(300)) {
        self.connect = connect
        self.total = total
        self.idle = idle
    }
}

/// Status line and headers of a response; the body arrives separately as an `HTTPBody`.
public struct HTTPResponseHead: Sendable, Hashable {
    public var status: Int
    public var headers: HTTPFields

    public init(status: Int, headers: HTTPFields) {
        self.status = status
        self.headers = headers
    }
}
