#if LibcurlTransport
import Foundation
import Testing
@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport
@testable import OpenAPICurlTransport

/// CurlTransport releasing transfers early: cancellation, dropped bodies, and back-pressure.
@Suite("CurlTransport cancellation and back-pressure", .serialized)
struct CurlTransportCancellationTests {
    /// Streams a line every 20 ms until the client goes away (or 30 s pass).
    private static func endlessStream() throws -> LoopbackServer {
        try LoopbackServer { _, writer in
            writer.sendHead(contentLength: nil)
            for index in 0..<1_500 where writer.write("event \(index)\n") && !writer.stall(seconds: 0.02) {}
        }
    }

    // Promptness is proved by what happened, not by a stopwatch: the server would go on for
    // seconds, so a `.cancelled` error and a closed connection mean the abort cut it short.

    @Test("cancelling the task mid-stream aborts with .cancelled and closes the connection")
    func cancelMidStream() async throws {
        let server = try Self.endlessStream()
        defer { server.stop() }
        let transport = CurlTransport.isolated()
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
        #expect(await eventually { transport.statistics.active == 0 })
    }

    @Test("cancelling while waiting for the head aborts with .cancelled and closes the connection")
    func cancelBeforeHead() async throws {
        let server = try LoopbackServer { _, writer in writer.stall(seconds: 30) }
        defer { server.stop() }
        let transport = CurlTransport.isolated()

        let task = Task { await capturedError { _ = try await transport.send(.get(server.url())) } }
        #expect(await eventually { server.requests.count == 1 })
        task.cancel()
        let error = await task.value

        #expect(isCancellation(error), "got \(String(describing: error))")
        #expect(await eventually { server.closedConnections == 1 })
    }

    @Test("a send from an already-cancelled task never reaches the server")
    func cancelledBeforeStart() async throws {
        let server = try LoopbackServer { _, writer in writer.respond(text: "unexpected") }
        defer { server.stop() }
        let transport = CurlTransport.isolated()

        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await capturedError { _ = try await transport.send(.get(server.url())) }
        }

        #expect(isCancellation(await task.value))
        #expect(server.requests.isEmpty)
    }

    @Test("dropping the body before its end releases the transfer and closes the connection")
    func dropBody() async throws {
        let server = try Self.endlessStream()
        defer { server.stop() }
        let transport = CurlTransport.isolated()

        try await readOneChunk(transport: transport, url: server.url())

        #expect(await eventually { server.closedConnections == 1 })
        #expect(await eventually { transport.statistics.active == 0 })
        #expect(transport.statistics.transfers == 1)
    }

    private func readOneChunk(transport: CurlTransport, url: String) async throws {
        let (_, body) = try await transport.send(.get(url))
        for try await _ in body { break }
    }

    @Test("a slow consumer of a 64 MB body keeps the client's buffer bounded while the server waits")
    func backPressure() async throws {
        // Larger than what loopback's kernel buffers can hold (tcp_rmem max 32 MB + tcp_wmem max 4 MB
        // here), so only back-pressure can keep the server from finishing while the reader stalls.
        let total = 64 << 20
        let limit = 1 << 20
        let written = SharedCounter()
        let server = try LoopbackServer { _, writer in
            writer.sendHead(contentLength: total)
            // Byte i of the body is i % 251, so the client can check each chunk's position.
            let pattern = (0..<((64 << 10) + 251)).map { UInt8($0 % 251) }
            var offset = 0
            while offset < total {
                let start = offset % 251
                let piece = Array(pattern[start..<(start + min(64 << 10, total - offset))])
                guard writer.write(piece) else { return }
                offset += piece.count
                written.add(piece.count)
            }
        }
        defer { server.stop() }
        let transport = CurlTransport.isolated(bufferLimit: limit)

        let (_, body) = try await transport.send(.get(server.url()))
        var received = 0
        var iterator = body.makeAsyncIterator()
        var stalledReads = 0
        while let chunk = try await iterator.next() {
            #expect(chunk.first == UInt8(received % 251))
            received += chunk.count
            if received > 2 << 20, stalledReads < 3 {
                // Reader is slow here: the server must be held back, not the client's memory grown.
                stalledReads += 1
                try await Task.sleep(for: .milliseconds(200))
                #expect(written.value < total, "the server finished writing while the reader stalled (\(written.value - received) bytes ahead)")
            }
        }

        #expect(received == total)
        let statistics = transport.statistics
        #expect(statistics.pauses > 0)
        #expect(statistics.bodyBufferHighWater <= limit + (256 << 10), "high water \(statistics.bodyBufferHighWater)")
    }
}
#endif
