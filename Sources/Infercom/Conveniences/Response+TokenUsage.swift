import OpenAPIClientRuntime

extension Response: ReportsTokenUsage {
    /// The response's `usage` as token counts, so a `ClientMiddleware` sees them in
    /// `ClientEvent.Completion.usage` for plain and streamed calls alike.
    public var tokenUsage: TokenUsage? {
        usage.map { TokenUsage(inputTokens: $0.inputTokens, outputTokens: $0.outputTokens, totalTokens: $0.totalTokens) }
    }
}
