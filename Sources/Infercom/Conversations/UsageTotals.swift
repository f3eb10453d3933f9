/// Token counts added up over the responses of a conversation or a tool loop.
///
/// A response without `usage` adds nothing to the counts but is counted in
/// ``responsesWithoutUsage``, so totals that miss a turn say so instead of looking complete.
public struct UsageTotals: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Input tokens of every response (each request re-sends the whole history, so this grows
    /// with every turn).
    public var inputTokens = 0
    /// Output tokens of every response, reasoning tokens included.
    public var outputTokens = 0
    /// Total tokens of every response.
    public var totalTokens = 0
    /// Reasoning tokens of the responses that reported them.
    public var reasoningTokens = 0
    /// Cached input tokens of the responses that reported them.
    public var cachedTokens = 0
    /// How many responses were added.
    public var responses = 0
    /// How many of those carried no `usage`: the counts above leave them out.
    public var responsesWithoutUsage = 0

    /// Zero tokens, zero responses.
    public init() {}

    /// Whether every response added carried its usage.
    public var isComplete: Bool { responsesWithoutUsage == 0 }

    /// Adds one response's usage.
    public mutating func add(_ usage: Usage?) {
        responses += 1
        guard let usage else {
            responsesWithoutUsage += 1
            return
        }
        inputTokens += usage.inputTokens
        outputTokens += usage.outputTokens
        totalTokens += usage.totalTokens
        reasoningTokens += usage.outputTokensDetails?.reasoningTokens ?? 0
        cachedTokens += usage.inputTokensDetails?.cachedTokens ?? 0
    }

    /// Adds other totals (for example those of a sub-conversation).
    public mutating func add(_ other: UsageTotals) {
        inputTokens += other.inputTokens
        outputTokens += other.outputTokens
        totalTokens += other.totalTokens
        reasoningTokens += other.reasoningTokens
        cachedTokens += other.cachedTokens
        responses += other.responses
        responsesWithoutUsage += other.responsesWithoutUsage
    }

    public var description: String {
        "\(totalTokens) tokens (\(inputTokens) in, \(outputTokens) out, \(reasoningTokens) reasoning) over \(responses) responses"
            + (isComplete ? "" : ", \(responsesWithoutUsage) without usage")
    }
}
