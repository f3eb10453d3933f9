/// How one tool call ended.
public enum ToolCallOutcome: Sendable, Hashable {
    /// The handler returned; its output was sent to the model.
    case succeeded
    /// The arguments did not fit the tool's schema (the mismatch is in the error output).
    case invalidArguments(StructuredOutputError)
    /// The model named a function that is not among the loop's tools.
    case unknownTool
    /// The handler threw (described); with ``ToolLoopOptions/FailureHandling/answerModel`` the
    /// description was sent to the model.
    case failed(String)
}
