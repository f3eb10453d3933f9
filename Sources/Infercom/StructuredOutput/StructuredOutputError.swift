/// A structured answer that is not a valid value of the requested type, with the text that arrived.
public struct StructuredOutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the answer. Kinds are values rather than enum cases so that more can be added
    /// without breaking your code: a `switch` over them needs a `default`.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        public let description: String

        package init(_ name: String) { description = name }

        /// The response holds no answer text: it ended without a message (only reasoning or tool
        /// calls), or its status is not `completed` (for example cut off by `max_output_tokens`).
        public static let noAnswer = Kind("noAnswer")
        /// The answer text is not JSON.
        public static let notJSON = Kind("notJSON")
        /// The answer is JSON that breaks the schema (see ``mismatches``).
        public static let schemaMismatch = Kind("schemaMismatch")
        /// The answer fits the schema but does not decode into the type (for example a value its
        /// `init(from:)` rejects).
        public static let decodingFailed = Kind("decodingFailed")
    }

    /// What is wrong.
    public var kind: Kind
    /// The answer text exactly as it arrived (of the last attempt).
    public var rawText: String
    /// Where the answer breaks the schema, for `schemaMismatch`.
    public var mismatches: [SchemaMismatch]
    /// The responses received, in order: two when a re-ask was made.
    public var responses: [Response]
    /// What exactly, for people.
    public var detail: String

    /// Creates an error; the structured-output calls are what throw these.
    public init(kind: Kind, rawText: String, mismatches: [SchemaMismatch] = [], responses: [Response] = [], detail: String) {
        self.kind = kind
        self.rawText = rawText
        self.mismatches = mismatches
        self.responses = responses
        self.detail = detail
    }

    /// How many requests were sent.
    public var attempts: Int { responses.count }

    public var description: String {
        "structured output (\(kind)\(attempts > 1 ? ", after \(attempts) attempts" : "")): \(detail)"
    }
}
