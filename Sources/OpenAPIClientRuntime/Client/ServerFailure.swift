import Foundation

/// The details of `ClientError.Kind.streamFailed` and `.responseFailed`: a failure the server
/// reported inside a successful (2xx) HTTP response — an event stream's `error` event, or a
/// response object whose status says it failed.
public struct ServerFailure: Sendable, Hashable, CustomStringConvertible {
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
    /// The SSE event name, usually `error`; `nil` outside streams.
    public var eventName: String?
    /// The id of the failed response, when the server sent one.
    public var responseID: String?

    public init(
        operationID: String, message: String, code: String? = nil, param: String? = nil, type: String? = nil,
        sequenceNumber: Int? = nil, eventName: String? = nil, responseID: String? = nil
    ) {
        self.operationID = operationID
        self.message = message
        self.code = code
        self.param = param
        self.type = type
        self.sequenceNumber = sequenceNumber
        self.eventName = eventName
        self.responseID = responseID
    }

    /// One line, such as `stream error server_error: The model failed to generate a response. (sequence 5)`.
    public var description: String {
        var text = eventName == nil ? "response failed" : "stream error"
        if let label = code ?? type { text += " \(label)" }
        text += ": " + APIFailure.singleLine(message)
        if let sequenceNumber { text += " (sequence \(sequenceNumber))" }
        if let responseID { text += " (response \(responseID))" }
        return text
    }
}

/// A decoded value that can carry a failure despite a 2xx status (a response whose status is
/// `failed`, a stream's `error` event). `APIClient.perform` and `EventStream` throw the failure
/// instead of returning the value, so every server-reported failure is caught the same way.
public protocol ReportsServerFailure {
    /// The error to throw instead of returning `self`, or `nil` if `self` reports no failure.
    func serverFailure(operationID: String) -> ClientError?
}
