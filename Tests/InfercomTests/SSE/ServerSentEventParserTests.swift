@_spi(Generated) import OpenAPIClientRuntime
import Testing

@Suite("Server-sent event parser: WHATWG rules")
struct ServerSentEventParserTests {
    @Test("LF ends a line")
    func lineFeed() {
        #expect(parseEvents("event: a\ndata: 1\n\n") == [ServerSentEvent(event: "a", data: "1")])
    }

    @Test("CR alone ends a line")
    func carriageReturn() {
        #expect(parseEvents("event: a\rdata: 1\r\r") == [ServerSentEvent(event: "a", data: "1")])
    }

    @Test("CRLF is one line end")
    func crlf() {
        #expect(parseEvents("data: 1\r\ndata: 2\r\n\r\n") == [ServerSentEvent(data: "1\n2")])
    }

    @Test("CR ending one chunk and LF starting the next are one line end")
    func crlfAcrossChunks() {
        // Counted as two line ends, the LF would be a blank line and dispatch "1" alone.
        #expect(parseEvents(chunks: "data: 1\r", "\ndata: 2\r", "\n\r", "\n") == [ServerSentEvent(data: "1\n2")])
    }

    @Test("A CR with no LF in the next chunk still ends the line")
    func crThenOtherByteAcrossChunks() {
        #expect(parseEvents(chunks: "data: 1\r", "data: 2\r", "\r") == [ServerSentEvent(data: "1\n2")])
    }

    @Test("Mixed line ends in one stream")
    func mixedLineEnds() {
        #expect(parseEvents("data: a\r\n\ndata: b\r\rdata: c\n\r\n") == [
            ServerSentEvent(data: "a"), ServerSentEvent(data: "b"), ServerSentEvent(data: "c"),
        ])
    }

    @Test("data lines are joined with LF")
    func dataJoined() {
        #expect(parseEvents("data: {\ndata:   \"a\": 1\ndata: }\n\n") == [ServerSentEvent(data: "{\n  \"a\": 1\n}")])
    }

    @Test("Comment lines are ignored")
    func comments() {
        #expect(parseEvents(": keep-alive\n:\ndata: x\n: inside\n\n") == [ServerSentEvent(data: "x")])
    }

    @Test("A comment-only block dispatches nothing")
    func commentOnlyBlock() {
        #expect(parseEvents(": ping\n\n: ping\n\n").isEmpty)
    }

    @Test("event sets the type; absent or empty means the default")
    func eventType() {
        let events = parseEvents("event: delta\ndata: 1\n\ndata: 2\n\nevent:\ndata: 3\n\n")
        #expect(events.map(\.event) == ["delta", nil, nil])
    }

    @Test("The event type does not carry over to the next event")
    func eventTypeResets() {
        #expect(parseEvents("event: x\n\ndata: y\n\n") == [ServerSentEvent(data: "y")])
    }

    @Test("The last event field wins")
    func lastEventFieldWins() {
        #expect(parseEvents("event: a\nevent: b\ndata: 1\n\n").first?.event == "b")
    }

    @Test("id sets the last event ID, which later events keep")
    func idPersists() {
        let events = parseEvents("id: 7\ndata: a\n\ndata: b\n\nid:\ndata: c\n\n")
        #expect(events.map(\.id) == ["7", "7", ""])
    }

    @Test("An id containing NUL is ignored")
    func idWithNul() {
        let events = parseEvents("id: 1\ndata: a\n\nid: 2\u{0}3\ndata: b\n\n")
        #expect(events.map(\.id) == ["1", "1"])
    }

    @Test("retry accepts only ASCII digits")
    func retryDigits() {
        var parser = ServerSentEventParser()
        let events = parser.feed(Array("retry: 1500\ndata: a\n\nretry: 15x\ndata: b\n\nretry:\ndata: c\n\nretry: -1\ndata: d\n\n".utf8))
        #expect(events.map(\.retry) == [1500, nil, nil, nil])
        #expect(parser.reconnectionTime == 1500)
    }

    @Test("retry without data updates the reconnection time only")
    func retryWithoutData() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("retry: 42\n\n".utf8)).isEmpty)
        #expect(parser.reconnectionTime == 42)
    }

    @Test("Only one leading space after the colon is stripped")
    func leadingSpace() {
        #expect(parseEvents("data:x\n\ndata:  y\n\ndata:\tz\n\n").map(\.data) == ["x", " y", "\tz"])
    }

    @Test("A line without a colon is a field with an empty value")
    func fieldWithoutColon() {
        #expect(parseEvents("data\n\n") == [ServerSentEvent(data: "")])
        #expect(parseEvents("data\ndata\n\n") == [ServerSentEvent(data: "\n")])
        #expect(parseEvents("event\ndata: a\n\n") == [ServerSentEvent(data: "a")])
    }

    @Test("Values may contain colons")
    func colonInValue() {
        #expect(parseEvents("data: a: b:c\n\n").first?.data == "a: b:c")
    }

    @Test("Unknown fields are ignored")
    func unknownFields() {
        #expect(parseEvents("foo: bar\nDATA: no\ndata: yes\n\n") == [ServerSentEvent(data: "yes")])
    }

    @Test("A leading UTF-8 BOM is skipped once")
    func byteOrderMark() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let bytes = bom + Array("data: a\n\n".utf8) + bom + Array("data: b\n\ndata: c\n\n".utf8)
        // The second BOM is part of a field name, so that field is unknown and ignored.
        let expected = [ServerSentEvent(data: "a"), ServerSentEvent(data: "c")]
        #expect(parseEvents([bytes]) == expected)
        #expect(parseEventsBytewise(bytes) == expected)
    }

    @Test("Bytes that only start like a BOM are content")
    func partialByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB] + Array(":x\ndata: a\n\n".utf8)
        #expect(parseEventsBytewise(bytes) == [ServerSentEvent(data: "a")])
        #expect(parseEvents([bytes]) == [ServerSentEvent(data: "a")])
    }

    @Test("A blank line with no data dispatches nothing")
    func blankLineWithoutData() {
        #expect(parseEvents("\n\n\r\nevent: ping\n\nid: 1\n\n").isEmpty)
    }

    @Test("An unterminated last event is discarded at the end of input")
    func unterminatedEventDiscarded() {
        #expect(parseEvents("data: a\n\ndata: b") == [ServerSentEvent(data: "a")])
        #expect(parseEvents("data: a\n\ndata: b\n") == [ServerSentEvent(data: "a")])
    }

    @Test("finish discards pending input so the parser can read a new stream")
    func finishResets() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("event: x\ndata: partial".utf8)).isEmpty)
        parser.finish()
        #expect(parser.feed(Array("\n\ndata: new\n\n".utf8)) == [ServerSentEvent(data: "new")])
    }

    @Test("data: [DONE] is an ordinary event at this layer")
    func doneIsAnEvent() {
        #expect(parseEvents("data: {}\n\ndata: [DONE]\n\n").map(\.data) == ["{}", "[DONE]"])
    }

    @Test("Multi-byte UTF-8 split across chunks decodes intact")
    func utf8AcrossChunks() {
        let bytes = Array("data: Bogotá ☕️\n\n".utf8)
        #expect(parseEventsBytewise(bytes) == [ServerSentEvent(data: "Bogotá ☕️")])
    }

    @Test("Invalid UTF-8 becomes U+FFFD")
    func invalidUTF8() {
        let bytes = Array("data: a".utf8) + [0xFF] + Array("b\n\n".utf8)
        #expect(parseEvents([bytes]) == [ServerSentEvent(data: "a\u{FFFD}b")])
    }

    @Test("Empty chunks change nothing, even between CR and LF")
    func emptyChunks() {
        #expect(parseEvents(chunks: "", "data: 1\r", "", "\n", "", "\n") == [ServerSentEvent(data: "1")])
    }

    @Test("A non-contiguous collection is accepted")
    func nonContiguousInput() {
        var parser = ServerSentEventParser()
        let events = parser.feed(Array("data: a\n\n".utf8).lazy.map { $0 })
        #expect(events == [ServerSentEvent(data: "a")])
    }
}
