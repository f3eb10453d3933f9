#if LibcurlTransport
import Foundation
import Testing
@_spi(Generated) @testable import OpenAPIClientRuntime
@testable import OpenAPITransport
@testable import OpenAPICurlTransport

/// The bounded chunk buffer between libcurl's write callback and the body's reader, without a network.
@Suite("CurlBodyBuffer")
struct CurlBodyBufferTests {
    final class Recorder: CurlBodyBufferDelegate, @unchecked Sendable {
        private let lock = NSLock()
        private var wants = 0
        private var abandons = 0
        func bodyBufferWantsMore() { lock.withLock { wants += 1 } }
        func bodyBufferAbandoned() { lock.withLock { abandons += 1 } }
        var counts: (wantsMore: Int, abandoned: Int) { lock.withLock { (wants, abandons) } }
    }

    private func offer(_ buffer: CurlBodyBuffer, _ bytes: [UInt8]) -> CurlBodyOffer {
        bytes.withUnsafeBytes { buffer.offer($0) }
    }

    @Test("chunks come out in order and unchanged, then the end")
    func order() async throws {
        let buffer = CurlBodyBuffer(limit: 100)
        #expect(offer(buffer, [1, 2]) == .accepted)
        #expect(offer(buffer, [3]) == .accepted)
        buffer.finish(.success(()))

        #expect(try await buffer.next() == [1, 2])
        #expect(try await buffer.next() == [3])
        #expect(try await buffer.next() == nil)
        #expect(try await buffer.next() == nil)
    }

    @Test("at the limit the producer is paused, and asked for more once the reader drains to half")
    func backPressure() async throws {
        let buffer = CurlBodyBuffer(limit: 10)
        let recorder = Recorder()
        buffer.delegate = recorder
        // Accepted while under the limit (so one chunk may overshoot it), paused from then on.
        #expect((0..<4).map { _ in offer(buffer, [0, 0, 0, 0]) } == [.accepted, .accepted, .accepted, .pause])
        #expect(offer(buffer, [9]) == .pause)
        #expect(buffer.statistics.highWaterBytes == 12)

        _ = try await buffer.next()  // 8 left: still above half
        #expect(recorder.counts.wantsMore == 0)
        _ = try await buffer.next()  // 4 left: at most half
        #expect(recorder.counts.wantsMore == 1)
        #expect(buffer.statistics.pauses >= 1)
    }

    @Test("an error is reported once, after the chunks before it")
    func failure() async throws {
        let buffer = CurlBodyBuffer(limit: 100)
        _ = offer(buffer, [7])
        buffer.finish(.failure(.connectionLost(detail: "cut")))

        #expect(try await buffer.next() == [7])
        await #expect(throws: TransportError.connectionLost(detail: "cut")) { try await buffer.next() }
        #expect(try await buffer.next() == nil)
    }

    @Test("a waiting reader is handed the next chunk directly")
    func waitingReader() async throws {
        let buffer = CurlBodyBuffer(limit: 100)
        let reader = Task { try await buffer.next() }
        #expect(await eventually { buffer.hasWaitingReader })
        _ = offer(buffer, [5, 6])
        #expect(try await reader.value == [5, 6])
        #expect(buffer.statistics.highWaterBytes == 0)
    }

    @Test("cancelling the reader fails it with .cancelled and abandons an unfinished transfer once")
    func cancelReader() async throws {
        let buffer = CurlBodyBuffer(limit: 100)
        let recorder = Recorder()
        buffer.delegate = recorder
        let reader = Task { try await buffer.next() }
        #expect(await eventually { buffer.hasWaitingReader })
        reader.cancel()

        await #expect(throws: TransportError.cancelled) { try await reader.value }
        buffer.abandon()
        #expect(recorder.counts.abandoned == 1)
        #expect(offer(buffer, [1]) == .abandoned)
    }

    @Test("dropping a finished body does not abort anything")
    func dropAfterEnd() async throws {
        let buffer = CurlBodyBuffer(limit: 100)
        let recorder = Recorder()
        buffer.delegate = recorder
        buffer.finish(.success(()))
        do { _ = buffer.makeHTTPBody() }
        #expect(recorder.counts.abandoned == 0)
    }
}
#endif
