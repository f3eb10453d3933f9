#if LibcurlTransport
import Foundation
import Glibc
import Testing
@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport
@testable import OpenAPICurlTransport

/// CurlTransport's failures below HTTP: time limits, refused connections, connections cut mid-body.
@Suite("CurlTransport failures", .serialized)
struct CurlTransportFailureTests {
    // Time limits are proved by the error's kind, not by how long the test took: a loaded machine
    // may run any timer late, but only the idle timer reports `.idle` and only the total `.total`.
    // Lower bounds stay (a limit never fires early); upper bounds would only measure the load.

    @Test("the idle timeout fires when the server stalls mid-body, not the total timeout")
    func idleMidBody() async throws {
        let server = try LoopbackServer { _, writer in
            writer.sendHead(contentLength: nil)
            writer.write("first")
            writer.stall(seconds: 30)
        }
        defer { server.stop() }
        let timeouts = Timeouts(connect: .seconds(5), total: .seconds(60), idle: .milliseconds(300))
        let clock = ContinuousClock()
        let start = clock.now

        let (head, body) = try await CurlTransport.isolated().send(.get(server.url(), timeouts: timeouts))
        var chunks: [[UInt8]] = []
        let error = await capturedError { for try await chunk in body { chunks.append(chunk) } }

        #expect(head.status == 200)
        #expect(chunks == [Array("first".utf8)])
        #expect(error as? TransportError == .timedOut(.idle))
        #expect(clock.now - start >= .milliseconds(250), "the idle limit never fires early")
    }

    @Test("the idle timeout also covers the silence before the response head")
    func idleBeforeHead() async throws {
        let server = try LoopbackServer { _, writer in writer.stall(seconds: 10) }
        defer { server.stop() }
        let timeouts = Timeouts(connect: .seconds(5), total: .seconds(10), idle: .milliseconds(300))

        let error = await capturedError { _ = try await CurlTransport.isolated().send(.get(server.url(), timeouts: timeouts)) }

        #expect(error as? TransportError == .timedOut(.idle))
    }

    @Test("the total timeout ends a body that keeps trickling, even though it is never idle")
    func totalMidBody() async throws {
        let server = try LoopbackServer { _, writer in
            writer.sendHead(contentLength: nil)
            for _ in 0..<200 where writer.write("tick\n") && !writer.stall(seconds: 0.05) {}
        }
        defer { server.stop() }
        let timeouts = Timeouts(connect: .seconds(5), total: .milliseconds(800), idle: .seconds(5))
        let clock = ContinuousClock()
        let start = clock.now

        let error = await capturedError { _ = try await CurlTransport.isolated().text(.get(server.url(), timeouts: timeouts)) }

        #expect(error as? TransportError == .timedOut(.total))
        #expect(clock.now - start >= .milliseconds(700), "the total limit never fires early")
    }

    @Test("the total timeout is reported as such when a connected server never answers")
    func totalBeforeHead() async throws {
        let server = try LoopbackServer { _, writer in writer.stall(seconds: 10) }
        defer { server.stop() }
        let timeouts = Timeouts(connect: .seconds(5), total: .milliseconds(400), idle: nil)

        let error = await capturedError { _ = try await CurlTransport.isolated().send(.get(server.url(), timeouts: timeouts)) }

        #expect(error as? TransportError == .timedOut(.total))
    }

    @Test("a connect that cannot complete times out as .connect")
    func connectTimeout() async throws {
        // A listener with a full accept queue drops further SYNs, so the connect hangs.
        let (listener, port) = try LoopbackSocket.listen(backlog: 0)
        defer { close(listener) }
        let fillers = LoopbackSocket.fillAcceptQueue(port: port, count: 4)
        defer { for filler in fillers { close(filler) } }
        let timeouts = Timeouts(connect: .milliseconds(300), total: .seconds(60), idle: nil)

        let error = await capturedError {
            _ = try await CurlTransport.isolated().send(.get("http://127.0.0.1:\(port)/", timeouts: timeouts))
        }

        #expect(error as? TransportError == .timedOut(.connect))
    }

    @Test("connecting to a closed port fails with .connectionFailed and curl's reason")
    func refused() async throws {
        let closed = try RefusingPort()
        let port = closed.port

        let error = await capturedError { _ = try await CurlTransport.isolated().send(.get(closed.url())) }
        withExtendedLifetime(closed) {}  // refusing until the attempt is over

        guard let detail = (error as? TransportError).flatMap({ $0.kind == .connectionFailed ? $0.detail : nil }) else {
            Issue.record("expected .connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("\(port)") || detail.lowercased().contains("connect"))
    }

    @Test("a connection cut mid-body surfaces .connectionLost without hanging", arguments: [true, false])
    func cutMidBody(reset: Bool) async throws {
        let server = try LoopbackServer { _, writer in
            writer.sendHead(contentLength: reset ? 1000 : nil)
            writer.write([UInt8](repeating: 65, count: 100))
            usleep(50_000)
            writer.cut(reset: reset)
        }
        defer { server.stop() }

        let error = await capturedError { _ = try await CurlTransport.isolated().text(.get(server.url())) }

        guard (error as? TransportError)?.kind == .connectionLost else {
            Issue.record("expected .connectionLost, got \(String(describing: error))")
            return
        }
    }

    @Test("malformed requests are refused as .invalidRequest before anything is sent")
    func invalidRequests() async throws {
        let transport = CurlTransport.isolated()
        let injected = HTTPRequest.get("http://127.0.0.1:9/", headers: ["X-Bad": "a\r\nInjected: yes"])
        let badMethod = HTTPRequest(method: "GET X", url: "http://127.0.0.1:9/")
        let badScheme = HTTPRequest.get("ftp://127.0.0.1:9/file")

        for request in [injected, badMethod, badScheme] {
            let error = await capturedError { _ = try await transport.send(request) }
            guard (error as? TransportError)?.kind == .invalidRequest else {
                Issue.record("expected .invalidRequest for \(request.url), got \(String(describing: error))")
                continue
            }
        }
    }
}
#endif
