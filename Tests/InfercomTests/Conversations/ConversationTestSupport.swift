import Foundation
import Infercom
import Testing

/// A loopback server that answers each request with the next scripted reply (JSON or an event
/// stream) and records every request; a request beyond the script gets a 500.
final class ScriptedServer: Sendable {
    enum Reply: Sendable {
        case json(String)
        /// The response JSON sent as a stream: `response.created`, one `output_item.done` per
        /// output item, `response.completed`.
        case stream(String)
    }

    let server: LoopbackServer

    init(_ replies: [Reply]) throws {
        let served = SharedCounter()
        server = try LoopbackServer { _, writer in
            let index = served.value
            served.add(1)
            guard index < replies.count else {
                writer.respond(status: 500, headers: [("Content-Type", "text/plain")], text: "no scripted reply \(index)")
                return
            }
            switch replies[index] {
            case .json(let body): writer.respondJSON(Array(body.utf8))
            case .stream(let body):
                writer.startEventStream()
                for event in ScriptedServer.events(of: body) { _ = writer.write(event) }
                writer.finish()
            }
        }
    }

    convenience init(json bodies: [String]) throws { try self.init(bodies.map { .json($0) }) }

    deinit { server.stop() }

    var requests: [RecordedRequest] { server.requests }
    var bodies: [JSONValue] { server.requests.map { $0.jsonBody ?? .null } }

    func client() -> InfercomClient { E2E.client(server) }

    /// The SSE events that add up to `response`.
    static func events(of response: String) -> [String] {
        let json = try! JSONDecoder().decode(JSONValue.self, from: Data(response.utf8))
        guard case .array(let output)? = json["output"] else { return [] }
        func text(_ value: JSONValue) -> String { String(decoding: try! JSONEncoder().encode(value), as: UTF8.self) }
        let started = json.setting("status", to: "in_progress").setting("output", to: []).setting("usage", to: .null)
        var events = [E2E.sse(#"{"type":"response.created","sequence_number":0,"response":\#(text(started))}"#, event: "response.created")]
        for (index, item) in output.enumerated() {
            events.append(E2E.sse(
                #"{"type":"response.output_item.done","sequence_number":\#(index + 1),"output_index":\#(index),"item":\#(text(item))}"#,
                event: "response.output_item.done"))
        }
        events.append(E2E.sse(
            #"{"type":"response.completed","sequence_number":\#(output.count + 1),"response":\#(response)}"#, event: "response.completed"))
        return events
    }
}

/// JSON text of the bodies the scripted server sends.
enum Fixture {
    static func response(_ id: String, _ items: [String], input: Int = 10, output: Int = 5, reasoning: Int? = nil) -> String {
        let details = reasoning.map { #","output_tokens_details":{"reasoning_tokens":\#($0)}"# } ?? ""
        return #"{"id":"\#(id)","object":"response","status":"completed","created_at":1775856350,"completed_at":1775856351,"model":"gpt-oss-120b","output":[\#(items.joined(separator: ","))],"usage":{"input_tokens":\#(input),"output_tokens":\#(output),"total_tokens":\#(input + output)\#(details)},"parallel_tool_calls":true,"tools":[],"store":false}"#
    }

    static func reasoning(_ id: String, _ text: String) -> String {
        #"{"id":"\#(id)","type":"reasoning","status":"completed","summary":[],"content":[{"type":"reasoning_text","text":"\#(text)"}]}"#
    }

    static func call(_ callID: String, _ name: String, _ arguments: String, id: String? = nil) -> String {
        let escaped = String(decoding: try! JSONEncoder().encode(arguments), as: UTF8.self)
        return #"{"id":"\#(id ?? "fc_" + callID)","type":"function_call","call_id":"\#(callID)","name":"\#(name)","arguments":\#(escaped),"status":"completed"}"#
    }

    static func message(_ id: String, _ text: String) -> String {
        let escaped = String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
        return #"{"id":"\#(id)","type":"message","role":"assistant","status":"completed","content":[{"type":"output_text","annotations":[],"logprobs":[],"text":\#(escaped)}]}"#
    }

    static func json(_ text: String) -> JSONValue {
        try! JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    static func item(_ text: String) -> InputItem {
        try! JSONDecoder().decode(InputItem.self, from: Data(text.utf8))
    }
}

/// Lets `count` tasks through only once all of them arrived; a waiter whose task is cancelled
/// stops waiting with `CancellationError`, so a test whose tasks never all arrive fails instead
/// of hanging (its watchdog cancels it).
actor Latch {
    private let count: Int
    private var arrived = 0
    private var waiting: [UUID: CheckedContinuation<Void, any Error>] = [:]

    init(count: Int) { self.count = count }

    var arrivals: Int { arrived }

    func arriveAndWait() async throws {
        arrived += 1
        if arrived >= count {
            for continuation in waiting.values { continuation.resume() }
            waiting = [:]
            return
        }
        let id = UUID()
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                if Task.isCancelled { continuation.resume(throwing: CancellationError()) } else { waiting[id] = continuation }
            }
        } onCancel: {
            Task { await self.cancel(id) }
        }
    }

    private func cancel(_ id: UUID) {
        waiting.removeValue(forKey: id)?.resume(throwing: CancellationError())
    }
}

/// Runs `body`, cancelling it if it has not finished within `seconds` — a bound for a failing
/// test only (a passing one never reaches it), so a test that would deadlock fails instead.
func withWatchdog<T: Sendable>(seconds: Int = 60, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            return nil
        }
        defer { group.cancelAll() }
        while let next = try await group.next() {
            if let value = next { return value }
            group.cancelAll()
        }
        throw CancellationError()
    }
}

/// Suspends until the current task is cancelled.
func suspendUntilCancelled() async {
    let (stream, continuation) = AsyncStream<Void>.makeStream()
    for await _ in stream {}
    continuation.finish()
}
