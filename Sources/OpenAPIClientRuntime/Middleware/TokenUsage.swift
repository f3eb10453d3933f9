/// Token counts of one model call, as tracing conventions such as OpenTelemetry GenAI's
/// `gen_ai.usage.*` need them.
public struct TokenUsage: Sendable, Hashable {
    public var inputTokens: Int
    public var outputTokens: Int
    public var totalTokens: Int

    public init(inputTokens: Int, outputTokens: Int, totalTokens: Int) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.totalTokens = totalTokens
    }
}

/// A decoded value that says how many tokens it took; `ClientEvent.Completion.usage` reads it.
public protocol ReportsTokenUsage {
    /// The counts, or `nil` when the value carries none.
    var tokenUsage: TokenUsage? { get }
}
