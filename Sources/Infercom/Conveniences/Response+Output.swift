import Foundation

extension Response {
    /// The text of every `output_text` part of every message item, concatenated in order —
    /// what the OpenAI SDKs call `output_text`. Empty when the model only called tools.
    public var outputText: String {
        var text = ""
        for case .message(let message) in output {
            text += message.outputText
        }
        return text
    }

    /// The model's chain of thought: the text of every reasoning item, one item per paragraph.
    public var reasoningText: String {
        output.compactMap { item -> String? in
            guard case .reasoning(let reasoning) = item else { return nil }
            return reasoning.text
        }.joined(separator: "\n\n")
    }

    /// The tool calls the model asked for, in output order. Answer each with
    /// `call.output(…)` and send them back in the next request's `input`.
    public var functionCalls: [FunctionCall] {
        output.compactMap { item in
            if case .functionCall(let call) = item { return call }
            return nil
        }
    }

    /// The output items as input items, to send back in the next turn of a conversation
    /// (Infercom is stateless: every request carries the whole history). Unknown item types are
    /// passed on unchanged.
    public var outputAsInput: [InputItem] { output.map(\.asInputItem) }
}

extension Message {
    /// The concatenated `output_text` (and `input_text`) of this message.
    public var outputText: String {
        switch content {
        case .text(let text):
            return text
        case .unknown:
            return ""
        case .parts(let parts):
            var text = ""
            for part in parts {
                switch part {
                case .outputText(let part): text += part.text
                case .inputText(let part): text += part.text
                case .unknown: break
                }
            }
            return text
        }
    }
}

extension ReasoningItem {
    /// The reasoning text of all parts, concatenated.
    public var text: String {
        (content ?? []).map(\.text).joined()
    }
}

extension OutputItem {
    /// The same item as an input item, for replaying a previous turn.
    public var asInputItem: InputItem {
        switch self {
        case .message(let message): .message(message)
        case .functionCall(let call): .functionCall(call)
        case .reasoning(let reasoning): .reasoning(reasoning)
        case .unknown(let payload): .unknown(payload)
        }
    }
}

extension Response {
    /// `created_at` as a `Date`.
    public var createdDate: Date { Date(timeIntervalSince1970: TimeInterval(createdAt)) }

    /// `completed_at` as a `Date`, once the response is complete.
    public var completedDate: Date? { completedAt.map { Date(timeIntervalSince1970: TimeInterval($0)) } }
}
