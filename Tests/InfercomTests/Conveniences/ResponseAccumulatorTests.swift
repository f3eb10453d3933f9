import Infercom
import Testing

@Suite("Response accumulator")
struct ResponseAccumulatorTests {
    @Test("folding the transcript gives the response.completed snapshot")
    func foldsToTheCompletedResponse() throws {
        let events = try StreamTranscript.decodedEvents(ofFixture: "stream-transcript.sse")
        var accumulator = ResponseAccumulator()
        for event in events { try accumulator.apply(event) }

        guard case .responseCompleted(let completed)? = events.last else {
            Issue.record("the transcript should end with response.completed")
            return
        }
        #expect(accumulator.isFinished)
        #expect(accumulator.response == completed.response)
    }

    @Test("before the end, the partial response carries the text received so far")
    func partialResponseHasTheTextSoFar() throws {
        let events = try StreamTranscript.decodedEvents(ofFixture: "stream-transcript.sse")
        let firstTextDelta = try #require(events.firstIndex {
            if case .responseOutputTextDelta = $0 { return true }
            return false
        })
        var accumulator = ResponseAccumulator()
        for event in events[...firstTextDelta] { try accumulator.apply(event) }

        #expect(!accumulator.isFinished)
        #expect(accumulator.response?.status == .inProgress)
        #expect(accumulator.response?.outputText == "Under a moonlit canopy")
        #expect(accumulator.response?.reasoningText == "User wants a three-sentence bedtime story.")
    }

    @Test("without a completed snapshot's output, deltas alone rebuild text, reasoning and call arguments")
    func deltasAloneRebuildTheOutput() throws {
        var accumulator = ResponseAccumulator()
        let events: [String] = [
            #"{"type":"response.created","sequence_number":0,"response":{"id":"r","object":"response","status":"in_progress","created_at":1,"model":"m","output":[]}}"#,
            #"{"type":"response.output_item.added","sequence_number":1,"output_index":0,"item":{"type":"function_call","id":"fc","call_id":"c","name":"f","arguments":""}}"#,
            #"{"type":"response.function_call_arguments.delta","sequence_number":2,"item_id":"fc","output_index":0,"delta":"{\"a\":"}"#,
            #"{"type":"response.function_call_arguments.delta","sequence_number":3,"item_id":"fc","output_index":0,"delta":"1}"}"#,
            #"{"type":"response.output_item.added","sequence_number":4,"output_index":1,"item":{"type":"message","id":"m","role":"assistant","content":[]}}"#,
            #"{"type":"response.output_text.delta","sequence_number":5,"item_id":"m","output_index":1,"content_index":0,"delta":"Hel"}"#,
            #"{"type":"response.output_text.delta","sequence_number":6,"item_id":"m","output_index":1,"content_index":0,"delta":"lo"}"#,
        ]
        for json in events { try accumulator.apply(try Wire.decode(ResponseStreamEvent.self, from: json)) }

        #expect(accumulator.response?.functionCalls.first?.arguments == #"{"a":1}"#)
        #expect(accumulator.response?.outputText == "Hello")
    }

    @Test("an error event is thrown as .streamFailed with its code and message")
    func errorEventThrows() throws {
        let event = try Wire.decode(
            ResponseStreamEvent.self,
            from: #"{"type":"error","sequence_number":5,"code":"server_error","message":"The model failed to generate a response.","param":null}"#)
        var accumulator = ResponseAccumulator()
        do {
            try accumulator.apply(event)
            Issue.record("expected the error event to throw")
        } catch let error as ClientError {
            #expect(error.kind == .streamFailed)
            let failure = error.serverFailure
            #expect(failure?.code == "server_error")
            #expect(failure?.sequenceNumber == 5)
        }
    }
}
