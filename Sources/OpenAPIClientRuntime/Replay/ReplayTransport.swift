import Foundation

/// Answers requests from a recording (`RecordingTransport`'s file, or exchanges built in code)
/// instead of the network: for tests of code that calls the API.
///
/// A request is matched by method, path (without scheme and host) and body — equal bytes, or
/// equal JSON values. Each recorded exchange answers once, the earliest unused match first. A
/// request that matches no unused exchange fails with `TransportError.invalidRequest`, whose
/// detail names the closest recording and how it differs; the client does not retry it.
///
/// `timing` chooses whether the response arrives at once or as recorded (the head, each chunk,
/// and a recorded failure each at its offset from the request).
public final class ReplayTransport: HTTPTransport, @unchecked Sendable {
    /// How fast a recording plays back.
    public enum Timing: Sendable, Hashable {
        /// Everything at once.
        case instant
        /// With the recorded delays.
        case recorded
    }

    /// The exchanges, in recording order.
    public let exchanges: [RecordedExchange]
    public let timing: Timing
    private let lock = NSLock()
    private var used: Set<Int> = []  // indices into `exchanges`, guarded by `lock`

    public init(exchanges: [RecordedExchange], timing: Timing = .instant) {
        self.exchanges = exchanges
        self.timing = timing
    }

    /// Reads a recording file.
    public convenience init(contentsOf url: URL, timing: Timing = .instant) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        try self.init(recording: text, source: url.lastPathComponent, timing: timing)
    }

    /// Reads a recording's text; `source` names it in errors.
    public convenience init(recording text: String, source: String = "recording", timing: Timing = .instant) throws {
        self.init(exchanges: try RecordingFormat.exchanges(in: text, source: source), timing: timing)
    }

    /// Whether every recorded exchange has been replayed.
    public var isExhausted: Bool { lock.withLock { used.count == exchanges.count } }

    public func send(_ request: HTTPRequest) async throws -> (HTTPResponseHead, HTTPBody) {
        let start = ContinuousClock.now
        // Compared as it was recorded: with the key redacted.
        let path = RecordedExchange.path(of: request.redacted().url)
        let match: RecordedExchange? = lock.withLock {
            let index = exchanges.indices.first { !used.contains($0) && Self.matches(exchanges[$0], request, path: path) }
            if let index { used.insert(index) }
            return index.map { exchanges[$0] }
        }
        guard let exchange = match else {
            throw TransportError.invalidRequest(detail: ReplayMismatch(request: request, path: path, exchanges: exchanges, used: lock.withLock { used }).description)
        }
        let arrive = Arrival(start: start, timing: timing)
        guard let head = exchange.head else {
            try await arrive.wait(until: exchange.endOffset)
            throw TransportError.connectionFailed(detail: "replayed failure: \(exchange.failure ?? "no response")")
        }
        try await arrive.wait(until: head.offset)
        let body = HTTPBody {
            var remaining = exchange.chunks[...]
            var ended = false
            return HTTPBody.AsyncIterator {
                if let chunk = remaining.popFirst() {
                    try await arrive.wait(until: chunk.offset)
                    return chunk.bytes
                }
                guard !ended else { return nil }
                ended = true
                guard let failure = exchange.failure else { return nil }
                try await arrive.wait(until: exchange.endOffset)
                throw TransportError.connectionLost(detail: "replayed failure: \(failure)")
            }
        }
        return (HTTPResponseHead(status: head.status, headers: head.headers), body)
    }

    static func matches(_ exchange: RecordedExchange, _ request: HTTPRequest, path: String) -> Bool {
        exchange.method == request.method && exchange.path == path
            && bodiesMatch(
                MultipartBoundary.normalized(exchange.requestBody, contentType: exchange.requestHeaders["Content-Type"]),
                MultipartBoundary.normalized(request.body, contentType: request.headers["Content-Type"]))
    }

    /// Equal bytes, or both JSON with equal values (key order and spacing do not matter).
    static func bodiesMatch(_ recorded: [UInt8]?, _ sent: [UInt8]?) -> Bool {
        let recorded = recorded ?? [], sent = sent ?? []
        if recorded == sent { return true }
        guard let left = try? JSONDecoder().decode(JSONValue.self, from: Data(recorded)),
              let right = try? JSONDecoder().decode(JSONValue.self, from: Data(sent)) else { return false }
        return left == right
    }
}

/// Waits until a recorded offset from the request's start, when replaying with the recorded timing.
private struct Arrival: Sendable {
    let start: ContinuousClock.Instant
    let timing: ReplayTransport.Timing

    func wait(until offset: Duration) async throws {
        guard timing == .recorded else { return }
        do {
            try await Task.sleep(until: start + offset, clock: .continuous)
        } catch {
            throw TransportError.cancelled
        }
    }
}
