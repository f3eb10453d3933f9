@_spi(Generated) import OpenAPIClientRuntime
import Testing

@Suite("Server-sent event parser: chunk boundaries")
struct ServerSentEventChunkingTests {
    /// Exercises every rule that keeps state across lines: BOM, CR/CRLF/LF, comments, multi-line data,
    /// ids, retry, an event without data, a non-ASCII payload and a trailing unterminated event.
    static let inlineTranscript: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(
        (": stream start\r\n"
            + "event: response.created\r\n"
            + "id: 1\r\n"
            + "data: {\"type\":\"response.created\",\"sequence_number\":0}\r\n\r\n"
            + "event: response.output_text.delta\r"
            + "data: {\"delta\":\"Bogotá ☕️\",\r"
            + "data: \"sequence_number\":1}\r\r"
            + "retry: 3000\n"
            + "event: ping\n\n"
            + "data:no-space\n"
            + "data\n\n"
            + "data: [DONE]\n\n"
            + "data: never dispatched").utf8)

    static let inlineExpected = [
        ServerSentEvent(event: "response.created", data: "{\"type\":\"response.created\",\"sequence_number\":0}", id: "1"),
        ServerSentEvent(
            event: "response.output_text.delta", data: "{\"delta\":\"Bogotá ☕️\",\n\"sequence_number\":1}", id: "1"),
        ServerSentEvent(data: "no-space\n", id: "1"),
        ServerSentEvent(data: "[DONE]", id: "1"),
    ]

    @Test("The inline transcript parses to the expected events")
    func inlineWhole() {
        #expect(parseEvents([Self.inlineTranscript]) == Self.inlineExpected)
    }

    @Test("The inline transcript split at every byte boundary gives the same events")
    func inlineEverySplit() {
        assertSplitsAgree(Self.inlineTranscript, expected: Self.inlineExpected)
    }

    @Test("The inline transcript fed one byte at a time gives the same events")
    func inlineBytewise() {
        #expect(parseEventsBytewise(Self.inlineTranscript) == Self.inlineExpected)
    }

    @Test(
        "The fixture transcript gives the same events whole, split anywhere, and byte by byte",
        .enabled(if: Fixtures.exists("stream-transcript.sse"), "Tests/Fixtures/stream-transcript.sse is absent"))
    func fixtureTranscript() throws {
        let bytes = try #require(Fixtures.bytes("stream-transcript.sse"))
        let whole = parseEvents([bytes])
        #expect(!whole.isEmpty)
        #expect(whole.allSatisfy { $0.event != nil && $0.data.hasPrefix("{\"type\":\"\($0.event!)\"") })
        assertSplitsAgree(bytes, expected: whole)
        #expect(parseEventsBytewise(bytes) == whole)
    }

    @Test(
        "The fixture transcript with CRLF or CR line ends gives the same events",
        .enabled(if: Fixtures.exists("stream-transcript.sse"), "Tests/Fixtures/stream-transcript.sse is absent"))
    func fixtureLineEnds() throws {
        let bytes = try #require(Fixtures.bytes("stream-transcript.sse"))
        let whole = parseEvents([bytes])
        let crlf = bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
        let cr = bytes.map { $0 == 0x0A ? 0x0D : $0 }
        #expect(parseEvents([crlf]) == whole)
        #expect(parseEvents([cr]) == whole)
        #expect(parseEventsBytewise(crlf) == whole)
    }

    @Test(
        "The fixture error transcript is one event named error",
        .enabled(if: Fixtures.exists("stream-error-event.sse"), "Tests/Fixtures/stream-error-event.sse is absent"))
    func fixtureErrorEvent() throws {
        let events = parseEvents([try #require(Fixtures.bytes("stream-error-event.sse"))])
        #expect(events.count == 1)
        #expect(events.first?.event == "error")
    }

    private func assertSplitsAgree(_ bytes: [UInt8], expected: [ServerSentEvent], sourceLocation: SourceLocation = #_sourceLocation) {
        for split in 0...bytes.count {
            let events = parseEvents([Array(bytes[..<split]), Array(bytes[split...])])
            if events != expected {
                Issue.record("split at byte \(split) gave \(events.count) events", sourceLocation: sourceLocation)
                return
            }
        }
    }
}
