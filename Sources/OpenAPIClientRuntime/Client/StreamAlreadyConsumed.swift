/// The details of `ClientError.Kind.streamAlreadyConsumed`: an `EventStream` iterated a second time. A stream sends its request once and can be read once:
/// create a new stream (call the streaming method again) to send the request again.
public struct StreamAlreadyConsumed: Sendable, Hashable, CustomStringConvertible {
    /// The operation of the stream that was read again.
    public var operationID: String

    public init(operationID: String) { self.operationID = operationID }

    public var description: String {
        "stream already consumed: an EventStream is read once; call the streaming method again for a new request"
    }
}
