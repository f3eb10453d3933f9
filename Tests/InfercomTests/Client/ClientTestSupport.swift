import Foundation
import Infercom
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// A key that must never show up in any description or log.
let secretKey = "sk-test-9f8e7d6c5b4a-SECRET"

/// A runtime client with Infercom's defaults (its `User-Agent` and `x-error-fields`), as
/// `InfercomClient` builds it, over `transport`.
func mockClient(
    _ transport: MockTransport, sleeps: SleepRecorder = SleepRecorder(), maxRetries: Int = 2,
    maxRetryAfter: Duration = .seconds(60), apiKey: String? = secretKey, defaultHeaders: HTTPFields = [:]
) -> APIClient {
    APIClient(
        configuration: ClientConfiguration(
            baseURL: "https://api.infercom.ai/v1", apiKey: apiKey, defaultHeaders: defaultHeaders,
            retryPolicy: sleeps.policy(maxRetries: maxRetries, maxRetryAfter: maxRetryAfter), transport: transport),
        defaults: InfercomClient.clientDefaults)
}

let createResponse = OperationRequest(
    operationID: "createResponse", method: "POST", path: "/responses", body: SampleBody(model: "gpt-oss-120b"))

/// Runs `operation` and returns the `ClientError` it throws (recording an issue otherwise).
func clientError(
    sourceLocation: SourceLocation = #_sourceLocation, _ operation: () async throws -> Void
) async -> ClientError? {
    do {
        try await operation()
        Issue.record("expected a ClientError, but nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as ClientError {
        return error
    } catch {
        Issue.record("expected a ClientError, got \(type(of: error)): \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// Collects every event of `stream`.
func collectEvents<Event>(_ stream: EventStream<Event>) async throws -> [Event] {
    var events: [Event] = []
    for try await event in stream { events.append(event) }
    return events
}

/// A request body with a schema constraint: `temperature` must be within 0...2.
struct SampleBody: Encodable, Sendable, SchemaValidatable {
    var model: String
    var input: String = "Tell me a story"
    var temperature: Double?
    var metadata: [String: String]?

    func validate(at path: String) throws(SchemaViolation) {
        if let temperature, !(0...2).contains(temperature) {
            throw SchemaViolation(path: path.isEmpty ? "temperature" : "\(path).temperature", requirement: "must be within 0...2")
        }
    }
}

struct Greeting: Codable, Sendable, Equatable {
    var message: String
}

/// A small, strict stand-in for the generated event union: unknown `type`s fail to decode.
enum TestStreamEvent: Decodable, Sendable, Equatable, EventStreamConventions {
    case created(sequence: Int)
    case textDelta(sequence: Int, delta: String)
    case completed(sequence: Int)
    case other(type: String, sequence: Int)

    private enum CodingKeys: String, CodingKey {
        case type, delta
        case sequence = "sequence_number"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        let sequence = try container.decode(Int.self, forKey: .sequence)
        switch type {
        case "response.created": self = .created(sequence: sequence)
        case "response.output_text.delta": self = .textDelta(sequence: sequence, delta: try container.decode(String.self, forKey: .delta))
        case "response.completed": self = .completed(sequence: sequence)
        case _ where type.hasPrefix("response."): self = .other(type: type, sequence: sequence)
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "unknown event type \(type)")
        }
    }

    var sequence: Int {
        switch self {
        case .created(let sequence), .textDelta(let sequence, _), .completed(let sequence), .other(_, let sequence): sequence
        }
    }
}

/// One SSE event carrying `json`.
func sseEvent(_ json: String, event: String? = nil) -> String {
    (event.map { "event: \($0)\n" } ?? "") + "data: \(json)\n\n"
}

extension TestStreamEvent {
    /// The conventions of an OpenAI-compatible stream, as Infercom's events declare them.
    static var endMarker: String? { ResponseStreamEvent.endMarker }

    static func failure(in event: ServerSentEvent, operationID: String) -> ServerFailure? {
        ResponseStreamEvent.failure(in: event, operationID: operationID)
    }
}

extension ClientError {
    /// The server failure when the error is of `kind` (`.streamFailed` or `.responseFailed`), so a
    /// test that expects one of the two fails on the other.
    func serverFailure(ofKind kind: Kind) -> ServerFailure? { self.kind == kind ? serverFailure : nil }
}
