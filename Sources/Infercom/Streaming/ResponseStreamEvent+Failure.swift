extension ResponseStreamEvent: ReportsServerFailure {
    /// The error an `error` event or a `response.failed` event reports (`ClientError.streamFailed`);
    /// `nil` for every other event. `EventStream` throws it instead of returning the event.
    public func serverFailure(operationID: String) -> ClientError? {
        switch self {
        case .error(let event):
            return .streamFailed(ServerFailure(
                operationID: operationID, message: event.message, code: event.code, param: event.param,
                sequenceNumber: event.sequenceNumber, eventName: "error"))
        case .responseFailed(let event):
            let error = event.response.error
            return .streamFailed(ServerFailure(
                operationID: operationID, message: error?.message ?? "the response failed", code: error?.code,
                sequenceNumber: event.sequenceNumber, eventName: "response.failed", responseID: event.response.id))
        default:
            return nil
        }
    }

    /// The event's `sequence_number` (`nil` for event types the bindings do not know).
    public var sequenceNumber: Int? {
        switch self {
        case .responseCreated(let event): event.sequenceNumber
        case .responseInProgress(let event): event.sequenceNumber
        case .responseCompleted(let event): event.sequenceNumber
        case .responseFailed(let event): event.sequenceNumber
        case .responseIncomplete(let event): event.sequenceNumber
        case .responseOutputItemAdded(let event): event.sequenceNumber
        case .responseOutputItemDone(let event): event.sequenceNumber
        case .responseContentPartAdded(let event): event.sequenceNumber
        case .responseContentPartDone(let event): event.sequenceNumber
        case .responseOutputTextDelta(let event): event.sequenceNumber
        case .responseOutputTextDone(let event): event.sequenceNumber
        case .responseReasoningTextDelta(let event): event.sequenceNumber
        case .responseReasoningTextDone(let event): event.sequenceNumber
        case .responseFunctionCallArgumentsDelta(let event): event.sequenceNumber
        case .responseFunctionCallArgumentsDone(let event): event.sequenceNumber
        case .error(let event): event.sequenceNumber
        case .unknown(let payload): payload["sequence_number"].flatMap { if case .integer(let n) = $0 { Int(n) } else { nil } }
        }
    }
}
