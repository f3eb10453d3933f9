import Foundation
import Infercom
import Testing

/// The end-to-end tests: `InfercomClient` → real `CurlTransport` → TCP → `LoopbackServer` (the suites
/// need libcurl; these helpers serve the TLS and transport suites too).
///
/// Serialized (recursively, across the nested suites) so the timing-sensitive tests — timeouts,
/// cancellation — never share the two cores with the thousands of requests of the split test.
@Suite("End to end: InfercomClient over TCP against a loopback server", .serialized)
struct EndToEndTests {}

/// Shared pieces of the end-to-end tests (namespaced so they cannot clash with other suites' helpers).
enum E2E {
    static let apiKey = "sk-e2e-4c1d9b7a-not-a-real-key"

    /// Generous limits: no test can hang, yet a loaded 2-core machine never trips them.
    static let timeouts = Timeouts(connect: .seconds(5), total: .seconds(20), idle: .seconds(10))

    /// A client for `server` (base URL `http://127.0.0.1:<port>/v1`) on its own connection pool.
    static func client(
        _ server: LoopbackServer, retryPolicy: RetryPolicy = .disabled, timeouts: Timeouts = E2E.timeouts,
        transport: any HTTPTransport = E2E.transport()
    ) -> InfercomClient {
        InfercomClient(
            configuration: ClientConfiguration(
                baseURL: server.url("/v1"), apiKey: apiKey, timeouts: timeouts, retryPolicy: retryPolicy,
                transport: transport))
    }

    /// A fresh transport with its own connection pool: libcurl, or URLSession in a build without it.
    static func transport() -> any HTTPTransport {
        #if LibcurlTransport
        CurlTransport(configuration: .init())
        #else
        URLSessionTransport()
        #endif
    }

    // MARK: Fixtures

    static let fixtureDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // EndToEnd
        .deletingLastPathComponent()  // InfercomTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> [UInt8] {
        let data = FileManager.default.contents(atPath: fixtureDirectory.appendingPathComponent(name).path)
        return [UInt8](try #require(data, "fixture \(name) is missing"))
    }

    static func fixtureText(_ name: String) throws -> String {
        String(decoding: try fixture(name), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) throws -> T {
        try JSONDecoder().decode(type, from: Data(bytes))
    }

    static func json(_ text: String) throws -> JSONValue {
        try decode(JSONValue.self, Array(text.utf8))
    }

    /// The `data:` payloads of an `.sse` fixture, the simple way (one `data:` line per event).
    static func transcriptData(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").compactMap { block in
            block.split(separator: "\n").first { $0.hasPrefix("data: ") }.map { String($0.dropFirst(6)) }
        }
    }

    /// Every event of an `.sse` fixture decoded the way the client decodes them.
    static func transcriptEvents(_ text: String) throws -> [ResponseStreamEvent] {
        try transcriptData(text).map { try decode(ResponseStreamEvent.self, Array($0.utf8)) }
    }

    /// The response of the fixture transcript's `response.completed` event.
    static func completedResponse(in events: [ResponseStreamEvent]) throws -> Response {
        let completed = events.compactMap { event -> Response? in
            if case .responseCompleted(let completed) = event { return completed.response }
            return nil
        }
        return try #require(completed.last, "the transcript has no response.completed event")
    }

    // MARK: SSE writing

    /// The head of a `text/event-stream` response (chunked, so every write reaches the client as its own piece).
    static let eventStreamHeaders: [(String, String)] = [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache")]

    /// One SSE event: `event:` line (when named), one `data:` line, blank line.
    static func sse(_ data: String, event: String? = nil) -> String {
        (event.map { "event: \($0)\n" } ?? "") + "data: \(data)\n\n"
    }

    /// An `output_text.delta` event of the message at output index 0.
    static func textDelta(_ delta: String, sequence: Int) -> String {
        let escaped = String(decoding: try! JSONEncoder().encode(delta), as: UTF8.self)
        return sse(
            #"{"type":"response.output_text.delta","sequence_number":\#(sequence),"item_id":"msg_e2e","output_index":0,"#
                + #""content_index":0,"delta":\#(escaped),"annotations":[],"logprobs":[]}"#,
            event: "response.output_text.delta")
    }

    /// `response.created`, the message item and its empty text part: what precedes text deltas.
    static func textStreamPrelude(responseID: String = "resp_e2e") -> String {
        sse(#"{"type":"response.created","sequence_number":0,"response":{"id":"\#(responseID)","object":"response","created_at":1775853213,"status":"in_progress","model":"gpt-oss-120b","output":[],"usage":null}}"#, event: "response.created")
            + sse(#"{"type":"response.output_item.added","sequence_number":1,"output_index":0,"item":{"id":"msg_e2e","type":"message","role":"assistant","status":"in_progress","content":[]}}"#, event: "response.output_item.added")
            + sse(#"{"type":"response.content_part.added","sequence_number":2,"item_id":"msg_e2e","output_index":0,"content_index":0,"part":{"type":"output_text","text":"","annotations":[],"logprobs":[]}}"#, event: "response.content_part.added")
    }

    // MARK: Errors

    /// The `ClientError` `body` throws; records an issue when it throws something else or nothing.
    static func clientError(
        sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void
    ) async -> ClientError? {
        await InfercomTests.clientError(sourceLocation: sourceLocation, body)
    }

    /// The transport error inside `error`, if it is `ClientError.transport`.
    static func transportError(_ error: ClientError?) -> TransportError? {
        if let failure = error?.transportFailure { return failure.error }
        return nil
    }
}

/// A retry sleeper that records each requested wait and returns at once.
final class E2ESleepLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Duration] = []

    var durations: [Duration] { lock.withLock { recorded } }

    /// A jitter-free policy whose waits are recorded, never slept.
    func policy(maxRetries: Int = 2) -> RetryPolicy {
        RetryPolicy(maxRetries: maxRetries, jitter: 1.0...1.0, sleep: { [self] duration in lock.withLock { recorded.append(duration) } })
    }
}

/// A value set once by a server thread and read by the test.
final class E2EBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

extension ResponseWriter {
    /// Sends a chunked `text/event-stream` head (plus `extraHeaders`).
    func startEventStream(status: Int = 200, extraHeaders: [(String, String)] = []) {
        sendHead(status: status, headers: E2E.eventStreamHeaders + extraHeaders, contentLength: nil)
    }

    /// A complete JSON response.
    func respondJSON(status: Int = 200, reason: String = "OK", _ body: [UInt8], headers: [(String, String)] = []) {
        respond(status: status, reason: reason, headers: [("Content-Type", "application/json")] + headers, body: body)
    }
}

extension RecordedRequest {
    /// The body as JSON (`nil` when it is not JSON).
    var jsonBody: JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: Data(body)) }
}

extension JSONValue {
    /// Whether a `null` occurs anywhere inside.
    var containsNull: Bool {
        switch self {
        case .null: true
        case .array(let elements): elements.contains { $0.containsNull }
        case .object(let members): members.values.contains { $0.containsNull }
        default: false
        }
    }

    /// A copy with `key` set in the top-level object.
    func setting(_ key: String, to value: JSONValue) -> JSONValue {
        guard case .object(var members) = self else { return self }
        members[key] = value
        return .object(members)
    }
}
