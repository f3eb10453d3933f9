import Infercom

// Optional views of the generated unions' cases, so a test can `#require` the case it expects.
// (The generated enums have no such accessors.)

extension OutputItem {
    /// The wire `type` of the item (`"message"`, `"reasoning"`, …).
    var wireType: String? {
        switch self {
        case .message: "message"
        case .functionCall: "function_call"
        case .reasoning: "reasoning"
        case .unknown(let json): json["type"]?.stringValue
        }
    }

    var messageCase: Message? { if case .message(let value) = self { value } else { nil } }
    var reasoningCase: ReasoningItem? { if case .reasoning(let value) = self { value } else { nil } }
    var functionCallCase: FunctionCall? { if case .functionCall(let value) = self { value } else { nil } }
    var unknownCase: JSONValue? { if case .unknown(let value) = self { value } else { nil } }
}

extension InputItem {
    var messageCase: Message? { if case .message(let value) = self { value } else { nil } }
    var functionCallCase: FunctionCall? { if case .functionCall(let value) = self { value } else { nil } }
    var functionCallOutputCase: FunctionCallOutput? { if case .functionCallOutput(let value) = self { value } else { nil } }
    var unknownCase: JSONValue? { if case .unknown(let value) = self { value } else { nil } }
}

extension ResponseInput {
    var itemsCase: [InputItem]? { if case .items(let value) = self { value } else { nil } }
}

extension MessageContent {
    var partsCase: [ContentPart]? { if case .parts(let value) = self { value } else { nil } }
}

extension ContentPart {
    var outputTextCase: OutputText? { if case .outputText(let value) = self { value } else { nil } }
}

extension TextFormat {
    var jsonSchemaCase: TextFormatJSONSchema? { if case .jsonSchema(let value) = self { value } else { nil } }
}

extension ErrorBody {
    var envelopeCase: ErrorEnvelope? { if case .envelope(let value) = self { value } else { nil } }
}
