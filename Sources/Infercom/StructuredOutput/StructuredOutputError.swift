/// A structured answer that is not a valid value of the requested type, with the text that arrived.
public struct StructuredOutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the answer.
    public enum Reason: String, Sendable, Hashable {
        /// The response holds no answer text: it ended without a message (only reasoning or tool
        /// calls), or its status is not `completed` (for example cut off by `max_output_tokens`).
        case noAnswer
        /// The answer text is not JSON.
        case notJSON
        /// The answer is JSON that breaks the schema (see ``mismatches``).
        case schemaMismatch
        /// The answer fits the schema but does not decode into the type (for example a value its
        /// `init(from:)` rejects).
        case decodingFailed
    }

    /// What is wrong.
    public var reason: Reason
    /// The answer text exactly as it arrived (of the last attempt).
    public var rawText: String
    /// Where the answer breaks the schema, for `schemaMismatch`.
    public var mismatches: [SchemaMismatch]
    /// The responses received, in order: two when a re-ask was made.
    public var responses: [Response]
    /// What exactly, for people.
    public var detail: String

    /// Creates an error; the structured-output calls are what throw these.
    public init(reason: Reason, rawText: String, mismatches: [SchemaMismatch] = [], responses: [Response] = [], detail: String) {
        self.reason = reason
        self.rawText = rawText
        self.mismatches = mismatches
        self.responses = responses
        self.detail = detail
    }

    /// How many requests were sent.
    public var attempts: Int { responses.count }

    public var description: String {
        "structured output (\(reason.rawValue)\(attempts > 1 ? ", after \(attempts) attempts" : "")): \(detail)"
    }
}
