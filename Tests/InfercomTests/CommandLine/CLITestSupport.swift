import Foundation
import Infercom
import Testing

/// Shared pieces of the command-line tests: a loopback server scripted per test and the
/// environment the binary runs in.
enum CLI {
    static let apiKey = "sk-cli-7e1f0c2a-not-a-real-key"

    /// The environment of a run against `server`: the key and nothing the developer's shell sets.
    static func environment(_ server: LoopbackServer, _ extra: [String: String] = [:]) -> [String: String] {
        ["INFERCOM_API_KEY": apiKey, "INFERCOM_BASE_URL": server.url("/v1")].merging(extra) { _, new in new }
    }

    /// A server that answers every request with `fixture` as an event stream.
    static func streamingServer(fixture: String) throws -> LoopbackServer {
        let transcript = try E2E.fixture(fixture)
        return try LoopbackServer { _, writer in
            writer.startEventStream()
            writer.write(transcript)
            writer.finish()
        }
    }

    /// A server that streams a whole function-call turn: `response.created`, the call's events
    /// (`stream-function-call.sse`) and `response.completed` with `response-function-call.json`.
    static func functionCallServer() throws -> LoopbackServer {
        let response = try E2E.decode(JSONValue.self, try E2E.fixture("response-function-call.json"))
        let completed = String(decoding: try JSONEncoder().encode(response), as: UTF8.self)
        let transcript =
            E2E.sse(#"{"type":"response.created","sequence_number":0,"response":{"id":"resp_fc","object":"response","created_at":1775853213,"status":"in_progress","model":"gpt-oss-120b","output":[]}}"#)
            + (try E2E.fixtureText("stream-function-call.sse"))
            + E2E.sse(#"{"type":"response.completed","sequence_number":12,"response":\#(completed)}"#)
        return try LoopbackServer { _, writer in
            writer.startEventStream()
            writer.write(transcript)
            writer.finish()
        }
    }

    /// A server that answers every request with `body` as JSON.
    static func jsonServer(status: Int = 200, reason: String = "OK", fixture: String) throws -> LoopbackServer {
        let body = try E2E.fixture(fixture)
        return try LoopbackServer { _, writer in writer.respondJSON(status: status, reason: reason, body) }
    }

    /// Polls `condition` (from a server thread) until it holds or `seconds` pass; returns whether it held.
    static func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            if Date() >= deadline { return false }
            usleep(2_000)
        }
        return true
    }
}

extension CLIProcess.Result {
    /// Exited by itself with `status`, not killed by a signal.
    func exited(with status: Int32) -> Bool { exited && self.status == status }

    /// stderr has exactly one line, starting with `infercom: error:`.
    var hasOneErrorLine: Bool {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        return lines.count == 1 && lines[0].hasPrefix("infercom: error: ") && stderr.hasSuffix("\n")
    }
}
