/// Folds the events of a streamed response into the `Response` a non-streaming call would return,
/// and offers the partial response at any point in between.
///
/// Each event costs time proportional to its own size, not to the text accumulated so far.
///
/// ```swift
/// var accumulator = ResponseAccumulator()
/// for try await event in client.createResponseStream(request) {
///     try accumulator.apply(event)
///     if case .responseOutputItemDone = event { show(accumulator.response?.outputText ?? "") }
/// }
/// ```
///
/// Every `EventStream<ResponseStreamEvent>` runs one over its events (`StreamAccumulator`), so
/// `finalResponse()` and `ClientError.streamEndedEarly`'s `partialResponse` need no extra work.
public struct ResponseAccumulator: StreamAccumulator {
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

    /// The response so far (`response`), for `StreamAccumulator`.
    public var accumulatedValue: Response? { response }

    /// Applies one event, in stream order.
    ///
    /// Throws `ClientError.streamFailed` for an `error` event and for `response.failed` (whose
    /// snapshot is kept as the response).
    public mutating func apply(_ event: ResponseStreamEvent, operationID: String = "createResponse") throws {
        accumulate(event)
        if let failure = event.serverFailure(operationID: operationID) { throw failure }
    }

    /// Applies one event, in stream order, without checking it for a failure (`apply` does).
    public mutating func accumulate(_ event: ResponseStreamEvent) {
        switch event {
        case .responseCreated(let event): snapshot = event.response
        case .responseInProgress(let event): snapshot = event.response
        case .responseCompleted(let event): finish(with: event.response)
        case .responseIncomplete(let event): finish(with: event.response)
        case .responseFailed(let event): snapshot = event.response
        case .error, .unknown: break
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
        guard partIndex >= 0 else { return }
        switch part {
        case .outputText(let text):
            withMessage(at: index) { message in
                message.withParts { parts in
                    while parts.count <= partIndex { parts.append(.outputText(OutputText(text: ""))) }
                    parts[partIndex] = .outputText(text)
                }
            }
        case .reasoningText(let text):
            withReasoning(at: index) { content in
                while content.count <= partIndex { content.append(ReasoningText(text: "")) }
                content[partIndex] = text
            }
        case .unknown:
            break
        }
    }

    private mutating func editText(item index: Int, part partIndex: Int, _ edit: (inout String) -> Void) {
        guard partIndex >= 0 else { return }
        withMessage(at: index) { message in
            message.withParts { parts in
                while parts.count <= partIndex { parts.append(.outputText(OutputText(text: ""))) }
                guard case .outputText(var part) = parts[partIndex] else { return }
                parts[partIndex] = Self.placeholderPart  // `part` is now the text's only owner
                edit(&part.text)
                parts[partIndex] = .outputText(part)
            }
        }
    }

    /// Reasoning events carry no content index on this API: they address the last part.
    private mutating func editReasoning(item index: Int, _ edit: (inout String) -> Void) {
        withReasoning(at: index) { content in
            if content.isEmpty { content.append(ReasoningText(text: "")) }
            edit(&content[content.count - 1].text)
        }
    }

    private mutating func editCall(item index: Int, _ edit: (inout FunctionCall) -> Void) {
        guard output.indices.contains(index), case .functionCall(var call) = output[index] else { return }
        output[index] = Self.placeholderItem
        edit(&call)
        output[index] = .functionCall(call)
    }

    // Each edit first takes the value out of its container (leaving a placeholder), so the
    // value has a single owner and appending a delta does not copy the text accumulated so far.
    private static let placeholderItem = OutputItem.unknown(.null)
    private static let placeholderPart = ContentPart.unknown(.null)

    private mutating func withMessage(at index: Int, _ body: (inout Message) -> Void) {
        guard output.indices.contains(index), case .message(var message) = output[index] else { return }
        output[index] = Self.placeholderItem
        body(&message)
        output[index] = .message(message)
    }

    private mutating func withReasoning(at index: Int, _ body: (inout [ReasoningText]) -> Void) {
        guard output.indices.contains(index), case .reasoning(var reasoning) = output[index] else { return }
        output[index] = Self.placeholderItem
        var content = reasoning.content ?? []
        reasoning.content = nil
        body(&content)
        reasoning.content = content
        output[index] = .reasoning(reasoning)
    }
}

extension Message {
    /// Edits the content as parts (plain text content becomes one `output_text` part), taking the
    /// array out of `content` first so the edit does not copy it.
    mutating func withParts(_ body: (inout [ContentPart]) -> Void) {
        var parts: [ContentPart]
        switch content {
        case .parts(let existing): parts = existing
        case .text(let text): parts = [.outputText(OutputText(text: text))]
        case .unknown: parts = []
        }
        content = .text("")
        body(&parts)
        content = .parts(parts)
    }
}
