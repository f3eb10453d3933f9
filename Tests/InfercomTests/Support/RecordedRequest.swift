/// One request as the loopback server received it, byte for byte.
struct RecordedRequest: Sendable {
    var method: String
    /// The request target as sent, e.g. `/v1/responses?x=1`.
    var path: String
    var version: String
    /// Header fields in arrival order, names as sent.
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    /// Which accepted connection (1-based) carried the request.
    var connection: Int

    /// The first value of a header, compared case-insensitively.
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Whether a header was sent at all.
    func hasHeader(_ name: String) -> Bool { header(name) != nil }
}
