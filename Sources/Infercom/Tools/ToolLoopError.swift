/// Why a tool loop stopped before the model's final answer, with the conversation so far.
public struct ToolLoopError: Error, Sendable, CustomStringConvertible {
    /// Why the loop stopped.
    public enum Reason: Sendable {
        /// The model still asked for calls in the last of `maxTurns` requests.
        case maxTurnsExceeded(maxTurns: Int)
        /// The loop's tools cannot be sent: two share a name, or the request already lists tools.
        case invalidTools(String)
        /// The history broke a rule; nothing was sent for this turn.
        case invalidConversation(ConversationError)
        /// A response's status is not `completed` (for example `incomplete`, cut off by
        /// `max_output_tokens`): its output, possibly partial, is the conversation's last.
        case responseNotCompleted(Response)
        /// A request failed (usually a `ClientError`).
        case requestFailed(any Error)
        /// A call's arguments did not fit (with ``ToolLoopOptions/FailureHandling/throwError``).
        case invalidArguments(FunctionCall, StructuredOutputError)
        /// A call named no known tool (with ``ToolLoopOptions/FailureHandling/throwError``).
        case unknownTool(FunctionCall)
        /// A handler threw (with ``ToolLoopOptions/FailureHandling/throwError``).
        case toolFailed(FunctionCall, any Error)
        /// The task running the loop was cancelled.
        case cancelled
    }

    /// Why.
    public var reason: Reason
    /// The conversation as far as it got: every response received and every output computed.
    public var conversation: Conversation
    /// How many requests were sent.
    public var turns: Int
    /// The usage of those requests.
    public var usage: UsageTotals

    /// Creates an error; the tool loop is what throws these.
    public init(reason: Reason, conversation: Conversation, turns: Int, usage: UsageTotals) {
        self.reason = reason
        self.conversation = conversation
        self.turns = turns
        self.usage = usage
    }

    public var description: String {
        let what: String
        switch reason {
        case .maxTurnsExceeded(let maxTurns): what = "the model still called tools after \(maxTurns) turns"
        case .invalidTools(let detail): what = "invalid tools: \(detail)"
        case .invalidConversation(let error): what = error.description
        case .responseNotCompleted(let response):
            what = "response \(response.id) is \(response.status.rawValue)" + (response.incompleteDetails?.reason.map { " (\($0))" } ?? "")
        case .requestFailed(let error): what = "request failed: \(error)"
        case .invalidArguments(let call, let error): what = "invalid arguments for \(call.name) (\(call.callID)): \(error.detail)"
        case .unknownTool(let call): what = "the model called \(call.name) (\(call.callID)), which is not a tool of the loop"
        case .toolFailed(let call, let error): what = "tool \(call.name) (\(call.callID)) failed: \(error)"
        case .cancelled: what = "cancelled"
        }
        return "tool loop stopped after \(turns) turns: \(what)"
    }
}
