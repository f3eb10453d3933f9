import Foundation
import Testing
@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport

/// The behaviour every `HTTPTransport` must share, run against each transport over real TCP.
/// Where a transport cannot do something, the test says so and checks what it can.
@Suite("Every transport: exchanges, streaming, cancellation, back-pressure", .serialized)
struct TransportConformanceTests {
    @Test("GET sends method, target and headers as given and returns status, headers and body", arguments: TransportKind.allCases)
    func plainGet(kind: TransportKind) async throws {
        let server = try LoopbackServer { _, writer in
            writer.respond(status: 201, headers: [("X-Reply", "yes"), ("Content-Type", "text/plain")], text: "hello")
        }
        defer { server.stop() }

        let request = HTTPRequest.get(server.url("/v1/models?limit=2"), headers: ["Authorization": "Bearer k", "X-Trace": "t1"])
        let (head, text) = try await kind.make().collectText(request)

        #expect(head.status == 201)
        #expect(head.headers["x-reply"] == "yes")
        #expect(text == "hello")
        let received = try #require(server.requests.first)
        #expect(received.method == "GET")
        #expect(received.path == "/v1/models?limit=2")
        #expect(received.header("Authorization") == "Bearer k")
        #expect(received.header("X-Trace") == "t1")
        #expect(received.body.isEmpty)
    }

    @Test("POST sends the exact body bytes and content type; the reply body arrives intact", arguments: TransportKind.allCases)
    func post(kind: TransportKind) async throws {
        let server = try LoopbackServer { request, writer in writer.respond(body: request.body.reversed()) }
        defer { server.stop() }
        let payload = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let request = HTTPRequest(
            method: "POST", url: server.url("/v1/responses"), headers: ["Content-Type": "application/json"],
            body: payload, timeouts: testTimeouts)

        let (head, body) = try await kind.make().send(request)

        #expect(head.status == 200)
        #expect(try await body.collect() == payload.reversed())
        let received = try #require(server.requests.first)
        #expect(received.method == "POST")
        #expect(received.body == payload)
        #expect(received.header("Content-Type") == "application/json")
    }

    @Test("a request without any time limit is sent and answered", arguments: TransportKind.allCases)
    func noLimits(kind: TransportKind) async throws {
        let server = try LoopbackServer { _, writer in writer.respond(text: "unhurried") }
        defer { server.stop() }

        let request = HTTPRequest.get(server.url(), timeouts: Timeouts(connect: nil, total: nil, idle: nil))
        let (head, text) = try await kind.make().collectText(request)

        #expect(head.status == 200)
        #expect(text == "unhurried")
    }

    @Test("a redirect is returned as it is, not followed", arguments: TransportKind.allCases)
    func redirectNotFollowed(kind: TransportKind) async throws {
        let server = try LoopbackServer { _, writer in
            writer.respond(status: 302, reason: "Found", headers: [("Location", "/elsewhere")], body: Array("moved".utf8))
        }
        defer { server.stop() }

        let (head, _) = try await kind.make().collectText(.get(server.url("/here")))

        #expect(head.status == 302)
        #expect(head.headers["Location"] == "/elsewhere")
        #expect(server.requests.map { $0.path } == ["/here"])
    }

    @Test("a chunked body arrives incrementally: the first chunk is readable before the server sends the second",
          arguments: TransportKind.allCases)
    func streaming(kind: TransportKind) async throws {
        let firstSeen = ThreadSignal()
        let server = try LoopbackServer { _, writer in
            writer.sendHead(headers: [("Content-Type", "text/event-stream")], contentLength: nil)
            writer.write("data: one\n\n")
            guard firstSeen.wait(seconds: 10) else { return writer.cut() }  // the client never saw it
            writer.write("data: two\n\n")
            writer.finish()
        }
        defer { server.stop() }

        let (head, body) = try await kind.make().send(.get(server.url("/stream")))
        #expect(head.headers["Content-Type"] == "text/event-stream")
        var text = ""
        for try await chunk in body {
            text += String(decoding: chunk, as: UTF8.self)
            if text == "data: one\n\n" { firstSeen.signal() }
        }

        #expect(text == "data: one\n\ndata: two\n\n")
    }

    @Test("cancelling the task mid-stream ends it with a cancellation and closes the connection", arguments: TransportKind.allCases)
    func cancelMidStream(kind: TransportKind) async throws {
        let server = try LoopbackServer { _, writer in
            writer.sendHead(contentLength: nil)
            for index in 0..<500 where writer.write("event \(index)\n") && !writer.stall(seconds: 0.02) {}
        }
        defer { server.stop() }
        let transport = kind.make()
        let (chunkSeen, chunkSignal) = AsyncStream<Void>.makeStream()

        let task = Task {
            await capturedError {
                let (_, body) = try await transport.send(.get(server.url()))
                for try await _ in body { chunkSignal.yield() }
            }
        }
        for await _ in chunkSeen { break }
        task.cancel()
        let error = await task.value

        #expect(isCancellation(error), "got \(String(describing: error))")
        #expect(await eventually { server.closedConnections == 1 })
    }

    @Test("cancelling while waiting for the head ends the send with a cancellation", arguments: TransportKind.allCases)
    func cancelBeforeHead(kind: TransportKind) async throws {
        let server = try LoopbackServer { _, writer in writer.stall(seconds: 10) }
        defer { server.stop() }
        let transport = kind.make()

        let task = Task { await capturedError { _ = try await transport.send(.get(server.url())) } }
        #expect(await eventually { server.requests.count == 1 })
        task.cancel()
        let error = await task.value

        #expect(isCancellation(error), "got \(String(describing: error))")
        #expect(await eventually { server.closedConnections == 1 })
    }

    @Test("dropping the body before its end closes the connection", arguments: TransportKind.allCases)
    func dropBody(kind: TransportKind) async throws {
        let server = try LoopbackServer { _, writer in
            writer.sendHead(contentLength: nil)
            for index in 0..<500 where writer.write("event \(index)\n") && !writer.stall(seconds: 0.02) {}
        }
        defer { server.stop() }
        let transport = kind.make()

        try await readOneChunk(transport, server.url())

        #expect(await eventually { server.closedConnections == 1 })
    }

    private func readOneChunk(_ transport: any HTTPTransport, _ url: String) async throws {
        let (_, body) = try await transport.send(.get(url))
        for try await _ in body { break }
    }

    /// Where the transport cannot pause a transfer (URLSession on Linux), this checks only that the
    /// whole body arrives intact, once, for a slow reader.
    @Test("a slow reader of a large body holds the server back instead of buffering it all", arguments: TransportKind.allCases)
    func backPressure(kind: TransportKind) async throws {
        // Larger than what loopback's kernel buffers can hold (tcp_rmem max 32 MB + tcp_wmem max 4 MB
        // here), so only back-pressure can keep the server from finishing while the reader stalls.
        let total = 64 << 20
        let written = SharedCounter()
        let server = try LoopbackServer { _, writer in
            writer.sendHead(contentLength: total)
            let piece = [UInt8](repeating: 7, count: 64 << 10)
            var offset = 0
            while offset < total, writer.write(piece) {
                offset += piece.count
                written.add(piece.count)
            }
        }
        defer { server.stop() }

        let (_, body) = try await kind.make(bufferLimit: 1 << 20).send(.get(server.url()))
        var received = 0
        var stalledReads = 0
        for try await chunk in body {
            received += chunk.count
            if received > 2 << 20, stalledReads < 3 {
                stalledReads += 1
                try await Task.sleep(for: .milliseconds(200))  // a slow reader, not a synchronisation
                if kind.appliesBackPressure {
                    #expect(written.value < total, "the server finished writing while the reader stalled (\(written.value - received) bytes ahead)")
                }
            }
        }

        #expect(received == total)
        #expect(server.requests.count == 1, "pausing must never restart the request")
    }
}
