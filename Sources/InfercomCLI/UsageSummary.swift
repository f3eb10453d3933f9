import Foundation
import Infercom

/// The line printed on stderr after the answer: model, tokens and timing.
///
///     gpt-oss-120b · 24 in, 57 out (12 reasoning) · first token 0.35 s · 118.2 tokens/s · 0.84 s
enum UsageSummary {
    static func line(for response: Response, timing: Stopwatch) -> String {
        var parts = [response.model]
        if let usage = response.usage {
            let reasoning = usage.outputTokensDetails.map { " (\($0.reasoningTokens) reasoning)" } ?? ""
            parts.append("\(usage.inputTokens) in, \(usage.outputTokens) out\(reasoning)")
        } else {
            parts.append("no token usage reported")
        }
        if let firstToken = timing.firstToken { parts.append("first token \(format(firstToken.seconds)) s") }
        if let rate = response.usage.flatMap({ timing.tokensPerSecond(outputTokens: $0.outputTokens) }) {
            parts.append(String(format: "%.1f tokens/s", rate))
        }
        if let total = timing.total { parts.append("\(format(total.seconds)) s") }
        return parts.joined(separator: " · ")
    }

    private static func format(_ seconds: Double) -> String { String(format: "%.2f", seconds) }
}
