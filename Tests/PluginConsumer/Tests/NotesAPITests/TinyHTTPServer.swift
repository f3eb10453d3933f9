import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A single-purpose HTTP/1.1 server on 127.0.0.1 for the consumer test: one thread, one connection at a
/// time, `Connection: close`, and bounded everywhere (a fixed number of connections, 5 s reads, 1 MiB
/// requests), so a broken client fails the test instead of hanging it.
final class TinyHTTPServer: @unchecked Sendable {
    struct Request: Sendable { var method: String, target: String, head: String, body: Data }
    typealias Handler = @Sendable (Request) throws -> (status: Int, body: Data)

    let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var received: [Request] = []

    /// The requests served so far, in order.
    var requests: [Request] { lock.withLock { received } }

    init(connections: Int, handler: @escaping Handler) throws {
        #if canImport(Glibc)
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let listener = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 8) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        guard listener >= 0, bound else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        self.listener = listener
        port = UInt16(bigEndian: address.sin_port)
        Thread { [self] in
            for _ in 0..<connections {
                let connection = accept(listener, nil, nil)
                guard connection >= 0 else { return }  // stop() closed the listener
                serve(connection, handler)
                close(connection)
            }
        }.start()
    }

    /// Unblocks a pending `accept` and frees the port.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func serve(_ connection: Int32, _ handler: Handler) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var bytes = Data()
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        func readMore() -> Bool {
            let count = recv(connection, &buffer, buffer.count, 0)
            if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
            return count > 0 && bytes.count < 1 << 20
        }
        while bytes.range(of: Data("\r\n\r\n".utf8)) == nil { guard readMore() else { return } }
        let headEnd = bytes.range(of: Data("\r\n\r\n".utf8))!
        let head = String(decoding: bytes[..<headEnd.lowerBound], as: UTF8.self)
        let contentLength = head.split(separator: "\r\n").lazy
            .compactMap { line -> Int? in
                let parts = line.split(separator: ":", maxSplits: 1)
                guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
                return Int(parts[1].trimmingCharacters(in: .whitespaces))
            }.first ?? 0
        while bytes.count - headEnd.upperBound < contentLength { guard readMore() else { return } }

        let requestLine = head.split(separator: "\r\n").first?.split(separator: " ") ?? []
        guard requestLine.count == 3 else { return }
        let request = Request(method: String(requestLine[0]), target: String(requestLine[1]), head: head,
                              body: bytes[headEnd.upperBound...].prefix(contentLength))
        lock.withLock { received.append(request) }
        let (status, body) = (try? handler(request)) ?? (500, Data(#"{"error":{"message":"handler failed"}}"#.utf8))
        var response = Data("HTTP/1.1 \(status) Status\r\nContent-Type: application/json\r\n".utf8)
        response.append(Data("Content-Length: \(body.count)\r\nConnection: close\r\n\r\n".utf8))
        response.append(body)
        #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL)  // a client that hung up must not kill the test process
        #else
        let flags: Int32 = 0
        #endif
        _ = response.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, flags) }
    }
}
