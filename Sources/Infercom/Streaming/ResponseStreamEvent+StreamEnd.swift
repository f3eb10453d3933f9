extension ResponseStreamEvent: MarksStreamEnd {
    /// `response.completed`, `response.incomplete`, `response.failed` and `error` end a stream.
    public var isStreamEnd: Bool {
        switch self {
        case .responseCompleted, .responseIncomplete, .responseFailed, .error: true
        default: false
        }
    }
}
