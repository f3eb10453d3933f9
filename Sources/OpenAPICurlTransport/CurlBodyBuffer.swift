import Foundation
import OpenAPITransport

/// What the producer (libcurl's write callback) should do with a chunk it offered.
enum CurlBodyOffer: Equatable {
    /// The chunk was taken.
    case accepted
    /// The buffer is full: return `CURL_WRITEFUNC_PAUSE`; curl keeps the chunk and re-offers it on unpause.
    case pause
    /// Nobody will read the body any more: abort the transfer.
    case abandoned
}

/// Told by the buffer when the consumer's behaviour needs the transfer's attention.
protocol CurlBodyBufferDelegate: AnyObject, Sendable {
    /// The consumer drained a paused buffer down to its low-water mark: unpause the transfer.
    func bodyBufferWantsMore()
    /// The consumer went away (cancelled, or dropped the body) before the end: abort the transfer.
    func bodyBufferAbandoned()
}

/// A bounded, single-consumer queue of body chunks between the driver thread and a Swift task.
///
/// Back-pressure: once `limit` bytes sit unread, `offer` answers `.pause`, which stops libcurl
/// reading the socket (so the peer's writes block). The consumer asks for more once it has drained
/// to half the limit, so a slow reader keeps memory flat without pausing on every chunk.
/// Thread-safe through `lock`; continuations are always resumed outside it.
final class CurlBodyBuffer: @unchecked Sendable {
    let limit: Int
    /// Set once by the owning transfer before the buffer is shared; weak to avoid a cycle.
    weak var delegate: (any CurlBodyBufferDelegate)?

    /// Where the body is in its life; the queue below holds what is still unread.
    private enum Phase {
        /// The producer may still offer chunks.
        case open
        /// The transfer ended: `.success`, or an error not yet reported (reported once, then `.success`).
        case ended(Result<Void, TransportError>)
        /// The reader went away: chunks are refused and the transfer is aborted if still running.
        case abandoned
    }

    private let lock = NSLock()
    private var phase = Phase.open
    private var chunks: [[UInt8]] = []
    private var firstChunk = 0
    private var bufferedBytes = 0
    private var highWaterBytes = 0
    private var pauseCount = 0
    private var producerPaused = false
    private var waiter: CheckedContinuation<[UInt8]?, any Error>?

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// The most bytes ever held unread at once, and how often the producer was paused.
    var statistics: (highWaterBytes: Int, pauses: Int) {
        lock.withLock { (highWaterBytes, pauseCount) }
    }

    /// Whether a reader is parked in `next()` waiting for a chunk (lets tests synchronise on it).
    var hasWaitingReader: Bool {
        lock.withLock { waiter != nil }
    }

    // MARK: Producer side (driver thread)

    func offer(_ bytes: UnsafeRawBufferPointer) -> CurlBodyOffer {
        lock.lock()
        if case .abandoned = phase {
            lock.unlock()
            return .abandoned
        }
        if bufferedBytes >= limit {
            producerPaused = true
            pauseCount += 1
            lock.unlock()
            return .pause
        }
        let chunk = [UInt8](bytes)
        if let waiter {
            self.waiter = nil
            lock.unlock()
            waiter.resume(returning: chunk)
            return .accepted
        }
        chunks.append(chunk)
        bufferedBytes += chunk.count
        highWaterBytes = max(highWaterBytes, bufferedBytes)
        lock.unlock()
        return .accepted
    }

    /// Ends the body: `.success` after the last chunk, or the transfer's error.
    func finish(_ result: Result<Void, TransportError>) {
        lock.lock()
        guard case .open = phase else {
            lock.unlock()
            return
        }
        let waiter = firstChunk == chunks.count ? takeWaiter() : nil
        phase = .ended(waiter == nil ? result : .success(()))  // handed to the waiter now, so reported only once
        lock.unlock()
        if let waiter { deliverEnd(result, to: waiter) }
    }

    // MARK: Consumer side (any task)

    /// The next chunk, `nil` at the end; throws the transfer's error, or `.cancelled` if the task is cancelled.
    /// Runs on the caller's actor, so waiting for a chunk costs no executor hop.
    nonisolated(nonsending) func next() async throws -> [UInt8]? {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<[UInt8]?, any Error>) in
                lock.lock()
                if case .abandoned = phase {
                    lock.unlock()
                    continuation.resume(throwing: TransportError.cancelled)
                } else if firstChunk < chunks.count {
                    let chunk = popLocked()
                    let wantsMore = shouldUnpauseLocked()
                    lock.unlock()
                    if wantsMore { delegate?.bodyBufferWantsMore() }
                    continuation.resume(returning: chunk)
                } else if case .ended(let end) = phase {
                    phase = .ended(.success(()))  // an error is reported once; later calls see the end
                    lock.unlock()
                    deliverEnd(end, to: continuation)
                } else {
                    waiter = continuation
                    lock.unlock()
                }
            }
        } onCancel: {
            abandon()
        }
    }

    /// The consumer is gone: drop queued chunks, fail a pending `next`, and abort an unfinished transfer.
    func abandon() {
        lock.lock()
        let unfinished: Bool
        switch phase {
        case .abandoned:
            lock.unlock()
            return
        case .open: unfinished = true
        case .ended: unfinished = false
        }
        phase = .abandoned
        chunks = []
        firstChunk = 0
        bufferedBytes = 0
        let waiter = takeWaiter()
        lock.unlock()
        waiter?.resume(throwing: TransportError.cancelled)
        if unfinished { delegate?.bodyBufferAbandoned() }
    }

    // MARK: Private

    private func popLocked() -> [UInt8] {
        let chunk = chunks[firstChunk]
        chunks[firstChunk] = []
        firstChunk += 1
        bufferedBytes -= chunk.count
        if firstChunk == chunks.count {
            chunks.removeAll(keepingCapacity: true)
            firstChunk = 0
        } else if firstChunk >= 64, firstChunk * 2 >= chunks.count {
            chunks.removeFirst(firstChunk)  // amortised: only after half the array is consumed
            firstChunk = 0
        }
        return chunk
    }

    private func shouldUnpauseLocked() -> Bool {
        guard producerPaused, bufferedBytes <= limit / 2 else { return false }
        producerPaused = false
        return true
    }

    private func takeWaiter() -> CheckedContinuation<[UInt8]?, any Error>? {
        defer { waiter = nil }
        return waiter
    }

    private func deliverEnd(_ end: Result<Void, TransportError>, to continuation: CheckedContinuation<[UInt8]?, any Error>) {
        switch end {
        case .success: continuation.resume(returning: nil)
        case .failure(let error): continuation.resume(throwing: error)
        }
    }
}
