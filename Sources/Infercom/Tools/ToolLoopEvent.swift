/// What the streaming tool loop reports, in order.
public enum ToolLoopEvent: Sendable {
    /// A request is about to be sent (turns count from 1).
    case turnStarted(turn: Int)
    /// An event of that turn's response stream, as it arrived.
    case responseEvent(ResponseStreamEvent, turn: Int)
    /// The turn's response is complete and appended to the conversation.
    case responseCompleted(Response, turn: Int)
    /// A handler starts for a call.
    case toolCallStarted(FunctionCall)
    /// A call ended; `output` is what the model will see.
    case toolCallFinished(FunctionCall, output: String, outcome: ToolCallOutcome)
    /// The model answered without calls: the loop's last event.
    case finished(ToolLoopResult)
}
