/// A conversation history that Infercom would reject, found before anything was sent.
///
/// Each rule mirrors a `400` that OpenAI-compatible servers answer a stateless history with, so
/// ``Conversation/validate()`` turns that round trip into a local error that names the item.
///
/// ```swift
/// do { try conversation.validate() } catch {
///     print(error.index, error.rule)   // e.g. 3, .functionCallWithoutOutput
/// }
/// ```
public struct ConversationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The history rule an item breaks.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// The conversation has no items; the server needs a non-empty `input`.
        case emptyConversation
        /// A `function_call` has no `function_call_output` with its `call_id` after it
        /// (the server's "No tool output found for function call …").
        case functionCallWithoutOutput
        /// A `function_call_output` whose `call_id` no earlier `function_call` has.
        case outputWithoutCall
        /// A second `function_call_output` for a `call_id` that was already answered.
        case duplicateOutput
        /// Two `function_call` items share one `call_id`, so their outputs cannot be told apart.
        case duplicateCallID
        /// A `reasoning` item is not directly followed by the item it belongs to — an assistant
        /// message or a function call (the server's "reasoning … provided without its required
        /// following item"); this includes a reasoning item at the end.
        case reasoningWithoutFollowingItem
        /// A `reasoning` item without its `summary` array (the server sends `summary: []`, and
        /// OpenAI-compatible servers answer a replayed item without it with "Missing required
        /// parameter … summary").
        case reasoningWithoutSummary
        /// A message whose role is none of `user`, `assistant`, `system`, `developer` (the
        /// server's `invalid_value` for `input[i].role`).
        case unsupportedRole
        /// A request `input` that is neither text nor a list of items, so it cannot be appended.
        case unsupportedInput
    }

    /// The index in ``Conversation/items`` of the offending item (0 for an empty conversation).
    public var index: Int
    /// The rule the item breaks.
    public var rule: Rule
    /// The `call_id` involved, for the rules about function calls.
    public var callID: String?
    /// What is wrong, for people.
    public var detail: String

    /// Creates an error; ``Conversation/validate()`` is what throws these.
    public init(index: Int, rule: Rule, callID: String? = nil, detail: String) {
        self.index = index
        self.rule = rule
        self.callID = callID
        self.detail = detail
    }

    public var description: String { "invalid conversation: item \(index) (\(rule.rawValue)): \(detail)" }
}
