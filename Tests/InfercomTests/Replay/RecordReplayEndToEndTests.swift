#if LibcurlTransport
import Foundation
import Infercom
import Testing

extension EndToEndTests {
    /// `RecordingTransport` over real TCP, then `ReplayTransport` without a server.
    @Suite("Record and replay")
    struct RecordReplay {
        static let request = CreateResponseRequest(model: "gpt-oss-120b", input: "Tell me a three-sentence bedtime story.")
        /// The pause between the server's events; the recording must keep it.
        static let pause: Double = 0.03

        /// Records one stream from a server that pauses between its events.
        static func recordStream() async throws -> (file: URL, events: [ResponseStreamEvent]) {
            let transcript = try E2E.fixtureText("stream-transcript.sse")
            let blocks = transcript.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            let server = try LoopbackServer { _, writer in
                writer.startEventStream()
                for block in blocks {
                    guard writer.write(block + "\n\n") else { return }
                    Thread.sleep(forTimeInterval: pause)  // shapes the recorded timing; nothing waits on it
                }
                writer.finish()
            }
            defer { server.stop() }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("replay-\(UUID().uuidString).jsonl")
            let recorder = try RecordingTransport(wrapping: CurlTransport(configuration: .init()), to: file)
            let client = E2E.client(server, transport: CurlTransport(configuration: .init()))
            var configuration = client.core.configuration
            configuration.transport = recorder
            var events: [ResponseStreamEvent] = []
            for try await event in InfercomClient(configuration: configuration).createResponseStream(request) { events.append(event) }
            return (file, events)
        }

        static func replayClient(_ transport: ReplayTransport) -> InfercomClient {
            InfercomClient(configuration: ClientConfiguration(baseURL: "https://replay.invalid/v1", apiKey: "sk-other", transport: transport))
        }

        static func replay(_ transport: ReplayTransport) async throws -> [ResponseStreamEvent] {
            var events: [ResponseStreamEvent] = []
            for try await event in replayClient(transport).createResponseStream(request) { events.append(event) }
            return events
        }

        @Test("a recorded stream replays the same bytes and events, with the recorded timing and instantly")
        func replaysWithRecordedTimingAndInstantly() async throws {
            let (file, recorded) = try await Self.recordStream()
            defer { try? FileManager.default.removeItem(at: file) }
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(!text.contains(E2E.apiKey), "the key never reaches the disk")
            #expect(text.contains(#"["Authorization","<redacted>"]"#))

            let timed = try ReplayTransport(contentsOf: file, timing: .recorded)
            let exchange = try #require(timed.exchanges.first)
            #expect(timed.exchanges.count == 1)
            #expect(exchange.body == (try E2E.fixture("stream-transcript.sse")), "the chunks hold the body byte for byte")
            let span = try #require(exchange.chunks.last?.offset)
            #expect(span >= .milliseconds(Int64(Self.pause * 1000 * 10)), "the recording kept the server's pauses")

            let start = ContinuousClock.now
            let replayed = try await Self.replay(timed)
            let elapsed = ContinuousClock.now - start
            #expect(replayed == recorded)
            #expect(elapsed >= span - .milliseconds(5), "replay waits for each chunk's recorded offset")

            let instant = try await Self.replay(ReplayTransport(contentsOf: file, timing: .instant))
            #expect(instant == recorded)
        }

        @Test("the shipped fixture recorded-stream.jsonl replays a complete Infercom stream")
        func shippedFixtureReplays() async throws {
            let transport = try ReplayTransport(contentsOf: E2E.fixtureDirectory.appendingPathComponent("recorded-stream.jsonl"))
            let events = try await Self.replay(transport)
            #expect(events == (try E2E.transcriptEvents(try E2E.fixtureText("stream-transcript.sse"))))
            #expect(transport.isExhausted)
        }

        /// Regenerates `Tests/Fixtures/recorded-stream.jsonl` when `INFERCOM_RECORD_FIXTURE=1`.
        @Test("recording the shipped fixture", .enabled(if: ProcessInfo.processInfo.environment["INFERCOM_RECORD_FIXTURE"] == "1"))
        func recordFixture() async throws {
            let (file, _) = try await Self.recordStream()
            let target = E2E.fixtureDirectory.appendingPathComponent("recorded-stream.jsonl")
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.moveItem(at: file, to: target)
        }
    }
}
#endif
