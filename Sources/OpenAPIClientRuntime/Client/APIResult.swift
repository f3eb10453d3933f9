/// A decoded response body together with the response's metadata.
public struct APIResult<Value: Sendable>: Sendable {
    /// The decoded body.
    public var value: Value
    /// Status, headers, request ID, rate limits and attempt count of the response.
    public var metadata: ResponseMetadata

    public init(value: Value, metadata: ResponseMetadata) {
        self.value = value
        self.metadata = metadata
    }
}

extension APIResult: Equatable where Value: Equatable {}
extension APIResult: Hashable where Value: Hashable {}
