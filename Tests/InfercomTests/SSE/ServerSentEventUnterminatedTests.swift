@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// At the end of the input the parser hands back an event it had begun but not dispatched, so a
/// stream that was cut off can say so instead of losing the bytes.
@Suite("SSE parser: the unterminated event at the end")
struct ServerSentEventUnterminatedTests {
    /// Feeds `chunks` and returns the events and what `finish()` hands back.
    static func parse(_ chunks: String...) -> (events: [ServerSentEvent], unterminated: String?) {
        var parser = ServerSentEventParser()
        var events: [ServerSentEvent] = []
        for chunk in chunks { events += parser.feed(Array(chunk.utf8)) }
        return (events, parser.finish())
    }

    @Test("a stream that ends between events has nothing unterminated", arguments: ["", "data: a\n\n", "data: a\r\n\r\n", "data: a\n\n: bye"])
    func cleanEnd(text: String) {
        #expect(Self.parse(text).unterminated == nil)
    }

    @Test("a line cut off mid-way is returned as received")
    func partialLine() {
        let (events, unterminated) = Self.parse("data: one\n\n", "data: {\"ty")
        #expect(events.map(\.data) == ["one"])
        #expect(unterminated == "data: {\"ty")
    }

    @Test("an event whose lines ended but whose blank line never came is returned as its fields")
    func missingBlankLine() {
        #expect(Self.parse("event: done\ndata: {\"a\":1}\n").unterminated == "event: done\ndata: {\"a\":1}")
        #expect(Self.parse("data: x\ndata: y\r\n").unterminated == "data: x\ndata: y")
    }

    @Test("fields received so far come first, then the unfinished line")
    func fieldsThenPartialLine() {
        #expect(Self.parse("event: delta\n", "data: {\"delta\":\"Once").unterminated == "event: delta\ndata: {\"delta\":\"Once")
    }

    @Test("a comment, id or retry line alone is no event", arguments: [": keep-alive", ": keep-alive\n", "id: 7\n", "retry: 10\n"])
    func notAnEvent(text: String) {
        #expect(Self.parse(text).unterminated == nil)
    }

    @Test("the start of a byte-order mark alone is no event")
    func partialByteOrderMark() {
        var parser = ServerSentEventParser()
        _ = parser.feed([0xEF, 0xBB])
        #expect(parser.finish() == nil)
    }

    @Test("finish() resets: the next stream starts clean")
    func resets() {
        var parser = ServerSentEventParser()
        _ = parser.feed(Array("data: cut".utf8))
        #expect(parser.finish() == "data: cut")
        #expect(parser.finish() == nil)
        #expect(parser.feed(Array("data: next\n\n".utf8)).map(\.data) == ["next"])
    }

    @Test("the sequence keeps the unterminated event for its reader once the body ended")
    func sequenceExposesIt() async throws {
        var iterator = HTTPBody.scripted([Array("data: a\n\ndata: b".utf8)]).serverSentEvents.makeAsyncIterator()
        #expect(try await iterator.next()?.data == "a")
        #expect(iterator.unterminatedEvent == nil)
        #expect(try await iterator.next() == nil)
        #expect(iterator.unterminatedEvent == "data: b")
    }
}
