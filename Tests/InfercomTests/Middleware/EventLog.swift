import Foundation
import Infercom

/// A middleware that keeps every event it observes, and adds `headers` to every attempt.
final class EventLog: ClientMiddleware, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [ClientEvent] = []  // guarded by `lock`
    let headers: HTTPFields

    init(adding headers: HTTPFields = [:]) { self.headers = headers }

    var events: [ClientEvent] { lock.withLock { recorded } }

    /// One short line per event, such as `send#1`, `head#1 503`, `retry#1 HTTP 503 after 0.5 seconds`.
    var steps: [String] { events.map(Self.step) }

    func additionalHeaders(for call: CallContext) async -> HTTPFields { headers }

    func observe(_ event: ClientEvent) async { lock.withLock { recorded.append(event) } }

    static func step(_ event: ClientEvent) -> String {
        switch event {
        case .requestWillBeSent(let sent): "send#\(sent.attempt)"
        case .responseHead(let head): "head#\(head.attempt) \(head.status)"
        case .retry(let retry): "retry#\(retry.failedAttempt) \(retry.reason) after \(retry.delay)"
        case .streamEvent(let event): "event#\(event.index)"
        case .completed(let completion): "completed attempts=\(completion.metadata.attempts) events=\(completion.eventCount)"
        case .failed(let failure): "failed \(failure.error.kind)"
        }
    }
}

/// A middleware that asks for the request in full (`prepare`), so it sees the key.
final class RequestInspector: ClientMiddleware, @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [String?] = []  // guarded by `lock`

    var authorizations: [String?] { lock.withLock { seen } }

    func prepare(_ request: inout HTTPRequest, for call: CallContext) async {
        let authorization = request.headers["Authorization"]
        lock.withLock { seen.append(authorization) }
        request.headers["X-Signed"] = "yes"
    }
}

extension ClientEvent {
    var completion: Completion? { if case .completed(let completion) = self { completion } else { nil } }
    var sent: SentRequest? { if case .requestWillBeSent(let sent) = self { sent } else { nil } }
    var observedEvent: ObservedStreamEvent? { if case .streamEvent(let event) = self { event } else { nil } }
}
