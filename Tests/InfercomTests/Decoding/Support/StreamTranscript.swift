import Infercom

/// One event of an `.sse` fixture: its `event:` name and its `data:` text.
struct TranscriptEvent {
    var name: String?
    var data: String
}

/// Splits an `.sse` fixture the simple way: blocks separated by blank lines, one `event:` and
/// one `data:` line each. (The real parser has its own tests; this only has to read our fixtures.)
enum StreamTranscript {
    static func events(ofFixture name: String) throws -> [TranscriptEvent] {
        try Wire.text(ofFixture: name)
            .components(separatedBy: "\n\n")
            .compactMap { block in
                var event = TranscriptEvent(name: nil, data: "")
                for line in block.split(separator: "\n") {
                    if line.hasPrefix("event: ") { event.name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { event.data = String(line.dropFirst(6)) }
                }
                return event.data.isEmpty ? nil : event
            }
    }

    /// Every `data:` of the fixture decoded as a `ResponseStreamEvent`.
    static func decodedEvents(ofFixture name: String) throws -> [ResponseStreamEvent] {
        try events(ofFixture: name).map { try Wire.decode(ResponseStreamEvent.self, from: $0.data) }
    }
}

extension ResponseStreamEvent {
    /// The `type` the case stands for on the wire (the JSON's own `type` for `unknown`).
    var wireType: String? {
        switch self {
        case .responseCreated: "response.created"
        case .responseInProgress: "response.in_progress"
        case .responseCompleted: "response.completed"
        case .responseFailed: "response.failed"
        case .responseIncomplete: "response.incomplete"
        case .responseOutputItemAdded: "response.output_item.added"
        case .responseOutputItemDone: "response.output_item.done"
        case .responseContentPartAdded: "response.content_part.added"
        case .responseContentPartDone: "response.content_part.done"
        case .responseOutputTextDelta: "response.output_text.delta"
        case .responseOutputTextDone: "response.output_text.done"
        case .responseReasoningTextDelta: "response.reasoning_text.delta"
        case .responseReasoningTextDone: "response.reasoning_text.done"
        case .responseFunctionCallArgumentsDelta: "response.function_call_arguments.delta"
        case .responseFunctionCallArgumentsDone: "response.function_call_arguments.done"
        case .error: "error"
        case .unknown(let json): json["type"]?.stringValue
        }
    }
}
