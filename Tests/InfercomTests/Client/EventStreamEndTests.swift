import Foundation
@_spi(Generated) import OpenAPIClientRuntime
import Testing

/// A stream is complete (its terminal event arrived) or the caller gets `.streamEndedEarly`
/// with what did arrive — never a quietly shortened stream.
@Suite("API client: how event streams end")
struct EventStreamEndTests {
    static let created = sseEvent(#"{"type":"response.created","sequence_number":0}"#, event: "response.created")
    static func delta(_ text: String, _ sequence: Int) -> String {
        sseEvent(#"{"type":"response.output_text.delta","sequence_number":\#(sequence),"delta":"\#(text)"}"#, event: "response.output_text.delta")
    }
    static let completed = sseEvent(#"{"type":"response.completed","sequence_number":3}"#, event: "response.completed")
    static let whole = [created, delta("Once", 1), delta(" upon", 2), completed]

    /// Reads `stream` to its end; returns the events that arrived and the error that ended it.
    static func drain<Event>(_ stream: EventStream<Event>) async -> (events: [Event], error: ClientError?) {
        var events: [Event] = []
        do {
            for try await event in stream { events.append(event) }
            return (events, nil)
        } catch {
            return (events, error as? ClientError)
        }
    }

    @Test("a stream with its terminal event ends normally, and the accumulated value is the whole text")
    func completeStream() async throws {
        let stream = mockClient(MockTransport(.events(Self.whole))).stream(createResponse, as: TerminatedEvent.self)
        let (events, error) = await Self.drain(stream)
        #expect(error == nil)
        #expect(events.count == 4)
        #expect(stream.accumulatedValue as? String == "Once upon")
    }

    @Test("a body that ends between events before the terminal event throws .streamEndedEarly with what arrived",
          arguments: 1...3)
    func cleanEndBeforeTerminal(eventsSent: Int) async throws {
        let transport = MockTransport(.events(Array(Self.whole.prefix(eventsSent))))
        let stream = mockClient(transport).stream(createResponse, as: TerminatedEvent.self)
        let (events, error) = await Self.drain(stream)

        #expect(events.count == eventsSent, "the events before the end are still delivered")
        let report = try #require(streamEndedEarly(error), "got \(String(describing: error))")
        #expect(report.ending == .bodyEnded)
        #expect(report.eventCount == eventsSent)
        #expect(report.lastSequenceNumber == eventsSent - 1)
        #expect(report.unterminatedEvent == nil)
        #expect(report.partialValue as? String == ["", "Once", "Once upon"][eventsSent - 1])
        #expect(report.operationID == "createResponse")
        #expect(transport.requests.count == 1, "nothing is resent once events were delivered")
    }

    @Test("an event cut off by the end of the body is reported, not dropped")
    func cutMidEvent() async throws {
        let cut = String(Self.delta(" upon", 2).dropLast(9))  // inside the JSON of the third event
        let transport = MockTransport(.events([Self.created, Self.delta("Once", 1), cut]))
        let (events, error) = await Self.drain(mockClient(transport).stream(createResponse, as: TerminatedEvent.self))

        #expect(events.count == 2)
        let report = try #require(streamEndedEarly(error))
        #expect(report.eventCount == 2)
        #expect(report.lastSequenceNumber == 1)
        let expectedText = "event: response.output_text.delta\n" + String(cut.split(separator: "\n")[1])
        #expect(report.unterminatedEvent == expectedText)
        #expect(report.description.contains("an unterminated event was cut off"))
    }

    @Test("a whole event without its closing blank line is reported as cut off")
    func eventWithoutBlankLine() async throws {
        let unfinished = String(Self.completed.dropLast())  // "…}\n": the data line ended, the event did not
        let transport = MockTransport(.events([Self.created, unfinished]))
        let (_, error) = await Self.drain(mockClient(transport).stream(createResponse, as: TerminatedEvent.self))
        let report = try #require(streamEndedEarly(error))
        #expect(report.unterminatedEvent == String(unfinished.dropLast()))
    }

    @Test("data: [DONE] before the terminal event is an early end too, with or without its blank line",
          arguments: ["data: [DONE]\n\n", "data: [DONE]\n", "data: [DONE]"])
    func doneBeforeTerminal(done: String) async throws {
        // Anything after a dispatched [DONE] is not read; an undispatched one ends the body.
        let transport = MockTransport(.events([Self.created, Self.delta("Once", 1), done] + (done.hasSuffix("\n\n") ? [Self.completed] : [])))
        let (events, error) = await Self.drain(mockClient(transport).stream(createResponse, as: TerminatedEvent.self))
        #expect(events.count == 2)
        let report = try #require(streamEndedEarly(error))
        #expect(report.ending == .doneMarker)
        #expect(report.eventCount == 2)
        #expect(report.partialValue as? String == "Once")
    }

    @Test("after the terminal event, [DONE] or a [DONE] without its blank line ends the stream normally",
          arguments: ["data: [DONE]\n\n", "data: [DONE]\n", "data: [DONE]", ""])
    func doneAfterTerminal(trailer: String) async throws {
        let transport = MockTransport(.events(Self.whole + [trailer]))
        let (events, error) = await Self.drain(mockClient(transport).stream(createResponse, as: TerminatedEvent.self))
        #expect(error == nil)
        #expect(events.count == 4)
    }

    @Test("a body that ends before any event counts as a lost connection: retried, then reported")
    func endedBeforeFirstEvent() async throws {
        let sleeps = SleepRecorder()
        let transport = MockTransport(.events([": hello\n\n"]), .events([]), .events(["data: {\"type\":"]))
        let stream = mockClient(transport, sleeps: sleeps).stream(createResponse, as: TerminatedEvent.self)
        let (events, error) = await Self.drain(stream)

        #expect(events.isEmpty)
        #expect(transport.requests.count == 3, "two retries, as the policy allows")
        #expect(sleeps.durations.count == 2)
        let report = try #require(streamEndedEarly(error))
        #expect(report.eventCount == 0)
        #expect(report.lastSequenceNumber == nil)
        #expect(report.partialValue == nil)
        #expect(report.unterminatedEvent == "data: {\"type\":")
    }

    @Test("a retried stream that then completes is delivered whole")
    func retriedThenComplete() async throws {
        let transport = MockTransport(.events([]), .events(Self.whole))
        let stream = mockClient(transport).stream(createResponse, as: TerminatedEvent.self)
        let (events, error) = await Self.drain(stream)
        #expect(error == nil)
        #expect(events.count == 4)
        #expect(stream.metadata?.attempts == 2)
    }

    @Test("without declared terminal events, a clean end of the body ends the stream normally")
    func noContractCleanEnd() async throws {
        let transport = MockTransport(.events([Self.created, Self.delta("Once", 1)]))
        let (events, error) = await Self.drain(mockClient(transport).stream(createResponse, as: TestStreamEvent.self))
        #expect(error == nil)
        #expect(events == [.created(sequence: 0), .textDelta(sequence: 1, delta: "Once")])
    }

    @Test("without declared terminal events, an event cut off by the end of the body is still an early end")
    func noContractCutEvent() async throws {
        let transport = MockTransport(.events([Self.created, "data: {\"type\":\"resp"]))
        let (events, error) = await Self.drain(mockClient(transport).stream(createResponse, as: TestStreamEvent.self))
        #expect(events == [.created(sequence: 0)])
        let report = try #require(streamEndedEarly(error))
        #expect(report.eventCount == 1)
        #expect(report.lastSequenceNumber == nil, "TestStreamEvent does not expose sequence numbers to the stream")
        #expect(report.unterminatedEvent == "data: {\"type\":\"resp")
    }

    @Test("an early end ends the pass: the iterator then returns nil and the result rethrows the same error")
    func earlyEndIsFinal() async throws {
        let transport = MockTransport(.events([Self.created]))
        let stream = mockClient(transport).stream(createResponse, as: TerminatedEvent.self)
        var iterator = stream.makeAsyncIterator()
        _ = try await iterator.next()
        #expect(streamEndedEarly(await clientError { _ = try await iterator.next() }) != nil)
        #expect(try await iterator.next() == nil)
        #expect(streamEndedEarly(await clientError { _ = try await stream.accumulatedResult() })?.eventCount == 1)
        #expect(transport.requests.count == 1)
    }
}
