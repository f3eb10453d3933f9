import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// A transport that records every request and answers with scripted replies, in order.
final class MockTransport: HTTPTransport, @unchecked Sendable {
    enum Reply: Sendable {
        case response(status: Int, headers: HTTPFields, body: HTTPBody)
        case failure(TransportError)

        static func json(_ status: Int, _ json: String, headers: HTTPFields = [:]) -> Reply {
            .response(status: status, headers: headers.adding("Content-Type", "application/json"), body: .text(json))
        }

        static func text(_ status: Int, _ text: String, headers: HTTPFields = [:]) -> Reply {
            .response(status: status, headers: headers.adding("Content-Type", "text/plain"), body: .text(text))
        }

        static func bytes(_ status: Int, _ bytes: [UInt8], headers: HTTPFields = [:]) -> Reply {
            .response(status: status, headers: headers, body: HTTPBody(bytes: bytes))
        }

        /// An event stream delivered in `chunks`, optionally breaking off with `failure`.
        static func events(_ chunks: [String], thenFail failure: TransportError? = nil, headers: HTTPFields = [:]) -> Reply {
            .response(
                status: 200, headers: headers.adding("Content-Type", "text/event-stream"),
                body: .scripted(chunks.map { Array($0.utf8) }, thenFail: failure))
        }
    }

    private let lock = NSLock()
    private var replies: [Reply]  // guarded by `lock`
    private var recorded: [HTTPRequest] = []  // guarded by `lock`

    init(_ replies: [Reply]) { self.replies = replies }
    convenience init(_ replies: Reply...) { self.init(replies) }

    /// The requests sent so far.
    var requests: [HTTPRequest] { lock.withLock { recorded } }

    func send(_ request: HTTPRequest) async throws -> (HTTPResponseHead, HTTPBody) {
        let reply: Reply? = lock.withLock {
            recorded.append(request)
            return replies.isEmpty ? nil : replies.removeFirst()
        }
        switch reply {
        case .response(let status, let headers, let body)?:
            return (HTTPResponseHead(status: status, headers: headers), body)
        case .failure(let error)?:
            throw error
        case nil:
            Issue.record("unexpected request \(request.method) \(request.url)")
            throw TransportError.invalidRequest(detail: "no scripted reply")
        }
    }
}

/// Records the waits a `RetryPolicy` asks for instead of sleeping.
final class SleepRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Duration] = []  // guarded by `lock`

    var durations: [Duration] { lock.withLock { recorded } }

    var sleeper: RetryPolicy.Sleeper {
        { [self] duration in lock.withLock { recorded.append(duration) } }
    }

    /// A policy that retries twice with exact (jitter-free) backoffs and records its waits.
    func policy(maxRetries: Int = 2, maxRetryAfter: Duration = .seconds(60)) -> RetryPolicy {
        RetryPolicy(maxRetries: maxRetries, jitter: 1.0...1.0, maxRetryAfter: maxRetryAfter, sleep: sleeper)
    }
}

extension HTTPFields {
    func adding(_ name: String, _ value: String) -> HTTPFields {
        var fields = self
        if fields[name] == nil { fields.append(name: name, value: value) }
        return fields
    }
}
