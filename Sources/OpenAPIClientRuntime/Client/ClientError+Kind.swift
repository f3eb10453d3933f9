extension ClientError {
    /// What went wrong in a call. Compare with `==` (`error.kind == .api`) or `switch` with a
    /// `default`: kinds are values rather than enum cases so that new ones can be added without
    /// breaking existing code. ``description`` is the kind's name, such as `api`.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        public let description: String

        package init(_ name: String) { description = name }

        /// The request broke a constraint of the spec or could not be encoded; nothing was sent
        /// (``ClientError/invalidRequest``).
        public static let invalidRequest = Kind("invalidRequest")
        /// The server answered with a non-2xx status (``ClientError/apiFailure``).
        public static let api = Kind("api")
        /// No complete response arrived: connection, TLS, timeout or cancellation
        /// (``ClientError/transportFailure``).
        public static let transport = Kind("transport")
        /// A 2xx body, or a stream event, did not match the expected type (``ClientError/decodingFailure``).
        public static let decoding = Kind("decoding")
        /// The server reported an error inside an event stream (``ClientError/serverFailure``).
        public static let streamFailed = Kind("streamFailed")
        /// The server answered 2xx with a response object that says it failed (``ClientError/serverFailure``).
        public static let responseFailed = Kind("responseFailed")
        /// An event stream ended before its terminal event; the details carry the events' count,
        /// the partial accumulated value and any event the end cut off (``ClientError/streamEndedEarly``).
        public static let streamEndedEarly = Kind("streamEndedEarly")
        /// An `EventStream` was iterated again after its single pass had started: a programming
        /// error (``ClientError/streamAlreadyConsumed``).
        public static let streamAlreadyConsumed = Kind("streamAlreadyConsumed")
    }
}
