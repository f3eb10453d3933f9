internal import CCurl
import Dispatch
import OpenAPITransport

/// One exchange: its easy handle, libcurl callbacks, and the hand-off of head and body to Swift.
///
/// Everything but the body buffer is owned by the driver thread: its lifecycle
/// (`CurlTransferStateMachine`) and its curl state. Swift tasks only reach it through the
/// driver's command queue (`start`, `cancel`, the buffer asking for more), and debug builds trap
/// when any other thread touches driver-owned state. That confinement (and the buffer's lock)
/// is why the class may be `@unchecked Sendable`.
final class CurlTransfer: @unchecked Sendable {
    typealias HeadWaiter = CheckedContinuation<HTTPResponseHead, any Error>

    /// What only the driver thread touches.
    struct DriverState {
        var lifecycle = CurlTransferStateMachine<HeadWaiter>()
        var easy: CurlEasyHandle?
        var headerList = CurlHeaderList()
        var errorBuffer: UnsafeMutablePointer<CChar>?
        var headParser = CurlResponseHeadParser()
        /// When a byte last arrived (or reading resumed), in uptime nanoseconds.
        var lastActivity: UInt64 = 0
        /// The idle limit in nanoseconds, armed when the handle joins the multi handle.
        var idleLimit: UInt64?
    }

    let request: HTTPRequest
    let body: CurlBodyBuffer
    let driver: CurlDriver
    /// TLS trust and proxy of the transport; fixed before the driver sees the transfer.
    let connectionOptions: CurlConnectionOptions

    private var unchecked = DriverState()

    /// Driver-owned state; each access is checked to happen on the driver thread in debug builds.
    var onDriver: DriverState {
        _read {
            driver.threadCheck.assertOwner("a transfer's driver state")
            yield unchecked
        }
        _modify {
            driver.threadCheck.assertOwner("a transfer's driver state")
            yield &unchecked
        }
    }

    init(
        request: HTTPRequest, driver: CurlDriver, bodyLimit: Int,
        connectionOptions: CurlConnectionOptions = CurlConnectionOptions()
    ) {
        self.request = request
        self.driver = driver
        self.connectionOptions = connectionOptions
        self.body = CurlBodyBuffer(limit: bodyLimit)
        body.delegate = self
    }

    // MARK: Swift side

    /// Starts the transfer and waits for the response head; cancelling the task aborts the transfer.
    func start() async throws -> HTTPResponseHead {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (waiter: HeadWaiter) in
                if !driver.submit(self, waiter) {
                    waiter.resume(throwing: TransportError.connectionFailed(detail: "the transport was shut down"))
                }
            }
        } onCancel: {
            cancel()
        }
    }

    /// Asks the driver to abort the transfer (or never to start it); harmless if it already ended.
    func cancel() {
        driver.cancel(self)
    }

    // MARK: Driver thread

    /// The driver took the transfer from its queue. Returns whether to add a handle to the multi
    /// handle; if not, the transfer has been completed (it was cancelled before it started).
    func begin(_ waiter: HeadWaiter) -> Bool {
        switch onDriver.lifecycle.start(waiter) {
        case .addHandle:
            return true
        case .completeCancelled:
            complete(.failure(.cancelled))
            return false
        }
    }

    /// Records a cancellation; returns whether the driver must abort the running exchange.
    func cancelRequested() -> Bool {
        onDriver.lifecycle.cancel()
    }

    /// Arms the idle timer; called when the handle joins the multi handle.
    func markStarted(now: UInt64) {
        onDriver.lastActivity = now
        onDriver.idleLimit = request.timeouts.idle.map { UInt64($0.curlMilliseconds) * 1_000_000 }
    }

    /// When the idle limit will have elapsed, or `nil` if no idle timer runs now.
    var idleDeadline: UInt64? {
        guard let idleLimit = onDriver.idleLimit, !onDriver.lifecycle.isPaused else { return nil }
        return onDriver.lastActivity &+ idleLimit
    }

    /// Lifts back-pressure. curl may call the write callback from inside `unpause`, which can pause again.
    func resumeReading(now: UInt64) {
        guard onDriver.lifecycle.resume(), let easy = onDriver.easy else { return }
        onDriver.lastActivity = now
        easy.unpause()
    }

    /// How the transfer ended, in transport terms, read from the handle before it is cleaned up.
    func outcome(of code: CURLcode) -> Result<Void, TransportError> {
        guard code != CURLE_OK else { return .success(()) }
        if code == CURLE_WRITE_ERROR, onDriver.lifecycle.isAbandoned { return .failure(.cancelled) }  // we refused the data
        let message = onDriver.errorBuffer.map { String(cString: $0) } ?? ""
        let elapsedMicros = onDriver.easy?.info(int64: CURLINFO_TOTAL_TIME_T) ?? 0
        return .failure(CurlErrorMapping.error(
            for: code, errorBuffer: message, receivedResponse: onDriver.headParser.receivedAnything,
            elapsedMilliseconds: Int(elapsedMicros / 1000),
            totalLimitMilliseconds: request.timeouts.total?.curlMilliseconds))
    }

    /// Frees every curl resource and settles the head and body with `result`. Call after the
    /// handle has left the multi handle (or never joined it); later calls do nothing.
    func complete(_ result: Result<Void, TransportError>) {
        let headSoFar = onDriver.headParser.headSoFar
        guard let settlement = onDriver.lifecycle.finish(result, headSoFar: headSoFar) else { return }
        if let easy = onDriver.easy { driver.recycle(easy) }
        onDriver.easy = nil
        onDriver.headerList.free()
        onDriver.errorBuffer?.deallocate()
        onDriver.errorBuffer = nil
        // The body's end is recorded before the head is handed over, so a task woken by the head
        // reads a short body to its end without waiting again.
        body.finish(result)
        settlement.waiter?.resume(with: settlement.headResult)
    }

    // MARK: libcurl callbacks (driver thread, inside curl_multi_perform or curl_easy_pause)

    func receiveHeaderLine(_ line: UnsafeRawBufferPointer) -> Int {
        onDriver.lastActivity = DispatchTime.now().uptimeNanoseconds
        if let head = onDriver.headParser.consume(line), onDriver.lifecycle.receivedHead(head) {
            // Handed over after this round of curl_multi_perform, together with whatever body
            // arrived in the same read: one thread hop for a short response instead of three.
            driver.noteHeadReady(self)
        }
        return line.count
    }

    /// Resumes the task waiting in `start()` with the head parsed during the last perform.
    func deliverReadyHead() {
        guard let (waiter, head) = onDriver.lifecycle.takeReadyHead() else { return }
        waiter.resume(returning: head)
    }

    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard !bytes.isEmpty else { return 0 }
        onDriver.lastActivity = DispatchTime.now().uptimeNanoseconds
        let offer = body.offer(bytes)
        switch offer {
        case .accepted:
            return bytes.count
        case .pause:
            onDriver.lifecycle.bodyOffered(offer)
            return Int(ccurl_writefunc_pause)
        case .abandoned:
            onDriver.lifecycle.bodyOffered(offer)
            return 0  // makes curl fail the transfer with CURLE_WRITE_ERROR
        }
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
