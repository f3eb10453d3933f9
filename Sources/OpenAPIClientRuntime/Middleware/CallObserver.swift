import Foundation

/// Runs a call's middlewares and keeps its clock. Exists only when middlewares are installed,
/// so a client without them pays one `nil` check per hook and nothing else.
///
/// Driven by one call at a time (the task running the call, or the stream's single reader); the
/// lock only makes the timings safe to touch from whichever executor that task is on.
final class CallObserver: @unchecked Sendable {
    let call: CallContext
    private let middlewares: [any ClientMiddleware]
    private let start = ContinuousClock.now
    private let lock = NSLock()
    // Guarded by `lock`:
    private var timeToResponseHead: Duration?
    private var timeToFirstEvent: Duration?
    private var eventCount = 0
    private var reported = false

    private static let counter = LockedCounter()

    /// An observer for one call, or `nil` when `configuration` has no middlewares.
    static func start(_ request: OperationRequest, streaming: Bool, configuration: ClientConfiguration) -> CallObserver? {
        guard !configuration.middlewares.isEmpty else { return nil }
        let call = CallContext(id: counter.next(), operationID: request.operationID, isStreaming: streaming)
        return CallObserver(call: call, middlewares: configuration.middlewares)
    }

    private init(call: CallContext, middlewares: [any ClientMiddleware]) {
        self.call = call
        self.middlewares = middlewares
    }

    private var elapsed: Duration { ContinuousClock.now - start }

    /// Lets the middlewares add headers and rewrite the attempt, then reports it (key redacted).
    nonisolated(nonsending) func prepare(_ request: HTTPRequest, attempt: Int) async -> HTTPRequest {
        var request = request
        for middleware in middlewares {
            let added = await middleware.additionalHeaders(for: call)
            if !added.fields.isEmpty { request.headers = request.headers.overriding(with: added) }
            await middleware.prepare(&request, for: call)
        }
        let (url, headers) = request.redacted()
        await emit(.requestWillBeSent(.init(
            call: call, attempt: attempt, method: request.method, url: url, headers: headers,
            bodyByteCount: request.body?.count ?? 0)))
        return request
    }

    nonisolated(nonsending) func responseHead(_ head: HTTPResponseHead, attempt: Int) async {
        let elapsed = elapsed
        lock.withLock { timeToResponseHead = elapsed }
        await emit(.responseHead(.init(call: call, attempt: attempt, status: head.status, headers: head.headers, elapsed: elapsed)))
    }

    nonisolated(nonsending) func retry(failedAttempt: Int, reason: ClientEvent.RetryReason, delay: Duration) async {
        await emit(.retry(.init(call: call, failedAttempt: failedAttempt, reason: reason, delay: delay)))
    }

    nonisolated(nonsending) func streamEvent(_ event: any Sendable) async {
        let elapsed = elapsed
        let index: Int = lock.withLock {
            if timeToFirstEvent == nil { timeToFirstEvent = elapsed }
            eventCount += 1
            return eventCount - 1
        }
        await emit(.streamEvent(.init(call: call, index: index, elapsed: elapsed, event: event)))
    }

    /// Reports success once; later outcomes of the same call are ignored.
    nonisolated(nonsending) func completed(metadata: ResponseMetadata?, value: (any Sendable)?) async {
        guard let (timings, count) = claimOutcome() else { return }
        let usage = (value as? any ReportsTokenUsage)?.tokenUsage
        let metadata = metadata ?? ResponseMetadata(status: 0, headers: [:], attempts: 0)
        await emit(.completed(.init(call: call, metadata: metadata, timings: timings, value: value, usage: usage, eventCount: count)))
    }

    /// Reports failure once; `error` is what the caller gets.
    nonisolated(nonsending) func failed(_ error: any Error) async {
        guard let clientError = error as? ClientError, let (timings, count) = claimOutcome() else { return }
        await emit(.failed(.init(call: call, error: clientError, timings: timings, eventCount: count)))
    }

    private func claimOutcome() -> (CallTimings, Int)? {
        let total = elapsed
        return lock.withLock {
            guard !reported else { return nil }
            reported = true
            return (CallTimings(timeToResponseHead: timeToResponseHead, timeToFirstEvent: timeToFirstEvent, total: total), eventCount)
        }
    }

    private nonisolated(nonsending) func emit(_ event: ClientEvent) async {
        for middleware in middlewares { await middleware.observe(event) }
    }
}

/// Hands out call ids.
private final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value: UInt64 = 0
    func next() -> UInt64 { lock.withLock { value += 1; return value } }
}
