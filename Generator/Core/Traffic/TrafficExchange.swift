/// One recorded request and its response, as `TrafficRecordingReader` reads it from the replay
/// transport's recording format (`Sources/OpenAPIClientRuntime/Replay/RecordingFormat.swift`), with the
/// recording lines each part came from so findings can point at their evidence.
public struct TrafficExchange: Sendable {
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    public struct ResponseHead: Sendable {
        public var status: Int
        public var headers: [Field]
        /// The recording line of the `response` record.
        public var line: Int
    }

    /// The recording file, as named on the command line.
    public var file: String
    /// The `exchange` number in the recording.
    public var number: Int
    /// The recording line of the `request` record.
    public var requestLine: Int
    public var method: String
    /// The request target without scheme and host, query included (`/v1/responses?x=1`).
    public var path: String
    public var requestHeaders: [Field]
    public var requestBody: [UInt8]?
    /// `nil` when the transport failed before a response arrived.
    public var response: ResponseHead?
    /// The response body: all chunks in order.
    public var body: [UInt8] = []
    /// Where each chunk starts in `body`, and its recording line.
    public var chunkStarts: [(offset: Int, line: Int)] = []
    /// The transport failure that ended the exchange, if any.
    public var failure: String?

    /// The recording line of the chunk holding `offset` of the body (the response line for an empty body).
    public func line(ofBodyOffset offset: Int) -> Int {
        var line = response?.line ?? requestLine
        for start in chunkStarts {
            if start.offset > offset { break }
            line = start.line
        }
        return line
    }

    /// The value of the first header named `name` (case-insensitively).
    public static func value(of name: String, in fields: [Field]) -> String? {
        let lowered = name.lowercased()
        return fields.first { $0.name.lowercased() == lowered }?.value
    }
}
