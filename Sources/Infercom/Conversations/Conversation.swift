/// The input items of a stateless conversation, kept in the shape Infercom accepts back.
///
/// Infercom keeps no state between requests: every request carries the whole history. A
/// `Conversation` holds that history and appends to it the way the server expects it —
/// a response's output items in order (reasoning items stay in front of the item they belong to,
/// ids and empty arrays such as `summary: []` are kept, item types these bindings do not know are
/// echoed unchanged), tool outputs matched to their call by `call_id` — and adds up the usage of
/// every response appended.
///
/// ``validate()`` checks the history rules before sending; the client calls that take a
/// conversation run it for you, so a broken history is a ``ConversationError`` naming the item,
/// never a `400` from the server.
///
/// A conversation is `Codable`, to keep a history between launches: its items encode as the
/// JSON the server receives.
///
/// ```swift
/// var conversation = Conversation()
/// conversation.append(user: "What is the weather in Bogotá?")
/// let response = try await client.createResponse(request, continuing: &conversation)
/// ```
public struct Conversation: Sendable, Hashable, Codable {
    /// The history, in order: what the next request sends as `input`.
    public private(set) var items: [InputItem]
    /// The usage of every response appended so far.
    public private(set) var usage = UsageTotals()
    /// The ids of the responses appended so far, in order.
    public private(set) var responseIDs: [String] = []

    /// A conversation starting with `items` (for example a history saved earlier).
    public init(_ items: [InputItem] = []) {
        self.items = items
    }

    /// Appends a user message.
    public mutating func append(user text: String) { items.append(.user(text)) }

    /// Appends a system message.
    public mutating func append(system text: String) { items.append(.system(text)) }

    /// Appends a developer message.
    public mutating func append(developer text: String) { items.append(.developer(text)) }

    /// Appends any input item as it is.
    public mutating func append(_ item: InputItem) { items.append(item) }

    /// Appends input items as they are.
    public mutating func append(contentsOf newItems: some Sequence<InputItem>) { items.append(contentsOf: newItems) }

    /// Appends a response's output items exactly as the next turn needs them, and adds its usage.
    ///
    /// Every output item is kept, in the server's order and with every member it arrived with
    /// (`id`, `status`, `summary: []`, members these bindings do not describe); unknown item
    /// types are passed on unchanged.
    public mutating func append(_ response: Response) {
        items.append(contentsOf: response.outputAsInput)
        usage.add(response.usage)
        responseIDs.append(response.id)
    }

    /// Appends the output of the function call with `callID`.
    ///
    /// - Throws: ``ConversationError`` with rule `outputWithoutCall` when no function call in the
    ///   history has that `call_id`, or `duplicateOutput` when it was already answered. Nothing is
    ///   appended then.
    public mutating func appendOutput(_ output: String, forCallID callID: String) throws(ConversationError) {
        guard items.contains(where: { $0.functionCallID == callID }) else {
            throw ConversationError(
                index: items.count, kind: .outputWithoutCall, callID: callID,
                detail: "no function call in the conversation has call_id \(callID)")
        }
        if items.contains(where: { $0.functionCallOutputID == callID }) {
            throw ConversationError(
                index: items.count, kind: .duplicateOutput, callID: callID,
                detail: "the function call \(callID) already has an output")
        }
        items.append(.functionCallOutput(callID: callID, output: output))
    }

    /// The function calls that have no output yet, in history order: what a tool loop runs next.
    public var pendingCalls: [FunctionCall] {
        let answered = Set(items.compactMap(\.functionCallOutputID))
        return items.compactMap { item in
            if case .functionCall(let call) = item, !answered.contains(call.callID) { return call }
            return nil
        }
    }
}

extension InputItem {
    /// The `call_id` of a `function_call` item.
    var functionCallID: String? {
        if case .functionCall(let call) = self { return call.callID }
        return nil
    }

    /// The `call_id` of a `function_call_output` item.
    var functionCallOutputID: String? {
        if case .functionCallOutput(let output) = self { return output.callID }
        return nil
    }
}
