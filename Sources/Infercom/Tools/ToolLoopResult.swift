/// What a finished tool loop returns.
public struct ToolLoopResult: Sendable {
    /// The last response: the model's answer without tool calls.
    public var response: Response
    /// The whole conversation, the last response included: continue it for the next question.
    public var conversation: Conversation
    /// How many requests the loop sent.
    public var turns: Int
    /// The usage of the loop's requests (``Conversation/usage`` also counts earlier turns).
    public var usage: UsageTotals

    /// Creates a result; the tool loop is what returns these.
    public init(response: Response, conversation: Conversation, turns: Int, usage: UsageTotals) {
        self.response = response
        self.conversation = conversation
        self.turns = turns
        self.usage = usage
    }
}
