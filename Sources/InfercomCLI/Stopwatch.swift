/// The timing of one request: from just before sending to the first token and to the end.
struct Stopwatch {
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private(set) var firstToken: Duration?
    private(set) var total: Duration?

    init() { start = clock.now }

    /// Marks the first piece of generated output (text, reasoning or tool-call arguments); later calls do nothing.
    mutating func markToken() {
        if firstToken == nil { firstToken = clock.now - start }
    }

    mutating func stop() {
        if total == nil { total = clock.now - start }
    }

    /// Output tokens per second of generation: from the first token to the end when streaming,
    /// over the whole request otherwise (no first token is seen then).
    func tokensPerSecond(outputTokens: Int) -> Double? {
        guard let total else { return nil }
        let generating = total - (firstToken ?? .zero)
        let seconds = generating.seconds
        return seconds > 0 && outputTokens > 0 ? Double(outputTokens) / seconds : nil
    }
}

extension Duration {
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
