import Foundation
import Glibc

/// A small HTTP/1.1 server on 127.0.0.1 for transport tests: real TCP, one thread per connection,
/// keep-alive, and a test-supplied handler per request.
///
/// It records every request and counts accepted and closed connections, so tests can prove
/// connection reuse and that an aborted exchange closed its connection. Call `stop()` when done.
final class LoopbackServer: @unchecked Sendable {
    typealias Handler = @Sendable (RecordedRequest, ResponseWriter) -> Void

    let port: UInt16
    private let listenFD: Int32
    private let handler: Handler
    private let lock = NSLock()
    private var recorded: [RecordedRequest] = []
    private var accepted = 0
    private var closed = 0
    private var openFDs: Set<Int32> = []
    private var stopped = false

    init(handler: @escaping Handler) throws {
        (listenFD, port) = try LoopbackSocket.listen()
        self.handler = handler
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "loopback.accept"
        thread.start()
    }

    deinit { stop() }

    /// `http://127.0.0.1:<port>` followed by `path`.
    func url(_ path: String = "/") -> String { "http://127.0.0.1:\(port)\(path)" }

    var requests: [RecordedRequest] { lock.withLock { recorded } }
    var acceptedConnections: Int { lock.withLock { accepted } }
    var closedConnections: Int { lock.withLock { closed } }
    var isStopped: Bool { lock.withLock { stopped } }

    /// Polls `condition` until it holds or `seconds` pass; returns whether it held.
    func wait(seconds: Double = 5, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            if Date() >= deadline { return false }
            usleep(2_000)
        }
        return true
    }

    /// Closes the listener and every open connection; threads blocked in the handler wind down on their own.
    func stop() {
        // Under the lock, so no descriptor is shut down after its owner closed it (the number may be reused).
        lock.withLock {
            guard !stopped else { return }
            stopped = true
            shutdown(listenFD, Int32(SHUT_RDWR))
            for fd in openFDs { shutdown(fd, Int32(SHUT_RDWR)) }  // wakes their threads, which close them
        }
    }

    private func acceptLoop() {
        while !isStopped {
            let fd = accept(listenFD, nil, nil)
            if fd < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                break
            }
            LoopbackSocket.setNoDelay(fd)
            let number: Int? = lock.withLock {
                guard !stopped else { return nil }
                accepted += 1
                openFDs.insert(fd)
                return accepted
            }
            guard let number else {
                close(fd)
                break
            }
            let thread = Thread { [self] in serve(fd: fd, connection: number) }
            thread.name = "loopback.conn\(number)"
            thread.start()
        }
        lock.withLock {
            stopped = true
            close(listenFD)
        }
    }

    private func serve(fd: Int32, connection: Int) {
        var reader = HTTPRequestReader(fd: fd)
        var cut = false
        while !isStopped, let request = reader.next(connection: connection) {
            lock.withLock { recorded.append(request) }
            let writer = ResponseWriter(fd: fd, isStopped: { [weak self] in self?.isStopped ?? true })
            writer.willCut = { [self] in lock.withLock { _ = openFDs.remove(fd) } }
            handler(request, writer)
            cut = writer.didCut
            let reusable = writer.complete()
            if !reusable || request.header("Connection")?.lowercased() == "close" { break }
        }
        if !cut {
            lock.withLock { _ = openFDs.remove(fd) }
            shutdown(fd, Int32(SHUT_RDWR))
            close(fd)
        }
        lock.withLock { closed += 1 }
    }
}
