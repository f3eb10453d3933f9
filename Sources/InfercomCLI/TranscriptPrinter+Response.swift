import Infercom

extension TranscriptPrinter {
    /// Shows a whole response (`--no-stream`), item by item in output order.
    mutating func show(_ response: Response) {
        for item in response.output {
            switch item {
            case .reasoning(let reasoning): self.reasoning(reasoning.text)
            case .message(let message): answer(message.outputText)
            case .functionCall(let call): toolCall(call)
            case .unknown: break  // an item type this version cannot show; --json prints it whole
            }
        }
    }

    /// Shows one streamed event as it arrives: text and reasoning piece by piece, a tool call once
    /// its arguments are complete.
    mutating func show(_ event: ResponseStreamEvent) {
        switch event {
        case .responseReasoningTextDelta(let delta): reasoning(delta.delta)
        case .responseOutputTextDelta(let delta): answer(delta.delta)
        case .responseOutputItemDone(let done):
            if case .functionCall(let call) = done.item { toolCall(call) }
        default: break
        }
    }
}
