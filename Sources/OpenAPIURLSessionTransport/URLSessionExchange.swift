import Foundation
import OpenAPITransport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One exchange on a `URLSessionTask`: hands the head and the body's chunks from the session's
/// delegate queue to the Swift tasks waiting for them.
///
/// All state is under `lock`. The delegate side (`receive…`, `complete`) runs on the session's
/// serial delegate queue; `head()`, `next()` and `abort` run on any task.
final class URLSessionExchange: @unchecked Sendable {
    private let lock = NSLock()
    private let task: URLSessionDataTask
    private let bodyLimit: Int
    private let timeouts: Timeouts

    private var headWaiter: CheckedContinuation<HTTPResponseHead, any Error>?
    private var receivedHead: HTTPResponseHead?
    private var chunks: [[UInt8]] = []
    private var nextChunk = 0
    private var bufferedBytes = 0
    private var isSuspended = false
    private var reader: CheckedContinuation<[UInt8]?, any Error>?
    /// How the exchange ended: `nil` while running, then success or the error to report.
    private var ending: Result<Void, TransportError>?
    /// Why *we* stopped the task (cancellation, the total limit, a rejected certificate), reported
    /// instead of URLSession's generic "cancelled".
    private var abortReason: TransportError?
    private var totalTimer: Task<Void, Never>?

    init(task: URLSessionDataTask, bodyLimit: Int, timeouts: Timeouts) {
        self.task = task
        self.bodyLimit = bodyLimit
        self.timeouts = timeouts
    }

    var taskIdentifier: Int { task.taskIdentifier }

    func start() {
        if let total = timeouts.total {
            // A timer, not a synchronisation: it ends the exchange when the total limit elapses.
            let timer = Task { [weak self] in
                guard (try? await Task.sleep(for: total)) != nil else { return }
                self?.abort(.timedOut(.total))
            }
            lock.withLock { totalTimer = timer }
        }
        task.resume()
    }

    // MARK: Swift side

    /// Waits for the response head; cancelling the calling task cancels the exchange.
    func head() async throws -> HTTPResponseHead {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let outcome: Result<HTTPResponseHead, TransportError>? = lock.withLock {
                    if let receivedHead { return .success(receivedHead) }
                    if case .failure(let error) = ending { return .failure(error) }
                    headWaiter = continuation
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            abort(.cancelled)
        }
    }

    /// The next chunk of the body, or `nil` at its end.
    func next() async throws -> [UInt8]? {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let (outcome, resume) = lock.withLock { () -> (Result<[UInt8]?, TransportError>?, Bool) in
                    if nextChunk < chunks.count { return (.success(takeChunk()), resumeIfDrained()) }
                    switch ending {
                    case .success: return (.success(nil), false)
                    case .failure(let error): return (.failure(error), false)
                    case nil:
                        reader = continuation
                        return (nil, false)
                    }
                }
                if resume { task.resume() }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            abort(.cancelled)
        }
    }

    /// Stops the exchange for `reason` unless it already ended; the task then completes as cancelled.
    func abort(_ reason: TransportError) {
        let shouldCancel = lock.withLock {
            guard ending == nil, abortReason == nil else { return false }
            abortReason = reason
            return true
        }
        if shouldCancel { task.cancel() }
    }

    // MARK: Delegate side

    func receive(head: HTTPResponseHead) {
        let waiter = lock.withLock {
            receivedHead = head
            defer { headWaiter = nil }
            return headWaiter
        }
        waiter?.resume(returning: head)
    }

    func receive(_ data: Data) {
        guard !data.isEmpty else { return }
        let bytes = [UInt8](data)
        let (waiting, suspend) = lock.withLock { () -> (CheckedContinuation<[UInt8]?, any Error>?, Bool) in
            if let reader {
                self.reader = nil
                return (reader, false)
            }
            chunks.append(bytes)
            bufferedBytes += bytes.count
            guard Self.canPause, bufferedBytes >= bodyLimit, !isSuspended else { return (nil, false) }
            isSuspended = true
            return (nil, true)
        }
        if suspend { task.suspend() }
        waiting?.resume(returning: bytes)
    }

    /// The task ended: with `error`, or (`nil`) after the whole body.
    func complete(error: (any Error)?) {
        let (headWaiter, reader, result, timer) = lock.withLock {
            let headArrived = receivedHead != nil
            let result: Result<Void, TransportError>
            if let abortReason {
                result = .failure(abortReason)
            } else if let error {
                result = .failure(URLSessionErrorMapping.error(
                    for: error, receivedResponse: headArrived, idleLimited: timeouts.idle != nil))
            } else if !headArrived {
                result = .failure(.connectionLost(detail: "the exchange ended without a response"))
            } else {
                result = .success(())
            }
            ending = result
            defer {
                self.headWaiter = nil
                self.reader = nil
            }
            return (self.headWaiter, self.reader, result, totalTimer)
        }
        timer?.cancel()
        if case .failure(let error) = result { headWaiter?.resume(throwing: error) }
        switch result {
        case .success: reader?.resume(returning: nil)
        case .failure(let error): reader?.resume(throwing: error)
        }
    }

    /// Whether `suspend()` pauses a task in flight. Apple's URLSession does; FoundationNetworking's
    /// `resume()` after `suspend()` starts the request over (a second request and a duplicated
    /// body), so there the body is buffered instead.
    private static var canPause: Bool {
        #if canImport(FoundationNetworking)
        false
        #else
        true
        #endif
    }

    // MARK: Buffer (under lock)

    private func takeChunk() -> [UInt8] {
        let chunk = chunks[nextChunk]
        nextChunk += 1
        bufferedBytes -= chunk.count
        if nextChunk == chunks.count {
            chunks.removeAll(keepingCapacity: true)
            nextChunk = 0
        }
        return chunk
    }

    /// Whether a suspended task should resume: the reader has caught up to half the limit.
    private func resumeIfDrained() -> Bool {
        guard isSuspended, bufferedBytes <= bodyLimit / 2, ending == nil else { return false }
        isSuspended = false
        return true
    }
}

extension URLSessionExchange {
    /// The exchange's body; dropping the body (and its iterators) before its end cancels the task.
    func makeHTTPBody() -> HTTPBody {
        let lease = URLSessionBodyLease(self)
        return HTTPBody(makeIterator: {
            HTTPBody.AsyncIterator { try await lease.exchange.next() }
        })
    }
}

/// Keeps the exchange's body readable while anyone holds it, and cancels the task once nobody does.
final class URLSessionBodyLease: Sendable {
    let exchange: URLSessionExchange

    init(_ exchange: URLSessionExchange) { self.exchange = exchange }

    deinit { exchange.abort(.cancelled) }
}
