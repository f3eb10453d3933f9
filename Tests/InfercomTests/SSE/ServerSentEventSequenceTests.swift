@_spi(Generated) import OpenAPIClientRuntime
import Testing

@Suite("Server-sent event sequence over an HTTP body")
struct ServerSentEventSequenceTests {
    @Test("Events are yielded as the body's chunks complete them")
    func yieldsEvents() async throws {
        let body = HTTPBody.scripted([Array("event: a\nda".utf8), Array("ta: 1\n\ndata: 2\n".utf8), Array("\n".utf8)])
        var events: [ServerSentEvent] = []
        for try await event in body.serverSentEvents { events.append(event) }
        #expect(events == [ServerSentEvent(event: "a", data: "1"), ServerSentEvent(data: "2")])
    }

    @Test("An unterminated event at the end of the body is discarded")
    func discardsUnterminated() async throws {
        var events: [ServerSentEvent] = []
        for try await event in HTTPBody.text("data: 1\n\ndata: 2").serverSentEvents { events.append(event) }
        #expect(events.map(\.data) == ["1"])
    }

    @Test("A body failure is rethrown after the events before it")
    func rethrowsBodyFailure() async throws {
        let body = HTTPBody.scripted([Array("data: 1\n\n".utf8)], thenFail: .connectionLost(detail: "reset"))
        var iterator = body.serverSentEvents.makeAsyncIterator()
        #expect(try await iterator.next()?.data == "1")
        await #expect(throws: TransportError.connectionLost(detail: "reset")) { try await iterator.next() }
    }

    @Test("The iterator keeps returning nil after the end")
    func staysFinished() async throws {
        var iterator = HTTPBody.text("data: 1\n\n").serverSentEvents.makeAsyncIterator()
        #expect(try await iterator.next() != nil)
        #expect(try await iterator.next() == nil)
        #expect(try await iterator.next() == nil)
    }
}
