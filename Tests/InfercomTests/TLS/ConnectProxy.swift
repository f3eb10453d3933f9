import Foundation
import Glibc

/// A tiny HTTP `CONNECT` proxy on 127.0.0.1 that tunnels to loopback ports and records each
/// tunnel's target, so a test can prove its requests went through the proxy (or did not).
///
/// Any other method gets `405`; targets other than loopback get `403`. Call `stop()` when done.
final class ConnectProxy: @unchecked Sendable {
    let port: UInt16
    private let listenFD: Int32
    private let lock = NSLock()
    private var targets: [String] = []
    private var refused: [String] = []
    private var openFDs: Set<Int32> = []
    private var stopped = false

    init() throws {
        (listenFD, port) = try LoopbackSocket.listen()
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "proxy.accept"
        thread.start()
    }

    deinit { stop() }

    /// `http://127.0.0.1:<port>`, as a client's proxy setting.
    var url: String { "http://127.0.0.1:\(port)" }
    /// The `host:port` of every tunnel opened, in order.
    var tunnels: [String] { lock.withLock { targets } }
    /// Request lines the proxy refused (not a CONNECT to loopback).
    var refusedRequests: [String] { lock.withLock { refused } }

    func stop() {
        lock.withLock {
            guard !stopped else { return }
            stopped = true
            shutdown(listenFD, Int32(SHUT_RDWR))
            for fd in openFDs { shutdown(fd, Int32(SHUT_RDWR)) }
        }
    }

    private func acceptLoop() {
        while true {
            let fd = accept(listenFD, nil, nil)
            if fd < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                break
            }
            guard track(fd) else { close(fd); break }
            Thread { [self] in serve(client: fd) }.start()
        }
        lock.withLock { _ = close(listenFD) }
    }

    private func track(_ fd: Int32) -> Bool {
        lock.withLock {
            guard !stopped else { return false }
            openFDs.insert(fd)
            return true
        }
    }

    private func release(_ fd: Int32) {
        lock.withLock { _ = openFDs.remove(fd) }
        close(fd)
    }

    private func serve(client: Int32) {
        guard let (head, rest) = readHead(client) else { return release(client) }
        let requestLine = head.split(separator: "\r\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let parts = requestLine.split(separator: " ")
        guard parts.count == 3, parts[0] == "CONNECT" else {
            lock.withLock { refused.append(requestLine) }
            _ = LoopbackSocket.sendAll(client, Array("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8))
            return release(client)
        }
        let target = String(parts[1])
        let hostAndPort = target.split(separator: ":")
        guard hostAndPort.count == 2, ["127.0.0.1", "localhost"].contains(hostAndPort[0]), let port = UInt16(hostAndPort[1]),
              let upstream = connectLoopback(port: port)
        else {
            lock.withLock { refused.append(requestLine) }
            _ = LoopbackSocket.sendAll(client, Array("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8))
            return release(client)
        }
        lock.withLock { targets.append(target) }
        guard LoopbackSocket.sendAll(client, Array("HTTP/1.1 200 Connection Established\r\n\r\n".utf8)),
              rest.isEmpty || LoopbackSocket.sendAll(upstream, rest)
        else {
            release(upstream)
            return release(client)
        }
        let done = DispatchSemaphore(value: 0)
        Thread { [self] in
            pump(from: upstream, to: client)
            done.signal()
        }.start()
        pump(from: client, to: upstream)
        done.wait()
        release(upstream)
        release(client)
    }

    /// Copies bytes until either side ends, then half-closes the other so it sees the end too.
    private func pump(from source: Int32, to destination: Int32) {
        var buffer = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(source, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0, LoopbackSocket.sendAll(destination, Array(buffer[..<count])) else { break }
        }
        shutdown(destination, Int32(SHUT_WR))
    }

    /// The request head up to the blank line, and any bytes read past it.
    private func readHead(_ fd: Int32) -> (String, [UInt8])? {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let terminator: [UInt8] = [13, 10, 13, 10]
        while received.count < 64 << 10 {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            received += buffer[..<count]
            if let end = received.firstRange(of: terminator) {
                return (String(decoding: received[..<end.lowerBound], as: UTF8.self), Array(received[end.upperBound...]))
            }
        }
        return nil
    }

    private func connectLoopback(port: UInt16) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = LoopbackSocket.loopbackAddress(port: port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0, track(fd) else {
            close(fd)
            return nil
        }
        return fd
    }
}
