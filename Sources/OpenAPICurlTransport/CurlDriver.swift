internal import CCurl
import Dispatch
import Foundation
import OpenAPITransport

/// The single owner of a libcurl multi handle: a dedicated thread that runs every transfer on it.
///
/// All curl calls for the multi handle and its easy handles happen on this thread, so none of
/// them ever blocks Swift's cooperative pool. Other threads only queue commands and call
/// `curl_multi_wakeup` (which libcurl documents as thread-safe) to interrupt `curl_multi_poll`.
/// Connections live in the multi handle's cache, so transfers through one driver reuse them.
/// State owned by the thread (`loop`, each transfer's `onDriver`) is checked in debug builds.
final class CurlDriver: @unchecked Sendable {
    /// Counters for tests and diagnostics.
    struct Statistics: Sendable, Equatable {
        /// New connections libcurl opened (sum of CURLINFO_NUM_CONNECTS); lower than `transfers` means reuse.
        var connectionsOpened = 0
        /// Transfers that ended, in any way.
        var transfers = 0
        /// Transfers currently in the multi handle.
        var active = 0
        /// The most body bytes any single transfer held unread at once.
        var bodyBufferHighWater = 0
        /// How often back-pressure paused a transfer.
        var pauses = 0
    }

    private enum Command {
        case add(CurlTransfer, CurlTransfer.HeadWaiter), cancel(CurlTransfer), resume(CurlTransfer), shutdown
    }

    /// What only the driver thread touches.
    private struct LoopState {
        /// Easy handle → its transfer, for every handle in the multi.
        var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]
        var shuttingDown = false
        /// Set as the thread leaves, so no handle is pooled after the pool is freed.
        var exiting = false
        /// Finished easy handles kept for the next transfers: creating one allocates and
        /// initialises several kilobytes, which shows in requests per second.
        var spareHandles: [CurlEasyHandle] = []
        /// Transfers whose head arrived during the current perform.
        var headsReady: [CurlTransfer] = []
    }

    /// The process-wide driver behind `CurlTransport.shared`; its thread lives as long as the process.
    static let shared = CurlDriver(maxConnectionsPerHost: 0)

    private let multi: UnsafeMutableRawPointer
    private let lock = NSLock()
    private var commands: [Command] = []
    private var stats = Statistics()
    /// Set (under `lock`) once the thread is leaving and the multi handle is about to be freed.
    private var exited = false

    /// Traps (in debug builds) when driver-owned state is touched off the driver thread.
    let threadCheck = DriverThreadCheck()
    private var uncheckedLoop = LoopState()
    private var loop: LoopState {
        _read {
            threadCheck.assertOwner("the driver's loop state")
            yield uncheckedLoop
        }
        _modify {
            threadCheck.assertOwner("the driver's loop state")
            yield &uncheckedLoop
        }
    }

    /// Starts the driver thread. `maxConnectionsPerHost` 0 means unlimited.
    init(maxConnectionsPerHost: Int) {
        try? CurlGlobal.ensureInitialized()  // a failure resurfaces from every transfer's setup
        guard let multi = curl_multi_init() else { fatalError("curl_multi_init failed: out of memory") }
        self.multi = multi
        // Configured before the thread starts, which orders these calls before all of its own.
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_PIPELINING, ccurl_pipe_multiplex)
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, maxConnectionsPerHost)
        // By default the idle-connection cache holds 4 per transfer *currently* added, so a lull
        // between requests closes warm connections that the next burst has to open again.
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, Self.idleConnectionCacheSize)
        let thread = Thread { [self] in run() }
        thread.name = "infercom.curl"
        thread.start()
    }

    var statistics: Statistics { lock.withLock { stats } }

    /// Whether the thread has exited after `shutdown` (and freed the multi handle).
    var hasExited: Bool { lock.withLock { exited } }

    /// Queues `transfer`; `waiter` is resumed with its head. Returns `false` if the thread has
    /// exited, in which case the caller settles `waiter` itself (the transfer never reached the driver).
    func submit(_ transfer: CurlTransfer, _ waiter: CurlTransfer.HeadWaiter) -> Bool {
        enqueue(.add(transfer, waiter))
    }

    func cancel(_ transfer: CurlTransfer) { enqueue(.cancel(transfer)) }
    func resume(_ transfer: CurlTransfer) { enqueue(.resume(transfer)) }

    /// Lets the thread exit once its transfers are done; queued and running ones still finish.
    func shutdown() { enqueue(.shutdown) }

    @discardableResult
    private func enqueue(_ command: Command) -> Bool {
        lock.withLock {
            guard !exited else { return false }
            commands.append(command)
            _ = curl_multi_wakeup(multi)  // under the lock: the handle cannot be freed meanwhile
            return true
        }
    }

    // MARK: Driver thread

    private func run() {
        threadCheck.claim()
        while true {
            let shuttingDown = loop.shuttingDown
            let idle = loop.active.isEmpty
            let batch: [Command]? = lock.withLock {
                // Decided under the lock, so no command slips in between the check and the exit.
                if shuttingDown, idle, commands.isEmpty {
                    exited = true
                    return nil
                }
                defer { commands = [] }
                return commands
            }
            guard let batch else { break }
            for command in batch { apply(command) }
            if loop.shuttingDown, loop.active.isEmpty { continue }  // exit now rather than after a poll
            var running: Int32 = 0
            _ = curl_multi_perform(multi, &running)
            collectFinished()
            deliverHeads()
            let now = DispatchTime.now().uptimeNanoseconds
            let nextIdleDeadline = expireIdleTransfers(now: now)
            // curl_multi_poll also wakes for curl's own timers and for curl_multi_wakeup.
            var waitMillis: Int32 = 60_000
            if let deadline = nextIdleDeadline {
                waitMillis = Int32(min(60_000, (deadline &- now) / 1_000_000 + 1))
            }
            _ = curl_multi_poll(multi, nil, 0, waitMillis, nil)
        }
        loop.exiting = true
        for easy in loop.spareHandles { easy.cleanup() }
        loop.spareHandles = []
        curl_multi_cleanup(multi)
    }

    private func apply(_ command: Command) {
        switch command {
        case .add(let transfer, let waiter):
            guard transfer.begin(waiter) else { return }  // cancelled before it started: already settled
            do {
                let easy = try transfer.prepareHandle()
                transfer.markStarted(now: DispatchTime.now().uptimeNanoseconds)
                let code = curl_multi_add_handle(multi, easy.raw)
                guard code == CURLM_OK else {
                    let reason = String(cString: curl_multi_strerror(code))
                    throw TransportError.connectionFailed(detail: "curl_multi_add_handle: \(reason)")
                }
                loop.active[easy.raw] = transfer
                let count = loop.active.count
                lock.withLock { stats.active = count }
            } catch {
                transfer.complete(.failure(error as? TransportError ?? .invalidRequest(detail: "\(error)")))
            }
        case .cancel(let transfer):
            if transfer.cancelRequested() { finish(transfer, .failure(.cancelled)) }
        case .resume(let transfer):
            if isActive(transfer) { transfer.resumeReading(now: DispatchTime.now().uptimeNanoseconds) }
        case .shutdown:
            loop.shuttingDown = true
        }
    }

    /// Idle keep-alive connections kept open across lulls (libcurl closes the oldest beyond it).
    static let idleConnectionCacheSize = 64

    private static let maxSpareHandles = 32

    /// A recycled easy handle when one is spare, else a new one.
    func makeEasyHandle() throws(TransportError) -> CurlEasyHandle {
        if let easy = loop.spareHandles.popLast() { return easy }
        return try CurlEasyHandle()
    }

    /// Takes back the handle of a finished transfer (already removed from the multi handle).
    func recycle(_ easy: CurlEasyHandle) {
        guard !loop.exiting, loop.spareHandles.count < Self.maxSpareHandles else { return easy.cleanup() }
        easy.reset()
        loop.spareHandles.append(easy)
    }

    /// Called from a header callback; the head is handed over after the perform (`deliverHeads`).
    func noteHeadReady(_ transfer: CurlTransfer) {
        loop.headsReady.append(transfer)
    }

    private func deliverHeads() {
        guard !loop.headsReady.isEmpty else { return }
        for transfer in loop.headsReady { transfer.deliverReadyHead() }
        loop.headsReady.removeAll(keepingCapacity: true)
    }

    private func isActive(_ transfer: CurlTransfer) -> Bool {
        guard let easy = transfer.onDriver.easy else { return false }
        return loop.active[easy.raw] != nil
    }

    /// Completes every transfer curl reports as done.
    private func collectFinished() {
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            // Copy out before removing the handle, which invalidates the message.
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            let code = message.pointee.data.result
            guard let transfer = loop.active[easy] else { continue }
            finish(transfer, transfer.outcome(of: code))
        }
    }

    /// Fails transfers silent for longer than their idle limit; returns the nearest remaining deadline.
    private func expireIdleTransfers(now: UInt64) -> UInt64? {
        var nearest: UInt64?
        for transfer in Array(loop.active.values) {
            guard let deadline = transfer.idleDeadline else { continue }
            if deadline <= now {
                finish(transfer, .failure(.timedOut(.idle)))
            } else {
                nearest = min(nearest ?? deadline, deadline)
            }
        }
        return nearest
    }

    /// Takes the transfer out of the multi handle (closing its connection if mid-exchange) and settles it.
    private func finish(_ transfer: CurlTransfer, _ result: Result<Void, TransportError>) {
        guard let easy = transfer.onDriver.easy, loop.active[easy.raw] != nil else { return }
        let connections = easy.info(CURLINFO_NUM_CONNECTS)
        _ = curl_multi_remove_handle(multi, easy.raw)
        loop.active[easy.raw] = nil
        let count = loop.active.count
        let body = transfer.body.statistics  // final: the producer side has stopped
        // Counted before the waiting task resumes, so it never observes a stale count.
        lock.withLock {
            stats.connectionsOpened += connections
            stats.transfers += 1
            stats.active = count
            stats.bodyBufferHighWater = max(stats.bodyBufferHighWater, body.highWaterBytes)
            stats.pauses += body.pauses
        }
        transfer.complete(result)
    }
}
