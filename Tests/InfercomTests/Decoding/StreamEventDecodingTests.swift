import Infercom
import Testing

@Suite("Decoding: stream events")
struct StreamEventDecodingTests {
    @Test("The transcript decodes into the documented order of fifteen events")
    func transcriptOrder() throws {
        let events = try StreamTranscript.decodedEvents(ofFixture: "stream-transcript.sse")

        #expect(events.map(\.wireType) == [
            "response.created", "response.in_progress",
            "response.output_item.added", "response.content_part.added",
            "response.reasoning_text.delta", "response.reasoning_text.done",
            "response.content_part.done", "response.output_item.done",
            "response.output_item.added", "response.content_part.added",
            "response.output_text.delta", "response.output_text.done",
            "response.content_part.done", "response.output_item.done",
            "response.completed",
        ])
        #expect(events.map(\.sequenceNumber) == Array(0...14))
        #expect(events.allSatisfy { if case .unknown = $0 { false } else { true } })
    }

    @Test(
        "Each event's SSE name equals its JSON type and the case it decodes into",
        arguments: ["stream-transcript.sse", "stream-function-call.sse", "stream-error-event.sse"])
    func namesMatchTypes(fixture: String) throws {
        for event in try StreamTranscript.events(ofFixture: fixture) {
            let decoded = try Wire.decode(ResponseStreamEvent.self, from: event.data)
            let jsonType = try Wire.json(event.data)["type"]?.stringValue

            #expect(event.name == jsonType)
            #expect(decoded.wireType == jsonType)
        }
    }

    @Test("The stream opens with an in-progress snapshot: no output, usage null")
    func createdSnapshot() throws {
        let events = try StreamTranscript.decodedEvents(ofFixture: "stream-transcript.sse")
        guard case .responseCreated(let created) = events.first else {
            Issue.record("first event is \(String(describing: events.first))")
            return
        }

        #expect(created.response.status == .inProgress)
        #expect(created.response.output == [])
        #expect(created.response.usage == nil)
        #expect(created.response.serviceTier == "free")
    }

    @Test("Reasoning events carry item id and output index but no content index")
    func reasoningEvents() throws {
        let events = try StreamTranscript.decodedEvents(ofFixture: "stream-transcript.sse")

        #expect(events[4] == .responseReasoningTextDelta(ReasoningTextDeltaEvent(
            sequenceNumber: 4, itemID: "rs_d608e0328e6340a69919f808ee38df6c", outputIndex: 0,
            delta: "User wants a three-sentence bedtime story.")))
        #expect(events[3] == .responseContentPartAdded(ContentPartAddedEvent(
            sequenceNumber: 3, itemID: "rs_d608e0328e6340a69919f808ee38df6c", outputIndex: 0, contentIndex: 0,
            part: .reasoningText(ReasoningText(text: "")))))
    }

    @Test("Output text events carry the delta with empty annotations and logprobs")
    func outputTextEvents() throws {
        let events = try StreamTranscript.decodedEvents(ofFixture: "stream-transcript.sse")

        #expect(events[10] == .responseOutputTextDelta(OutputTextDeltaEvent(
            sequenceNumber: 10, itemID: "msg_c1eb06dccbc64f469533bb51be664a9e", outputIndex: 1, contentIndex: 0,
            delta: "Under a moonlit canopy", annotations: [], logprobs: [])))
        #expect(events[11] == .responseOutputTextDone(OutputTextDoneEvent(
            sequenceNumber: 11, itemID: "msg_c1eb06dccbc64f469533bb51be664a9e", outputIndex: 1, contentIndex: 0,
            text: "Under a moonlit canopy", annotations: [], logprobs: [])))
    }

    @Test("The completed event holds the final response: both items, status completed, usage")
    func completedResponse() throws {
        let events = try StreamTranscript.decodedEvents(ofFixture: "stream-transcript.sse")
        guard case .responseCompleted(let completed) = events.last else {
            Issue.record("last event is \(String(describing: events.last))")
            return
        }

        #expect(completed.response.status == .completed)
        #expect(completed.response.completedAt == 1_775_853_214)
        #expect(completed.response.output.map(\.wireType) == ["reasoning", "message"])
        #expect(completed.response.usage == Usage(
            inputTokens: 78, outputTokens: 126, totalTokens: 204, inputTokensDetails: InputTokensDetails(cachedTokens: 0)))
    }

    @Test("A function-call stream: item added with empty arguments, one delta, done, item done")
    func functionCallStream() throws {
        let events = try StreamTranscript.decodedEvents(ofFixture: "stream-function-call.sse")
        let itemID = "fc_c839dacb61a54c10b6560ad8d161f004"
        let arguments = #"{"city":"Bogotá"}"#
        func call(_ arguments: String, _ status: ItemStatus) -> OutputItem {
            .functionCall(FunctionCall(
                id: itemID, callID: "call_e52f086a16c94fa796", name: "get_weather", arguments: arguments, status: status))
        }

        #expect(events == [
            .responseOutputItemAdded(OutputItemAddedEvent(sequenceNumber: 8, outputIndex: 1, item: call("", .inProgress))),
            .responseFunctionCallArgumentsDelta(FunctionCallArgumentsDeltaEvent(
                sequenceNumber: 9, itemID: itemID, outputIndex: 1, delta: arguments)),
            .responseFunctionCallArgumentsDone(FunctionCallArgumentsDoneEvent(
                sequenceNumber: 10, itemID: itemID, outputIndex: 1, arguments: arguments)),
            .responseOutputItemDone(OutputItemDoneEvent(sequenceNumber: 11, outputIndex: 1, item: call(arguments, .completed))),
        ])
    }

    @Test("A mid-stream error event decodes as .error with code and message")
    func errorEvent() throws {
        let events = try StreamTranscript.decodedEvents(ofFixture: "stream-error-event.sse")

        #expect(events == [
            .error(StreamErrorEvent(
                sequenceNumber: 5, code: "server_error", message: "The model failed to generate a response.", param: nil)),
        ])
    }
}
