import Foundation

/// An error the server reported inside an event stream (an SSE event named `error`, or an event
/// whose JSON has `"type": "error"`, that the event type could not represent).
public struct StreamFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The operation that was called.
    public var operationID: String
    /// The server's explanation (`message` or `error.message`; the raw data if neither exists).
    public var message: String
    /// `code` or `error.code`, such as `server_error`.
    public var code: String?
    /// `param` or `error.param`.
    public var param: String?
    /// `error.type`, when the data used the nested envelope.
    public var type: String?
    /// The event's `sequence_number`, if it had one.
    public var sequenceNumber: Int?
    /// The SSE event name, usually `error`.
    public var eventName: String?

    public init(
        operationID: String, message: String, code: String? = nil, param: String? = nil, type: String? = nil,
        sequenceNumber: Int? = nil, eventName: String? = nil
    ) {
        self.operationID = operationID
        self.message = message
        self.code = code
        self.param = param
        self.type = type
        self.sequenceNumber = sequenceNumber
        self.eventName = eventName
    }

    /// Reads the flat OpenAI shape `{"code","message","param"}` or the envelope `{"error": {…}}`.
    init(operationID: String, event: ServerSentEvent) {
        let json = try? JSONDecoder().decode(JSONValue.self, from: Data(event.data.utf8))
        let error: JSONValue? =
            switch json?["error"] {
            case .object(let fields): .object(fields)
            default: nil
            }
        func field(_ name: String) -> String? { error?[name]?.scalarText ?? json?[name]?.scalarText }
        let fallback = ErrorBody.trimmedText(Array(event.data.utf8)) ?? "stream error"
        self.init(
            operationID: operationID,
            message: field("message") ?? json?["error"]?.stringValue ?? fallback,
            code: field("code"),
            param: field("param"),
            type: error?["type"]?.scalarText,
            sequenceNumber: json?["sequence_number"].flatMap { if case .integer(let n) = $0 { Int(n) } else { nil } },
            eventName: event.event)
    }

    /// Whether `event` reports an error: it is named `error`, or its JSON `type` is `error`.
    static func isErrorEvent(_ event: ServerSentEvent) -> Bool {
        if event.event == "error" { return true }
        let json = try? JSONDecoder().decode(JSONValue.self, from: Data(event.data.utf8))
        return json?["type"]?.stringValue == "error"
    }

    /// One line, such as `stream error server_error: The model failed to generate a response. (sequence 5)`.
    public var description: String {
        var text = "stream error"
        if let label = code ?? type { text += " \(label)" }
        text += ": " + APIError.singleLine(message)
        if let sequenceNumber { text += " (sequence \(sequenceNumber))" }
        return text
    }
}
