import Foundation
@_spi(Generated) import OpenAPIClientRuntime

/// The stream conventions of Infercom's OpenAI-compatible API, which the generic runtime does not
/// assume: `data: [DONE]` ends a stream, and an event named `error` (or whose JSON `type` is
/// `error`) that does not decode as a `ResponseStreamEvent` still reports the server's failure.
extension ResponseStreamEvent: EventStreamConventions {
    public static var endMarker: String? { "[DONE]" }

    public static func failure(in event: ServerSentEvent, operationID: String) -> ServerFailure? {
        ServerFailure(openAIErrorEvent: event, operationID: operationID)
    }
}

extension ServerFailure {
    /// The failure an OpenAI-style error event reports: the flat shape `{"code","message","param"}`
    /// or the envelope `{"error": {…}}`; `nil` when the event is not an error event (it is named
    /// `error`, or its JSON `type` is `error`).
    package init?(openAIErrorEvent event: ServerSentEvent, operationID: String) {
        let json = try? JSONDecoder().decode(JSONValue.self, from: Data(event.data.utf8))
        guard event.event == "error" || json?["type"]?.stringValue == "error" else { return nil }
        let error: JSONValue? =
            switch json?["error"] {
            case .object(let fields): .object(fields)
            default: nil
            }
        func field(_ name: String) -> String? { error?[name]?.scalarText ?? json?[name]?.scalarText }
        let fallback = OpenAPIClientRuntime.ErrorBody.trimmedText(Array(event.data.utf8)) ?? "stream error"
        self.init(
            operationID: operationID,
            message: field("message") ?? json?["error"]?.stringValue ?? fallback,
            code: field("code"),
            param: field("param"),
            type: error?["type"]?.scalarText,
            sequenceNumber: json?["sequence_number"].flatMap { if case .integer(let n) = $0 { Int(n) } else { nil } },
            eventName: event.event)
    }
}
