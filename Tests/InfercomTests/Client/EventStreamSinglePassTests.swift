import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// A stream value sends its request once and is read once; what the pass accumulated stays
/// available, and a second read is a typed error, never a second request.
@Suite("API client: event streams are single-pass")
struct EventStreamSinglePassTests {
    static let whole = EventStreamEndTests.whole

    @Test("iterating and then asking for the accumulated result sends one request")
    func resultAfterIteration() async throws {
        let transport = MockTransport(.events(Self.whole))
        let stream = mockClient(transport).stream(createResponse, as: TerminatedEvent.self)
        var count = 0
        for try await _ in stream { count += 1 }

        #expect(try await stream.accumulatedResult() as? String == "Once upon")
        #expect(try await stream.accumulatedResult() as? String == "Once upon")
        #expect(count == 4)
        #expect(transport.requests.count == 1)
    }

    @Test("asking for the result first reads the stream itself, once")
    func resultWithoutIteration() async throws {
        let transport = MockTransport(.events(Self.whole))
        let stream = mockClient(transport).stream(createResponse, as: TerminatedEvent.self)
        #expect(try await stream.accumulatedResult() as? String == "Once upon")
        #expect(stream.metadata?.status == 200)
        #expect(transport.requests.count == 1)
    }

    @Test("a second iteration throws .streamAlreadyConsumed on its first next() and sends nothing")
    func secondIteration() async throws {
        let transport = MockTransport(.events(Self.whole))
        let stream = mockClient(transport).stream(createResponse, as: TerminatedEvent.self)
        for try await _ in stream {}

        var again = stream.makeAsyncIterator()
        let error = await clientError { _ = try await again.next() }
        #expect(isAlreadyConsumed(error), "got \(String(describing: error))")
        #expect(try await again.next() == nil)
        #expect(transport.requests.count == 1)
        #expect(error?.description.contains("call the streaming method again") == true)
    }

    @Test("copies of a stream value share its one pass")
    func copiesShareThePass() async throws {
        let transport = MockTransport(.events(Self.whole))
        let stream = mockClient(transport).stream(createResponse, as: TerminatedEvent.self)
        let copy = stream
        for try await _ in copy {}

        #expect(stream.accumulatedValue as? String == "Once upon")
        #expect(stream.metadata != nil)
        #expect(isAlreadyConsumed(await clientError { for try await _ in stream {} }))
        #expect(transport.requests.count == 1)
    }

    @Test("while one iterator reads the stream, another one gets .streamAlreadyConsumed and so does the result")
    func concurrentReader() async throws {
        let transport = MockTransport(.events(Self.whole))
        let stream = mockClient(transport).stream(createResponse, as: TerminatedEvent.self)
        var first = stream.makeAsyncIterator()
        _ = try await first.next()

        var second = stream.makeAsyncIterator()
        #expect(isAlreadyConsumed(await clientError { _ = try await second.next() }))
        #expect(isAlreadyConsumed(await clientError { _ = try await stream.accumulatedResult() }))
        #expect(stream.accumulatedValue as? String == "", "the partial value is readable meanwhile")

        var rest = 0
        while try await first.next() != nil { rest += 1 }
        #expect(rest == 3, "the first reader is not disturbed")
        #expect(try await stream.accumulatedResult() as? String == "Once upon")
        #expect(transport.requests.count == 1)
    }

    @Test("a reader that stops after the terminal event leaves a complete result")
    func stopAfterTerminal() async throws {
        let transport = MockTransport(.events(Self.whole + ["data: [DONE]\n\n"]))
        let stream = mockClient(transport).stream(createResponse, as: TerminatedEvent.self)
        for try await event in stream where event.isStreamEnd { break }
        #expect(try await stream.accumulatedResult() as? String == "Once upon")
        #expect(transport.requests.count == 1)
    }

    @Test("a reader that stops before the terminal event leaves no result: asking for it is .streamAlreadyConsumed")
    func stopBeforeTerminal() async throws {
        let transport = MockTransport(.events(Self.whole))
        let stream = mockClient(transport).stream(createResponse, as: TerminatedEvent.self)
        for try await _ in stream { break }
        #expect(isAlreadyConsumed(await clientError { _ = try await stream.accumulatedResult() }))
        #expect(stream.accumulatedValue as? String == "", "what the one event added is still readable")
        #expect(transport.requests.count == 1)
    }

    @Test("a pass that failed rethrows its error to later callers without a new request")
    func failedPassRethrows() async throws {
        let transport = MockTransport(.events([EventStreamEndTests.created], thenFail: .connectionLost(detail: "reset")))
        let stream = mockClient(transport).stream(createResponse, as: TerminatedEvent.self)
        let first = await clientError { for try await _ in stream {} }
        guard let failure = first?.transportFailure else { Issue.record("got \(String(describing: first))"); return }
        #expect(failure.error == .connectionLost(detail: "reset"))

        let later = await clientError { _ = try await stream.accumulatedResult() }
        guard let again = later?.transportFailure else { Issue.record("got \(String(describing: later))"); return }
        #expect(again == failure)
        #expect(transport.requests.count == 1)
    }

    @Test("nothing is sent by creating a stream, reading its metadata or its accumulated value")
    func lazy() async throws {
        let transport = MockTransport(.events(Self.whole))
        let stream = mockClient(transport).stream(createResponse, as: TerminatedEvent.self)
        _ = stream.makeAsyncIterator()
        #expect(stream.metadata == nil)
        #expect(stream.accumulatedValue == nil)
        #expect(transport.requests.isEmpty)
    }
}
