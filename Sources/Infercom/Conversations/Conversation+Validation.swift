extension Conversation {
    /// Checks the history rules Infercom enforces, so a broken history fails here and not as a
    /// `400` from the server:
    ///
    /// - the conversation is not empty;
    /// - every `function_call` has exactly one `function_call_output` with its `call_id`, after it,
    ///   and no two calls share a `call_id`;
    /// - every `function_call_output` answers a call that comes before it;
    /// - every `reasoning` item has its `summary` array (`[]` is fine) and is directly followed by the item it belongs to: an assistant
    ///   message or a function call (an item type these bindings do not know is accepted there,
    ///   as the server produced it);
    /// - every message has one of the roles `user`, `assistant`, `system`, `developer`.
    ///
    /// The client calls that take a conversation run this before sending.
    ///
    /// - Throws: the ``ConversationError`` with the lowest item index (all of them are in ``violations``).
    public func validate() throws(ConversationError) {
        if let first = violations.first { throw first }
    }

    /// Every broken rule of the history, ordered by item index; empty when ``validate()`` passes.
    public var violations: [ConversationError] {
        guard !items.isEmpty else {
            return [ConversationError(index: 0, kind: .emptyConversation, detail: "the conversation has no items; send at least one message")]
        }
        var found: [ConversationError] = []
        var callIndex: [String: Int] = [:]
        var answered: Set<String> = []
        for (index, item) in items.enumerated() {
            switch item {
            case .message(let message):
                if case .unknown(let role) = message.role {
                    found.append(ConversationError(
                        index: index, kind: .unsupportedRole,
                        detail: "role \"\(role)\" is none of user, assistant, system, developer"))
                }
            case .functionCall(let call):
                if let first = callIndex[call.callID] {
                    found.append(ConversationError(
                        index: index, kind: .duplicateCallID, callID: call.callID,
                        detail: "function call \(call.callID) (\(call.name)) repeats the call_id of item \(first)"))
                } else {
                    callIndex[call.callID] = index
                }
            case .functionCallOutput(let output):
                if answered.contains(output.callID) {
                    found.append(ConversationError(
                        index: index, kind: .duplicateOutput, callID: output.callID,
                        detail: "function call \(output.callID) already has an output before this one"))
                } else if callIndex[output.callID] == nil {
                    let later = items[index...].contains { $0.functionCallID == output.callID }
                    found.append(ConversationError(
                        index: index, kind: .outputWithoutCall, callID: output.callID,
                        detail: later
                            ? "the output of \(output.callID) comes before its function call"
                            : "no function call has call_id \(output.callID)"))
                } else {
                    answered.insert(output.callID)
                }
            case .reasoning(let reasoning):
                if reasoning.summary == nil {
                    found.append(ConversationError(
                        index: index, kind: .reasoningWithoutSummary,
                        detail: "reasoning item\(reasoning.id.map { " \($0)" } ?? "") has no summary; replay it as the server sent it (summary: [])"))
                }
                if !Self.canFollowReasoning(index + 1 < items.count ? items[index + 1] : nil) {
                    let id = reasoning.id.map { " \($0)" } ?? ""
                    found.append(ConversationError(
                        index: index, kind: .reasoningWithoutFollowingItem,
                        detail: index + 1 < items.count
                            ? "reasoning item\(id) is followed by \(items[index + 1].kindDescription), not by the message or function call it belongs to"
                            : "reasoning item\(id) is the last item; append the whole response it came with"))
                }
            case .unknown:
                break  // a type these bindings do not know: echoed as the server sent it
            }
        }
        for (callID, index) in callIndex where !answered.contains(callID) {
            found.append(ConversationError(
                index: index, kind: .functionCallWithoutOutput, callID: callID,
                detail: "function call \(callID) has no function_call_output after it"))
        }
        return found.sorted { ($0.index, $0.kind.description) < ($1.index, $1.kind.description) }
    }

    private static func canFollowReasoning(_ next: InputItem?) -> Bool {
        switch next {
        case .message(let message)?: message.role == .assistant
        case .functionCall?, .unknown?: true
        case .reasoning?, .functionCallOutput?, nil: false
        }
    }
}

extension InputItem {
    /// What kind of item this is, for error messages.
    var kindDescription: String {
        switch self {
        case .message(let message): "a \(message.role.rawValue) message"
        case .functionCall: "a function call"
        case .functionCallOutput: "a function call output"
        case .reasoning: "another reasoning item"
        case .unknown(let value): "an item of type \(value["type"]?.stringValue ?? "?")"
        }
    }
}
