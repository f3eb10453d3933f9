/// How a tool loop runs.
public struct ToolLoopOptions: Sendable, Hashable {
    /// What to do when something goes wrong with one call.
    public enum FailureHandling: Sendable, Hashable {
        /// Send the model an error output for the call (`{"error": "…"}`), so it can correct
        /// itself on the next turn.
        case answerModel
        /// Stop the loop with a ``ToolLoopError``.
        case throwError
    }

    /// The most requests the loop sends. When the model still asks for calls in the last one, the
    /// loop throws ``ToolLoopError`` (`maxTurnsExceeded`) with the conversation so far (its
    /// ``Conversation/pendingCalls`` are the calls not run).
    public var maxTurns: Int
    /// Calls whose arguments do not fit the tool's schema, or that name no tool: answered to the
    /// model by default.
    public var invalidArguments: FailureHandling
    /// Handlers that throw: stop the loop by default (the error is the app's, not the model's).
    public var handlerErrors: FailureHandling

    /// - Parameters:
    ///   - maxTurns: the most requests to send (at least 1).
    ///   - invalidArguments: what to do with calls whose arguments do not fit.
    ///   - handlerErrors: what to do when a handler throws.
    public init(maxTurns: Int = 10, invalidArguments: FailureHandling = .answerModel, handlerErrors: FailureHandling = .throwError) {
        self.maxTurns = max(1, maxTurns)
        self.invalidArguments = invalidArguments
        self.handlerErrors = handlerErrors
    }
}
