import Foundation
import Glibc
import Testing
@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport

/// Failures below HTTP that every `HTTPTransport` must report the same way, run against each
/// transport over real TCP: time limits, refused and cut connections, malformed requests.
@Suite("Every transport: time limits and failures", .serialized)
struct TransportConformanceFailureTests {
    @Test("the idle limit ends a body whose server goes silent", arguments: TransportKind.allCases)
    func idleMidBody(kind: TransportKind) async throws {
        let server = try LoopbackServer { _, writer in
            writer.sendHead(contentLength: nil)
            writer.write("first")
            writer.stall(seconds: 10)
        }
        defer { server.stop() }
        // Long enough that a loaded machine delivers the head in time; far below the 10 s stall.
        let timeouts = Timeouts(connect: .seconds(5), total: .seconds(10), idle: .seconds(1))

        let (head, body) = try await kind.make().send(.get(server.url(), timeouts: timeouts))
        var received: [UInt8] = []
        let error = await capturedError { for try await chunk in body { received += chunk } }

        #expect(head.status == 200)
        #expect(received == Array("first".utf8))
        #expect(error as? TransportError == .timedOut(.idle))
    }

    @Test("the total limit ends a body that keeps trickling, though it is never idle", arguments: TransportKind.allCases)
    func totalMidBody(kind: TransportKind) async throws {
        let server = try LoopbackServer { _, writer in
            writer.sendHead(contentLength: nil)
            for _ in 0..<200 where writer.write("tick\n") && !writer.stall(seconds: 0.05) {}
        }
        defer { server.stop() }
        let timeouts = Timeouts(connect: .seconds(5), total: .milliseconds(800), idle: .seconds(5))

        let error = await capturedError { _ = try await kind.make().collectText(.get(server.url(), timeouts: timeouts)) }

        #expect(error as? TransportError == .timedOut(.total))
    }

    @Test("connecting to a closed port fails with .connectionFailed", arguments: TransportKind.allCases)
    func refused(kind: TransportKind) async throws {
        let closed = try RefusingPort()

        let error = await capturedError { _ = try await kind.make().send(.get(closed.url())) }
        withExtendedLifetime(closed) {}  // refusing until the attempt is over

        guard (error as? TransportError)?.kind == .connectionFailed else {
            Issue.record("expected .connectionFailed, got \(String(describing: error))")
            return
        }
    }

    @Test("a connection cut mid-body surfaces .connectionLost", arguments: TransportKind.allCases)
    func cutMidBody(kind: TransportKind) async throws {
        let server = try LoopbackServer { _, writer in
            writer.sendHead(contentLength: 1000)
            writer.write([UInt8](repeating: 65, count: 100))
            writer.cut(reset: true)
        }
        defer { server.stop() }

        let error = await capturedError { _ = try await kind.make().collectText(.get(server.url())) }

        guard (error as? TransportError)?.kind == .connectionLost else {
            Issue.record("expected .connectionLost, got \(String(describing: error))")
            return
        }
    }

    @Test("malformed requests are refused as .invalidRequest before anything is sent", arguments: TransportKind.allCases)
    func invalidRequests(kind: TransportKind) async throws {
        let server = try LoopbackServer { _, writer in writer.respond(text: "unexpected") }
        defer { server.stop() }
        let transport = kind.make()
        let injected = HTTPRequest.get(server.url(), headers: ["X-Bad": "a\r\nInjected: yes"])
        let badMethod = HTTPRequest(method: "GET X", url: server.url())
        let badScheme = HTTPRequest.get("ftp://127.0.0.1:\(server.port)/file")

        for request in [injected, badMethod, badScheme] {
            let error = await capturedError { _ = try await transport.send(request) }
            guard (error as? TransportError)?.kind == .invalidRequest else {
                Issue.record("expected .invalidRequest for \(request.url), got \(String(describing: error))")
                continue
            }
        }
        #expect(server.requests.isEmpty)
    }

    /// URLSession has no connect-only limit; without an idle limit the connect limit becomes its
    /// request timeout, so a connect that hangs is reported as `.connect` by both transports.
    @Test("a connect that cannot complete times out as .connect", arguments: TransportKind.allCases)
    func connectTimeout(kind: TransportKind) async throws {
        // A listener with a full accept queue drops further SYNs, so the connect hangs.
        let (listener, port) = try LoopbackSocket.listen(backlog: 0)
        defer { close(listener) }
        let fillers = LoopbackSocket.fillAcceptQueue(port: port, count: 4)
        defer { for filler in fillers { close(filler) } }
        let timeouts = Timeouts(connect: .milliseconds(300), total: .seconds(10), idle: nil)

        let error = await capturedError { _ = try await kind.make().send(.get("http://127.0.0.1:\(port)/", timeouts: timeouts)) }

        #expect(error as? TransportError == .timedOut(.connect))
    }

    @Test("HEAD and 204 responses end without a body", arguments: TransportKind.allCases)
    func emptyBodies(kind: TransportKind) async throws {
        let server = try LoopbackServer { request, writer in
            if request.method == "HEAD" {
                writer.sendHead(contentLength: 42, bodyFollows: false)
            } else {
                writer.respond(status: 204, reason: "No Content")
            }
        }
        defer { server.stop() }
        let transport = kind.make()

        let (noContent, empty) = try await transport.collectText(.get(server.url("/none")))
        let (head, nothing) = try await transport.collectText(HTTPRequest(method: "HEAD", url: server.url("/head"), timeouts: testTimeouts))

        #expect(noContent.status == 204)
        #expect(empty.isEmpty)
        #expect(head.status == 200)
        #expect(nothing.isEmpty)
    }
}
