import Foundation
import Glibc

/// Writes one response on a loopback connection; every `write` is sent (flushed) immediately.
///
/// Used from the connection's own thread by the test's handler. After the handler returns the
/// server completes what it left open: a chunked body gets its last chunk; an unsent or short
/// Content-Length body closes the connection.
final class ResponseWriter: @unchecked Sendable {
    enum Framing { case contentLength(Int), chunked }

    private let fd: Int32
    private let isStopped: @Sendable () -> Bool
    private var framing: Framing?
    private var bytesWritten = 0
    private var finished = false
    /// The connection is unusable: a write failed or the test cut it.
    private(set) var isBroken = false
    /// The test closed the socket itself (`cut`); the server must not touch the descriptor again.
    private(set) var didCut = false
    /// Called before a cut closes the descriptor, so the server stops tracking it.
    var willCut: (() -> Void)?

    init(fd: Int32, isStopped: @escaping @Sendable () -> Bool) {
        self.fd = fd
        self.isStopped = isStopped
    }

    /// Sends the status line and headers; `contentLength: nil` selects chunked transfer encoding.
    /// `bodyFollows: false` announces a length but sends no body, as a reply to HEAD does.
    func sendHead(
        status: Int = 200, reason: String = "OK", headers: [(String, String)] = [], contentLength: Int?, bodyFollows: Bool = true
    ) {
        var text = "HTTP/1.1 \(status) \(reason)\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if let contentLength {
            text += "Content-Length: \(contentLength)\r\n"
            framing = .contentLength(bodyFollows ? contentLength : 0)
        } else {
            text += "Transfer-Encoding: chunked\r\n"
            framing = .chunked
        }
        text += "\r\n"
        send(Array(text.utf8))
    }

    /// Sends one piece of body (as one chunk when chunked). Returns `false` once the peer is gone.
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return !isBroken }
        bytesWritten += bytes.count
        if case .chunked = framing {
            return send(Array("\(String(bytes.count, radix: 16))\r\n".utf8) + bytes + [13, 10])
        }
        return send(bytes)
    }

    @discardableResult
    func write(_ text: String) -> Bool { write(Array(text.utf8)) }

    /// Ends a chunked body with its terminating chunk.
    func finish() {
        guard !finished, !isBroken else { return }
        finished = true
        if case .chunked = framing { send(Array("0\r\n\r\n".utf8)) }
    }

    /// A whole response with a Content-Length body.
    func respond(status: Int = 200, reason: String = "OK", headers: [(String, String)] = [], body: [UInt8] = []) {
        sendHead(status: status, reason: reason, headers: headers, contentLength: body.count)
        write(body)
        finish()
    }

    func respond(status: Int = 200, headers: [(String, String)] = [], text: String) {
        respond(status: status, headers: headers, body: Array(text.utf8))
    }

    /// Sends nothing for up to `seconds`; returns early (with `true`) when the peer closes or the server stops.
    @discardableResult
    func stall(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if isStopped() || LoopbackSocket.peerClosed(fd) { return true }
            usleep(5_000)
        }
        return false
    }

    /// Whether the client has closed the connection.
    var peerClosed: Bool { LoopbackSocket.peerClosed(fd) }

    /// Drops the connection abruptly: an RST (`reset`) or a plain close with FIN.
    func cut(reset: Bool = true) {
        guard !didCut else { return }
        willCut?()
        didCut = true
        isBroken = true
        if reset { LoopbackSocket.reset(fd) } else { shutdown(fd, Int32(SHUT_RDWR)); close(fd) }
    }

    /// Completes what the handler left open; returns whether the connection can carry another request.
    func complete() -> Bool {
        guard !isBroken else { return false }
        switch framing {
        case nil: return false  // the handler sent nothing: close rather than leave the client waiting
        case .chunked: finish()
        case .contentLength(let length): if bytesWritten != length { return false }
        }
        return !isBroken
    }

    @discardableResult
    private func send(_ bytes: [UInt8]) -> Bool {
        guard !isBroken else { return false }
        if !LoopbackSocket.sendAll(fd, bytes) { isBroken = true }
        return !isBroken
    }
}
