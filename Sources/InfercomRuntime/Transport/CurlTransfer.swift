internal import CCurl
import Dispatch
import Foundation

/// One exchange: its easy handle, libcurl callbacks, and the hand-off of head and body to Swift.
///
/// Split ownership: curl state (`easy`, headers, parser, timers) is touched only on the driver
/// thread; the head continuation and cancellation flag are shared with Swift tasks under `lock`.
final class CurlTransfer: @unchecked Sendable {
    let request: HTTPRequest
    let body: CurlBodyBuffer
    let driver: CurlDriver

    private let lock = NSLock()
    private var headContinuation: CheckedContinuation<HTTPResponseHead, any Error>?
    private var cancelRequested = false
    private var isFinished = false

    // Driver-thread state.
    var easy: CurlEasyHandle?
    var headerList = CurlHeaderList()
    var errorBuffer: UnsafeMutablePointer<CChar>?
    /// TLS trust and proxy of the transport, set before `start()`.
    var connectionOptions = CurlConnectionOptions()
    private var headParser = CurlResponseHeadParser()
    /// A complete head not yet handed to the waiting task (see `deliverPendingHead`).
    private var pendingHead: HTTPResponseHead?
    /// Paused by back-pressure: the silence is ours, so the idle timer does not run.
    private(set) var isPaused = false
    private var lastActivity: UInt64 = 0
    private var idleLimit: UInt64?

    init(request: HTTPRequest, driver: CurlDriver, bodyLimit: Int) {
        self.request = request
        self.driver = driver
        self.body = CurlBodyBuffer(limit: bodyLimit)
        body.delegate = self
    }

    // MARK: Swift side

    /// Starts the transfer and waits for the response head; cancelling the task aborts the transfer.
    func start() async throws -> HTTPResponseHead {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                lock.withLock { headContinuation = continuation }
                driver.submit(self)
            }
        } onCancel: {
            cancel()
        }
    }

    /// Asks the driver to abort the transfer; harmless if it already ended.
    func cancel() {
        let shouldEnqueue = lock.withLock {
            guard !isFinished, !cancelRequested else { return false }
            cancelRequested = true
            return true
        }
        if shouldEnqueue { driver.cancel(self) }
    }

    var wasCancelled: Bool { lock.withLock { cancelRequested } }

    // MARK: Driver thread

    /// Arms the idle timer; called when the handle joins the multi handle.
    func markStarted(now: UInt64) {
        lastActivity = now
        idleLimit = request.timeouts.idle.map { UInt64($0.curlMilliseconds) * 1_000_000 }
    }

    /// When the idle limit will have elapsed, or `nil` if no idle timer runs now.
    var idleDeadline: UInt64? {
        guard let idleLimit, !isPaused else { return nil }
        return lastActivity &+ idleLimit
    }

    /// Lifts back-pressure. curl may call the write callback from inside `unpause`, which can pause again.
    func resumeReading(now: UInt64) {
        guard isPaused, let easy else { return }
        isPaused = false
        lastActivity = now
        easy.unpause()
    }

    /// How the transfer ended, in transport terms, read from the handle before it is cleaned up.
    func outcome(of code: CURLcode) -> Result<Void, TransportError> {
        guard code != CURLE_OK else { return .success(()) }
        if code == CURLE_WRITE_ERROR, wasCancelled { return .failure(.cancelled) }  // we refused the data
        let message = errorBuffer.map { String(cString: $0) } ?? ""
        let elapsedMicros = easy?.info(int64: CURLINFO_TOTAL_TIME_T) ?? 0
        return .failure(CurlErrorMapping.error(
            for: code, errorBuffer: message, receivedResponse: headParser.receivedAnything,
            elapsedMilliseconds: Int(elapsedMicros / 1000),
            totalLimitMilliseconds: request.timeouts.total?.curlMilliseconds))
    }

    /// Frees every curl resource and settles the head and body with `result`. Call once, after
    /// the handle has left the multi handle.
    func complete(_ result: Result<Void, TransportError>) {
        if let easy { driver.recycle(easy) }
        easy = nil
        headerList.free()
        errorBuffer?.deallocate()
        errorBuffer = nil

        let continuation: CheckedContinuation<HTTPResponseHead, any Error>? = lock.withLock {
            isFinished = true
            defer { headContinuation = nil }
            return headContinuation
        }
        pendingHead = nil
        // The body's end is recorded before the head is handed over, so a task woken by the head
        // reads a short body to its end without waiting again.
        body.finish(result)
        if let continuation {
            switch result {
            case .failure(let error): continuation.resume(throwing: error)
            case .success:
                if let head = headParser.headSoFar {
                    continuation.resume(returning: head)
                } else {
                    continuation.resume(throwing: TransportError.connectionLost(detail: "the response had no status line"))
                }
            }
        }
    }

    // MARK: libcurl callbacks (driver thread, inside curl_multi_perform or curl_easy_pause)

    func receiveHeaderLine(_ line: UnsafeRawBufferPointer) -> Int {
        lastActivity = DispatchTime.now().uptimeNanoseconds
        if let head = headParser.consume(line) {
            // Handed over after this round of curl_multi_perform, together with whatever body
            // arrived in the same read: one thread hop for a short response instead of three.
            pendingHead = head
            driver.noteHeadReady(self)
        }
        return line.count
    }

    /// Resumes the task waiting in `start()` with the head parsed during the last perform.
    func deliverPendingHead() {
        guard let head = pendingHead else { return }
        pendingHead = nil
        deliverHead(head)
    }

    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard !bytes.isEmpty else { return 0 }
        lastActivity = DispatchTime.now().uptimeNanoseconds
        switch body.offer(bytes) {
        case .accepted:
            return bytes.count
        case .pause:
            isPaused = true
            return Int(ccurl_writefunc_pause)
        case .abandoned:
            return 0  // makes curl fail the transfer with CURLE_WRITE_ERROR
        }
    }

    private func deliverHead(_ head: HTTPResponseHead) {
        let continuation: CheckedContinuation<HTTPResponseHead, any Error>? = lock.withLock {
            defer { headContinuation = nil }
            return headContinuation
        }
        continuation?.resume(returning: head)
    }
}

extension CurlTransfer: CurlBodyBufferDelegate {
    func bodyBufferWantsMore() {
        driver.resume(self)
    }

    func bodyBufferAbandoned() {
        cancel()
    }
}
