/// A request as handed to an `HTTPTransport`: everything is already encoded.
public struct HTTPRequest: Sendable, Hashable {
    public var method: String
    /// Absolute URL, e.g. `https://api.infercom.ai/v1/responses`.
    public var url: String
    public var headers: HTTPFields
    public var body: [UInt8]?
    public var timeouts: Timeouts

    public init(method: String, url: String, headers: HTTPFields = [:], body: [UInt8]? = nil, timeouts: Timeouts = .init()) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeouts = timeouts
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
