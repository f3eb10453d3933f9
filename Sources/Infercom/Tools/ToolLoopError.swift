/// Why a tool loop stopped before the model's final answer, with the conversation so far.
///
/// ``kind`` says why; the properties named in each kind's documentation carry the rest (they are
/// `nil` for other kinds). Kinds are values rather than enum cases so that more can be added
/// without breaking your code: a `switch` over them needs a `default`.
///
/// ```swift
/// do { _ = try await client.runToolLoop(request, tools: tools) } catch {
///     switch error.kind {
///     case .maxTurnsExceeded: history = error.conversation   // answer the pending calls, then go on
///     case .toolFailed: print("\(error.call?.name ?? "") failed: \(String(describing: error.underlyingError))")
///     default: print(error)   // one readable line
///     }
/// }
/// ```
public struct ToolLoopError: Error, Sendable, CustomStringConvertible {
    /// Why the loop stopped.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        public let description: String

        package init(_ name: String) { description = name }

        /// The model still asked for calls in the last of ``ToolLoopError/maxTurns`` requests.
        public static let maxTurnsExceeded = Kind("maxTurnsExceeded")
        /// The loop's tools cannot be sent: two share a name, or the request already lists tools
        /// (``ToolLoopError/detail`` says which).
        public static let invalidTools = Kind("invalidTools")
        /// The history broke a rule (``ToolLoopError/conversationError``); nothing was sent for this turn.
        public static let invalidConversation = Kind("invalidConversation")
        /// A response's status is not `completed` (for example `incomplete`, cut off by
        /// `max_output_tokens`): ``ToolLoopError/incompleteResponse``, whose output, possibly
        /// partial, is the conversation's last.
        public static let responseNotCompleted = Kind("responseNotCompleted")
        /// A request failed: ``ToolLoopError/underlyingError`` (usually a `ClientError`).
        public static let requestFailed = Kind("requestFailed")
        /// A call's arguments did not fit (with ``ToolLoopOptions/FailureHandling/throwError``):
        /// ``ToolLoopError/call`` and ``ToolLoopError/argumentsError``.
        public static let invalidArguments = Kind("invalidArguments")
        /// A call named no known tool (with ``ToolLoopOptions/FailureHandling/throwError``):
        /// ``ToolLoopError/call``.
        public static let unknownTool = Kind("unknownTool")
        /// A handler threw (with ``ToolLoopOptions/FailureHandling/throwError``): ``ToolLoopError/call``
        /// and the handler's error, ``ToolLoopError/underlyingError``.
        public static let toolFailed = Kind("toolFailed")
        /// The task running the loop was cancelled.
        public static let cancelled = Kind("cancelled")
    }

    /// What each kind carries; internal so that adding a kind changes no public `switch`.
    enum Details: Sendable {
        case maxTurnsExceeded(maxTurns: Int)
        case invalidTools(String)
        case invalidConversation(ConversationError)
        case responseNotCompleted(Response)
        case requestFailed(any Error)
        case invalidArguments(FunctionCall, StructuredOutputError)
        case unknownTool(FunctionCall)
        case toolFailed(FunctionCall, any Error)
        case cancelled
    }

    let details: Details
    /// The conversation as far as it got: every response received and every output computed.
    public var conversation: Conversation
    /// How many requests were sent.
    public var turns: Int
    /// The usage of those requests.
    public var usage: UsageTotals

    /// Creates an error; the tool loop is what throws these.
    init(_ details: Details, conversation: Conversation, turns: Int, usage: UsageTotals) {
        self.details = details
        self.conversation = conversation
        self.turns = turns
        self.usage = usage
    }

    /// Why the loop stopped.
    public var kind: Kind {
        switch details {
        case .maxTurnsExceeded: .maxTurnsExceeded
        case .invalidTools: .invalidTools
        case .invalidConversation: .invalidConversation
        case .responseNotCompleted: .responseNotCompleted
        case .requestFailed: .requestFailed
        case .invalidArguments: .invalidArguments
        case .unknownTool: .unknownTool
        case .toolFailed: .toolFailed
        case .cancelled: .cancelled
        }
    }

    /// The turn limit that was reached, for ``Kind/maxTurnsExceeded``.
    public var maxTurns: Int? {
        if case .maxTurnsExceeded(let maxTurns) = details { maxTurns } else { nil }
    }

    /// What is wrong with the tools, for ``Kind/invalidTools``.
    public var detail: String? {
        if case .invalidTools(let detail) = details { detail } else { nil }
    }

    /// The rule the history broke, for ``Kind/invalidConversation``.
    public var conversationError: ConversationError? {
        if case .invalidConversation(let error) = details { error } else { nil }
    }

    /// The response whose status is not `completed`, for ``Kind/responseNotCompleted``.
    public var incompleteResponse: Response? {
        if case .responseNotCompleted(let response) = details { response } else { nil }
    }

    /// The call the loop stopped at, for ``Kind/invalidArguments``, ``Kind/unknownTool`` and ``Kind/toolFailed``.
    public var call: FunctionCall? {
        switch details {
        case .invalidArguments(let call, _), .unknownTool(let call), .toolFailed(let call, _): call
        default: nil
        }
    }

    /// Why the call's arguments did not fit, for ``Kind/invalidArguments``.
    public var argumentsError: StructuredOutputError? {
        if case .invalidArguments(_, let error) = details { error } else { nil }
    }

    /// The error that stopped the loop: the failed request's (``Kind/requestFailed``) or the
    /// handler's (``Kind/toolFailed``).
    public var underlyingError: (any Error)? {
        switch details {
        case .requestFailed(let error), .toolFailed(_, let error): error
        default: nil
        }
    }

    public var description: String {
        let what: String
        switch details {
        case .maxTurnsExceeded(let maxTurns): what = "the model still called tools after \(maxTurns) turns"
        case .invalidTools(let detail): what = "invalid tools: \(detail)"
        case .invalidConversation(let error): what = error.description
        case .responseNotCompleted(let response):
            what = "response \(response.id) is \(response.status.rawValue)" + (response.incompleteDetails?.reason.map { " (\($0))" } ?? "")
        case .requestFailed(let error): what = "request failed: \(error)"
        case .invalidArguments(let call, let error): what = "invalid arguments for \(call.name) (\(call.callID)): \(error.detail)"
        case .unknownTool(let call): what = "the model called \(call.name) (\(call.callID)), which is not a tool of the loop"
        case .toolFailed(let call, let error): what = "tool \(call.name) (\(call.callID)) failed: \(error)"
        case .cancelled: what = "cancelled"
        }
        return "tool loop stopped after \(turns) turns: \(what)"
    }
}
