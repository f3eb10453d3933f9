import Glibc

/// Thin POSIX socket helpers for the loopback server (IPv4, 127.0.0.1 only).
enum LoopbackSocket {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ call: String) { description = "\(call) failed: errno \(errno)" }
    }

    /// A listening socket on 127.0.0.1 with an ephemeral port.
    static func listen(backlog: Int32 = 256) throws -> (fd: Int32, port: UInt16) {
        let (fd, port) = try bound(reusingAddress: true)
        guard Glibc.listen(fd, backlog) == 0 else {
            close(fd)
            throw Failure("listen")
        }
        return (fd, port)
    }

    /// A socket bound to 127.0.0.1 with an ephemeral port, not listening.
    static func bound(reusingAddress: Bool) throws -> (fd: Int32, port: UInt16) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket") }
        if reusingAddress {
            var yes: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        }
        var address = loopbackAddress(port: 0)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0, let port = try? localPort(of: fd) else {
            close(fd)
            throw Failure("bind/getsockname")
        }
        return (fd, port)
    }

    /// A port nothing listens on: bound once to learn a free number, then released (for a server
    /// that is handed the number; a connection that must be refused wants ``RefusingPort``).
    static func closedPort() throws -> UInt16 {
        let (fd, port) = try listen()
        close(fd)
        return port
    }

    static func localPort(of fd: Int32) throws -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard result == 0 else { throw Failure("getsockname") }
        return UInt16(bigEndian: address.sin_port)
    }

    static func loopbackAddress(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }

    /// Opens `count` non-blocking connections to `port` that nobody accepts, filling its accept queue.
    static func fillAcceptQueue(port: UInt16, count: Int) -> [Int32] {
        (0..<count).compactMap { _ in
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
            guard fd >= 0 else { return nil }
            var address = loopbackAddress(port: port)
            _ = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            return fd
        }
    }

    static func setNoDelay(_ fd: Int32) {
        var yes: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Sends everything or reports failure (peer gone). MSG_NOSIGNAL: no SIGPIPE for the test process.
    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    /// Closes with an RST instead of a FIN (SO_LINGER with zero timeout).
    static func reset(_ fd: Int32) {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close(fd)
    }

    /// Whether the peer has closed its side (readable with nothing to read), without consuming data.
    static func peerClosed(_ fd: Int32) -> Bool {
        var pollFD = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&pollFD, 1, 0) > 0 else { return false }
        var byte: UInt8 = 0
        let peeked = recv(fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        return peeked == 0 || (peeked < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
    }
}

/// A loopback port that refuses connections for as long as this value lives: bound without
/// `SO_REUSEADDR` and never listened on, so the kernel answers every connection with a reset and
/// no test running beside it can bind the number meanwhile (a released port could be).
final class RefusingPort {
    let port: UInt16
    private let fd: Int32

    init() throws {
        (fd, port) = try LoopbackSocket.bound(reusingAddress: false)
    }

    /// `http://127.0.0.1:<port>` followed by `path`.
    func url(_ path: String = "/") -> String { "http://127.0.0.1:\(port)\(path)" }

    deinit { close(fd) }
}
