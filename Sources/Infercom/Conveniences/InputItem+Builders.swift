import Foundation

extension InputItem {
    /// A user message with plain text content.
    public static func user(_ text: String) -> InputItem {
        .message(Message(role: .user, content: .text(text)))
    }

    /// A system message with plain text content.
    public static func system(_ text: String) -> InputItem {
        .message(Message(role: .system, content: .text(text)))
    }

    /// A developer message with plain text content.
    public static func developer(_ text: String) -> InputItem {
        .message(Message(role: .developer, content: .text(text)))
    }

    /// A prior assistant message with plain text content.
    public static func assistant(_ text: String) -> InputItem {
        .message(Message(role: .assistant, content: .text(text)))
    }

    /// The result of a tool call, matched to the call by `callID`.
    /// `output` is normally JSON text, e.g. `{"temperature":"18°C"}`.
    public static func functionCallOutput(callID: String, output: String) -> InputItem {
        .functionCallOutput(FunctionCallOutput(callID: callID, output: output))
    }
}

extension FunctionCall {
    /// The answer to this call, ready to append to the next request's input.
    public func output(_ output: String) -> InputItem {
        .functionCallOutput(callID: callID, output: output)
    }

    /// The answer to this call, encoded as JSON text.
    public func output(encoding value: some Encodable) throws -> InputItem {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let data = try encoder.encode(value)
        return output(String(decoding: data, as: UTF8.self))
    }

    /// The arguments decoded into `type`: models send them as JSON text.
    public func decodeArguments<Arguments: Decodable>(as type: Arguments.Type = Arguments.self) throws -> Arguments {
        try JSONDecoder().decode(Arguments.self, from: Data(arguments.utf8))
    }
}
