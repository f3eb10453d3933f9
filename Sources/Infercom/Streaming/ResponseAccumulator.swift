/// Folds the events of a streamed response into the `Response` a non-streaming call would return,
/// and offers the partial response at any point in between.
///
/// ```swift
/// var accumulator = ResponseAccumulator()
/// for try await event in client.createResponseStream(request) {
///     try accumulator.apply(event)
///     render(accumulator.response?.outputText ?? "")
/// }
/// ```
public struct ResponseAccumulator: Sendable {
    /// The latest snapshot the server sent (`response.created`, `.in_progress`, `.completed`, …).
    private var snapshot: Response?
    /// Output items built from the item, part and delta events, by output index.
    private var output: [OutputItem] = []
    /// Whether a terminal event (`response.completed` or `response.incomplete`) arrived.
    public private(set) var isFinished = false

    public init() {}

    /// The response so far: the server's latest snapshot with the output accumulated from events.
    /// `nil` before the first event that carries a response.
    public var response: Response? {
        guard var response = snapshot else { return nil }
        // The final snapshot carries the full output; earlier ones have none, so ours is newer.
        if response.output.count < output.count || !isFinished { response.output = output }
        return response
    }

    /// Applies one event, in stream order.
    ///
    /// Throws `ClientError.streamFailed` for an `error` event and for `response.failed`.
    public mutating func apply(_ event: ResponseStreamEvent, operationID: String = "createResponse") throws {
        if let failure = event.serverFailure(operationID: operationID) {
            if case .responseFailed(let failed) = event { snapshot = failed.response }
            throw failure
        }
        switch event {
        case .responseCreated(let event): snapshot = event.response
        case .responseInProgress(let event): snapshot = event.response
        case .responseCompleted(let event): finish(with: event.response)
        case .responseIncomplete(let event): finish(with: event.response)
        case .responseFailed, .error, .unknown: break
        case .responseOutputItemAdded(let event): setItem(event.item, at: event.outputIndex)
        case .responseOutputItemDone(let event): setItem(event.item, at: event.outputIndex)
        case .responseContentPartAdded(let event): setPart(event.part, item: event.outputIndex, index: event.contentIndex)
        case .responseContentPartDone(let event): setPart(event.part, item: event.outputIndex, index: event.contentIndex)
        case .responseOutputTextDelta(let event):
            editText(item: event.outputIndex, part: event.contentIndex) { $0 += event.delta }
        case .responseOutputTextDone(let event):
            editText(item: event.outputIndex, part: event.contentIndex) { $0 = event.text }
        case .responseReasoningTextDelta(let event):
            editReasoning(item: event.outputIndex) { $0 += event.delta }
        case .responseReasoningTextDone(let event):
            editReasoning(item: event.outputIndex) { $0 = event.text }
        case .responseFunctionCallArgumentsDelta(let event):
            editCall(item: event.outputIndex) { $0.arguments += event.delta }
        case .responseFunctionCallArgumentsDone(let event):
            editCall(item: event.outputIndex) { $0.arguments = event.arguments }
        }
    }

    private mutating func finish(with final: Response) {
        snapshot = final
        isFinished = true
        if final.output.count >= output.count { output = final.output }
    }

    private mutating func setItem(_ item: OutputItem, at index: Int) {
        guard index >= 0 else { return }
        while output.count <= index { output.append(.unknown(.object([:]))) }
        output[index] = item
    }

    private mutating func setPart(_ part: StreamContentPart, item index: Int, index partIndex: Int) {
        guard output.indices.contains(index), partIndex >= 0 else { return }
        switch (output[index], part) {
        case (.message(var message), .outputText(let text)):
            var parts = message.parts
            while parts.count <= partIndex { parts.append(.outputText(OutputText(text: ""))) }
            parts[partIndex] = .outputText(text)
            message.content = .parts(parts)
            output[index] = .message(message)
        case (.reasoning(var reasoning), .reasoningText(let text)):
            var content = reasoning.content ?? []
            while content.count <= partIndex { content.append(ReasoningText(text: "")) }
            content[partIndex] = text
            reasoning.content = content
            output[index] = .reasoning(reasoning)
        default:
            break
        }
    }

    private mutating func editText(item index: Int, part partIndex: Int, _ edit: (inout String) -> Void) {
        guard output.indices.contains(index), partIndex >= 0, case .message(var message) = output[index] else { return }
        var parts = message.parts
        while parts.count <= partIndex { parts.append(.outputText(OutputText(text: ""))) }
        guard case .outputText(var part) = parts[partIndex] else { return }
        edit(&part.text)
        parts[partIndex] = .outputText(part)
        message.content = .parts(parts)
        output[index] = .message(message)
    }

    /// Reasoning events carry no content index on this API: they address the last part.
    private mutating func editReasoning(item index: Int, _ edit: (inout String) -> Void) {
        guard output.indices.contains(index), case .reasoning(var reasoning) = output[index] else { return }
        var content = reasoning.content ?? []
        if content.isEmpty { content.append(ReasoningText(text: "")) }
        edit(&content[content.count - 1].text)
        reasoning.content = content
        output[index] = .reasoning(reasoning)
    }

    private mutating func editCall(item index: Int, _ edit: (inout FunctionCall) -> Void) {
        guard output.indices.contains(index), case .functionCall(var call) = output[index] else { return }
        edit(&call)
        output[index] = .functionCall(call)
    }
}

extension Message {
    /// The content as parts (plain text content becomes one `output_text` part).
    var parts: [ContentPart] {
        switch content {
        case .parts(let parts): parts
        case .text(let text): [.outputText(OutputText(text: text))]
        case .unknown: []
        }
    }
}
