/// A conversation history that Infercom would reject, found before anything was sent.
///
/// Each rule mirrors a `400` that OpenAI-compatible servers answer a stateless history with, so
/// ``Conversation/validate()`` turns that round trip into a local error that names the item.
///
/// ```swift
/// do { try conversation.validate() } catch {
///     print(error.index, error.kind)   // e.g. 3 functionCallWithoutOutput
/// }
/// ```
public struct ConversationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The history rule an item breaks. Kinds are values rather than enum cases so that rules can
    /// be added without breaking your code: a `switch` over them needs a `default`.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        public let description: String

        package init(_ name: String) { description = name }

        /// The conversation has no items; the server needs a non-empty `input`.
        public static let emptyConversation = Kind("emptyConversation")
        /// A `function_call` has no `function_call_output` with its `call_id` after it
        /// (the server's "No tool output found for function call …").
        public static let functionCallWithoutOutput = Kind("functionCallWithoutOutput")
        /// A `function_call_output` whose `call_id` no earlier `function_call` has.
        public static let outputWithoutCall = Kind("outputWithoutCall")
        /// A second `function_call_output` for a `call_id` that was already answered.
        public static let duplicateOutput = Kind("duplicateOutput")
        /// Two `function_call` items share one `call_id`, so their outputs cannot be told apart.
        public static let duplicateCallID = Kind("duplicateCallID")
        /// A `reasoning` item is not directly followed by the item it belongs to — an assistant
        /// message or a function call (the server's "reasoning … provided without its required
        /// following item"); this includes a reasoning item at the end.
        public static let reasoningWithoutFollowingItem = Kind("reasoningWithoutFollowingItem")
        /// A `reasoning` item without its `summary` array (the server sends `summary: []`, and
        /// OpenAI-compatible servers answer a replayed item without it with "Missing required
        /// parameter … summary").
        public static let reasoningWithoutSummary = Kind("reasoningWithoutSummary")
        /// A message whose role is none of `user`, `assistant`, `system`, `developer` (the
        /// server's `invalid_value` for `input[i].role`).
        public static let unsupportedRole = Kind("unsupportedRole")
        /// A request `input` that is neither text nor a list of items, so it cannot be appended.
        public static let unsupportedInput = Kind("unsupportedInput")
    }

    /// The index in ``Conversation/items`` of the offending item (0 for an empty conversation).
    public var index: Int
    /// The rule the item breaks.
    public var kind: Kind
    /// The `call_id` involved, for the rules about function calls.
    public var callID: String?
    /// What is wrong, for people.
    public var detail: String

    /// Creates an error; ``Conversation/validate()`` is what throws these.
    public init(index: Int, kind: Kind, callID: String? = nil, detail: String) {
        self.index = index
        self.kind = kind
        self.callID = callID
        self.detail = detail
    }

    public var description: String { "invalid conversation: item \(index) (\(kind)): \(detail)" }
}
