/// Per-call adjustments to the client's configuration.
public struct RequestOptions: Sendable {
    /// Time limits for this call; `nil` uses the configuration's.
    public var timeouts: Timeouts?
    /// Retry rules for this call; `nil` uses the configuration's.
    public var retryPolicy: RetryPolicy?
    /// Extra headers; they replace any same-named header the client would otherwise send.
    public var headers: HTTPFields

    public init(timeouts: Timeouts? = nil, retryPolicy: RetryPolicy? = nil, headers: HTTPFields = [:]) {
        self.timeouts = timeouts
        self.retryPolicy = retryPolicy
        self.headers = headers
    }
}
