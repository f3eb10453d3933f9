#if LibcurlTransport
import Foundation
import Infercom
import Testing

extension EndToEndTests {
    /// Streams the server ends too soon, over TCP: cut at every event boundary and inside every
    /// event, with a close-delimited body (`Connection: close`, no length, no chunking: curl sees a
    /// successful transfer) and with a chunked body finished cleanly. Each one is
    /// `.streamEndedEarly` carrying the partial response, and `finalResponse()` throws it.
    @Suite("Streams that end early")
    struct StreamEnd {
        static let request = CreateResponseRequest(model: "gpt-oss-120b", input: "Tell me a three-sentence bedtime story.")

        /// Idle and total limits far above anything a loopback stream needs, so an early end can
        /// only be reported because of the close itself, never because a timer fired.
        static let patientTimeouts = Timeouts(connect: .seconds(5), total: .seconds(120), idle: .seconds(60))

        /// The transcript's events, each with its bytes (`event:` line, `data:` line, blank line).
        static func transcriptBlocks() throws -> [String] {
            try E2E.fixtureText("stream-transcript.sse").components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { $0 + "\n\n" }
        }

        /// Serves the first `X-Bytes` bytes of `body`: close-delimited when `X-Framing` is `close`,
        /// otherwise as a chunked body that ends cleanly.
        static func cuttingServer(_ body: [UInt8]) throws -> LoopbackServer {
            try LoopbackServer { request, writer in
                let count = min(Int(request.header("X-Bytes") ?? "") ?? body.count, body.count)
                if request.header("X-Framing") == "close" {
                    // A raw head: no Content-Length, no chunking; the end of the body is the close.
                    writer.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
                    writer.write(Array(body[..<count]))
                    writer.cut(reset: false)
                } else {
                    writer.startEventStream()
                    writer.write(Array(body[..<count]))
                    writer.finish()
                }
            }
        }

        static func options(bytes: Int, framing: String) -> RequestOptions {
            RequestOptions(headers: ["X-Bytes": String(bytes), "X-Framing": framing])
        }

        /// The events the client returned and the error that ended the stream.
        static func read(_ stream: EventStream<ResponseStreamEvent>) async -> ([ResponseStreamEvent], ClientError?) {
            var events: [ResponseStreamEvent] = []
            do {
                for try await event in stream { events.append(event) }
                return (events, nil)
            } catch {
                return (events, error as? ClientError)
            }
        }

        @Test("a stream cut at any event boundary reports the events, last sequence number and partial response",
              arguments: ["close", "chunked"])
        func cutAtEveryBoundary(framing: String) async throws {
            let blocks = try Self.transcriptBlocks()
            let body = Array(blocks.joined().utf8)
            let expected = try E2E.transcriptEvents(blocks.joined())
            #expect(expected.count == 15)
            let server = try Self.cuttingServer(body)
            defer { server.stop() }
            let client = E2E.client(server, timeouts: Self.patientTimeouts)

            for complete in 0..<blocks.count {
                let bytes = blocks.prefix(complete).joined().utf8.count
                let (events, error) = await Self.read(client.createResponseStream(Self.request, options: Self.options(bytes: bytes, framing: framing)))
                #expect(events == Array(expected.prefix(complete)), "cut after \(complete) events")
                guard let report = error?.streamEndedEarly else {
                    Issue.record("cut after \(complete) events (\(framing)): got \(String(describing: error))")
                    continue
                }
                var accumulator = ResponseAccumulator()
                for event in expected.prefix(complete) { try accumulator.apply(event) }
                #expect(report.ending == .bodyEnded)
                #expect(report.eventCount == complete)
                #expect(report.lastSequenceNumber == expected.prefix(complete).last?.sequenceNumber)
                #expect(report.unterminatedEvent == nil)
                #expect(report.partialResponse == accumulator.response, "cut after \(complete) events")
                if complete > 0 { #expect(report.partialResponse?.status == .inProgress) }
            }
            // The whole transcript, served the same way, is complete.
            let (events, error) = await Self.read(client.createResponseStream(Self.request, options: Self.options(bytes: body.count, framing: framing)))
            #expect(error == nil)
            #expect(events == expected)
            #expect(server.requests.count == blocks.count + 1, "one request per stream: nothing was resent")
        }

        @Test("a stream cut inside any event reports the cut-off event's text with the events before it",
              arguments: ["close", "chunked"])
        func cutInsideEveryEvent(framing: String) async throws {
            let blocks = try Self.transcriptBlocks()
            let body = Array(blocks.joined().utf8)
            let expected = try E2E.transcriptEvents(blocks.joined())
            let server = try Self.cuttingServer(body)
            defer { server.stop() }
            let client = E2E.client(server, timeouts: Self.patientTimeouts)

            for (index, block) in blocks.enumerated() {
                let start = blocks.prefix(index).joined().utf8.count
                let length = block.utf8.count
                // Inside the event line, in the middle of the data, and just before the blank line.
                for offset in [3, length / 2, length - 1] {
                    let stream = client.createResponseStream(Self.request, options: Self.options(bytes: start + offset, framing: framing))
                    let (events, error) = await Self.read(stream)
                    let label = "event \(index) cut at byte \(offset) (\(framing))"
                    #expect(events.count == index, "\(label)")
                    guard let report = error?.streamEndedEarly else {
                        Issue.record("\(label): got \(String(describing: error))")
                        continue
                    }
                    // The transcript spells each field once, so the report is the bytes received, less a last line end.
                    var received = String(decoding: Array(block.utf8.prefix(offset)), as: UTF8.self)
                    if received.hasSuffix("\n") { received.removeLast() }
                    #expect(report.unterminatedEvent == received, "\(label)")
                    #expect(report.eventCount == index, "\(label)")
                    #expect(report.lastSequenceNumber == expected.prefix(index).last?.sequenceNumber, "\(label)")
                }
            }
        }

        @Test("a long answer cut mid-way: the partial response holds exactly the text that arrived",
              arguments: [1, 250, 999])
        func partialText(deltasSent: Int) async throws {
            let deltas = (0..<1_000).map { E2E.textDelta("w\($0) ", sequence: $0 + 3) }
            let body = Array((E2E.textStreamPrelude() + deltas.prefix(deltasSent).joined()).utf8)
            let server = try Self.cuttingServer(body)
            defer { server.stop() }

            let stream = E2E.client(server, timeouts: Self.patientTimeouts)
                .createResponseStream(Self.request, options: Self.options(bytes: body.count, framing: "close"))
            let error = await E2E.clientError { _ = try await stream.finalResponse() }

            guard let report = error?.streamEndedEarly else {
                Issue.record("got \(String(describing: error))")
                return
            }
            let text = (0..<deltasSent).map { "w\($0) " }.joined()
            #expect(report.eventCount == 3 + deltasSent)
            #expect(report.lastSequenceNumber == 2 + deltasSent)
            #expect(report.partialResponse?.outputText == text)
            #expect(report.partialResponse?.status == .inProgress)
            #expect(report.partialResponse?.id == "resp_e2e")
            #expect(stream.accumulatedResponse?.outputText == text)
            #expect(server.requests.count == 1)
        }

        @Test("finalResponse() throws the early end, with the partial response, and so does every later call")
        func finalResponseThrows() async throws {
            let blocks = try Self.transcriptBlocks()
            let body = Array(blocks.prefix(10).joined().utf8) + Array(blocks[10].utf8.prefix(40))
            let server = try Self.cuttingServer(body)
            defer { server.stop() }
            let stream = E2E.client(server, timeouts: Self.patientTimeouts)
                .createResponseStream(Self.request, options: Self.options(bytes: body.count, framing: "close"))

            for _ in 0..<2 {
                let error = await E2E.clientError { _ = try await stream.finalResponse() }
                guard let report = error?.streamEndedEarly else {
                    Issue.record("got \(String(describing: error))")
                    return
                }
                #expect(report.eventCount == 10)
                #expect(report.unterminatedEvent?.hasPrefix("event: ") == true)
                #expect(report.partialResponse?.status == .inProgress)
            }
            #expect(server.requests.count == 1)
        }

        @Test("every delta sequence of a cut stream ends with the early end too, not quietly")
        func deltaSequencesThrow() async throws {
            let blocks = try Self.transcriptBlocks()
            let body = Array(blocks.prefix(12).joined().utf8)
            let server = try Self.cuttingServer(body)
            defer { server.stop() }
            let client = E2E.client(server, timeouts: Self.patientTimeouts)
            func stream() -> EventStream<ResponseStreamEvent> {
                client.createResponseStream(Self.request, options: Self.options(bytes: body.count, framing: "close"))
            }
            func isEarlyEnd(_ error: ClientError?) -> Bool {
                if error?.kind == .streamEndedEarly { return true }
                return false
            }

            var text: [String] = []
            #expect(isEarlyEnd(await E2E.clientError { for try await delta in stream().textDeltas { text.append(delta) } }))
            #expect(text == ["Under a moonlit canopy"], "the text that arrived is still delivered first")
            #expect(isEarlyEnd(await E2E.clientError { for try await _ in stream().reasoningDeltas {} }))
            #expect(isEarlyEnd(await E2E.clientError { for try await _ in stream().functionCallArgumentDeltas {} }))
            #expect(server.requests.count == 3)
        }

        @Test("the early end is reported when the connection closes, not when a timer fires")
        func reportedAtTheClose() async throws {
            let blocks = try Self.transcriptBlocks()
            let closedAt = E2EBox<ContinuousClock.Instant?>(nil)
            let server = try LoopbackServer { _, writer in
                writer.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
                writer.write(blocks.prefix(10).joined() + String(blocks[10].prefix(50)))
                closedAt.value = ContinuousClock.now
                writer.cut(reset: false)
            }
            defer { server.stop() }

            let (events, error) = await Self.read(E2E.client(server, timeouts: Self.patientTimeouts).createResponseStream(Self.request))
            let reportedAt = ContinuousClock.now

            #expect(events.count == 10)
            guard let report = error?.streamEndedEarly else {
                Issue.record("got \(String(describing: error))")
                return
            }
            #expect(report.unterminatedEvent != nil)
            // The idle timeout is 60 s: an answer well before it can only come from the close.
            let delay = reportedAt - (try #require(closedAt.value))
            #expect(delay < .seconds(20), "reported \(delay) after the close")
        }

        @Test("`data: [DONE]` before the terminal event is an early end, even while the server keeps the connection open")
        func doneBeforeTerminal() async throws {
            let blocks = try Self.transcriptBlocks()
            let server = try LoopbackServer { _, writer in
                writer.startEventStream()
                writer.write(blocks.prefix(8).joined() + "data: [DONE]\n\n")
                writer.stall(seconds: 30)  // returns as soon as the client hangs up
            }
            defer { server.stop() }

            let (events, error) = await Self.read(E2E.client(server, timeouts: Self.patientTimeouts).createResponseStream(Self.request))
            #expect(events.count == 8)
            guard let report = error?.streamEndedEarly else {
                Issue.record("got \(String(describing: error))")
                return
            }
            #expect(report.ending == .doneMarker)
            #expect(report.eventCount == 8)
        }
    }
}
#endif
